/** The built-in example programs in the shell's workspace picker, next to the recordings. */
import { useEffect } from 'react';
import { useApp } from '../../store/index.ts';
import { useProgram } from './programStore.ts';

/** Picker values of program examples start with this (recording samples are plain names). */
export const PROGRAM_PREFIX = 'program:';

/** `<optgroup>` of the example programs (fetched from the engine once). */
export function ProgramOptions() {
  const examples = useProgram((s) => s.examples);
  useEffect(() => { void useProgram.getState().init(); }, []);
  if (!examples.length) return null;
  return (
    <optgroup label="Programs (assemble and run)">
      {examples.map((e) => <option key={e.name} value={PROGRAM_PREFIX + e.name} title={e.description}>{e.title}</option>)}
    </optgroup>
  );
}

/** Handle a picker value that names a program example (load it, show the program panel); false for anything else. */
export function pickProgram(value: string): boolean {
  if (!value.startsWith(PROGRAM_PREFIX)) return false;
  useApp.getState().setTab('main', 'program');
  void useProgram.getState().loadExample(value.slice(PROGRAM_PREFIX.length));
  return true;
}
