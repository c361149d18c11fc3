import { describe, expect, it } from 'vitest';
import { COMMANDS, commandForKey, isEnabled, keysText, toolbarButtons, type CommandContext } from './commands.ts';
import type { WorkspaceKind } from '../store/kind.ts';

const KINDS: WorkspaceKind[] = ['none', 'recording', 'program', 'trace'];
const id = (kind: WorkspaceKind, key: string, shift = false) => commandForKey(kind, key, shift)?.id ?? null;

describe('commandForKey', () => {
  it('recording: n/F10 next ioctl, Shift+N/. next event, b/Shift+F10 back, Shift+B back one event, e end, r reset', () => {
    expect(id('recording', 'n')).toBe('recording.step');
    expect(id('recording', 'F10')).toBe('recording.step');
    expect(id('recording', 'N', true)).toBe('recording.stepEvent');
    expect(id('recording', '.')).toBe('recording.stepEvent');
    expect(id('recording', 'b')).toBe('recording.back');
    expect(id('recording', 'F10', true)).toBe('recording.back');
    expect(id('recording', 'B', true)).toBe('recording.backEvent');
    expect(id('recording', 'e')).toBe('recording.end');
    expect(id('recording', 'r')).toBe('recording.reset');
    expect(id('recording', 's')).toBeNull();
    expect(id('recording', 'F9')).toBeNull();
  });
  it('program: s/F11 step, n/F10 step over, c/F5 continue, e run, p pause, b back, r reset, F9 breakpoint', () => {
    expect(id('program', 's')).toBe('program.step');
    expect(id('program', 'F11')).toBe('program.step');
    expect(id('program', 'n')).toBe('program.over');
    expect(id('program', 'F10')).toBe('program.over');
    expect(id('program', 'c')).toBe('program.continue');
    expect(id('program', 'F5')).toBe('program.continue');
    expect(id('program', 'e')).toBe('program.run');
    expect(id('program', 'p')).toBe('program.pause');
    expect(id('program', 'b')).toBe('program.back');
    expect(id('program', 'r')).toBe('program.reset');
    expect(id('program', 'F9')).toBe('program.breakpoint');
    // Event-granular recording keys mean nothing for a program.
    expect(id('program', 'N', true)).toBeNull();
    expect(id('program', '.')).toBeNull();
    expect(id('program', 'F10', true)).toBeNull();
  });
  it('trace and no workspace: no key does anything', () => {
    for (const kind of ['trace', 'none'] as const) {
      for (const key of ['n', 'N', '.', 'b', 'B', 'e', 'r', 's', 'c', 'p', 'F5', 'F9', 'F10', 'F11']) {
        expect(id(kind, key)).toBeNull();
        expect(id(kind, key, true)).toBeNull();
      }
    }
  });
  it('a key reaches only commands of the kind asked for', () => {
    for (const kind of KINDS) {
      for (const c of COMMANDS[kind]) {
        for (const s of c.keys) {
          const hit = commandForKey(kind, s.key, !!s.shift);
          expect(hit?.id.split('.')[0]).toBe(kind);
        }
      }
    }
  });
  it('no key is bound twice within a kind', () => {
    for (const kind of KINDS) {
      const seen = new Set<string>();
      for (const c of COMMANDS[kind]) {
        for (const s of c.keys) {
          const sig = s.key.length === 1 ? s.key : `${s.shift ? 'S-' : ''}${s.key}`;
          expect(seen.has(sig), `${kind} ${sig}`).toBe(false);
          seen.add(sig);
        }
      }
    }
  });
});

describe('isEnabled', () => {
  const ctx = (o: Partial<CommandContext>): CommandContext => ({ atStart: false, atEnd: false, running: false, ...o });
  it('recording: back and reset need a step done, forward needs events left', () => {
    expect(isEnabled('recording.back', ctx({ atStart: true }))).toBe(false);
    expect(isEnabled('recording.reset', ctx({ atStart: true }))).toBe(false);
    expect(isEnabled('recording.step', ctx({ atStart: true }))).toBe(true);
    expect(isEnabled('recording.end', ctx({ atEnd: true }))).toBe(false);
    expect(isEnabled('recording.stepEvent', ctx({ atEnd: true }))).toBe(false);
    expect(isEnabled('recording.backEvent', ctx({ atEnd: true }))).toBe(true);
  });
  it('program: while Run goes only Pause acts; an ended program only goes back', () => {
    const running = ctx({ running: true });
    for (const c of COMMANDS.program) expect(isEnabled(c.id, running), c.id).toBe(c.id === 'program.pause');
    const ended = ctx({ atEnd: true });
    expect(isEnabled('program.step', ended)).toBe(false);
    expect(isEnabled('program.over', ended)).toBe(false);
    expect(isEnabled('program.continue', ended)).toBe(false);
    expect(isEnabled('program.run', ended)).toBe(false);
    expect(isEnabled('program.back', ended)).toBe(true);
    expect(isEnabled('program.reset', ended)).toBe(true);
    expect(isEnabled('program.pause', ended)).toBe(false);
  });
});

describe('toolbarButtons', () => {
  it('recording: Back, Step ioctl, Run to end, Reset', () => {
    expect(toolbarButtons('recording', false).map((c) => c.label)).toEqual(['◀ Back', 'Step ioctl ▶', 'Run to end ▶▶', 'Reset']);
  });
  it('program: Run becomes Pause while running', () => {
    expect(toolbarButtons('program', false).map((c) => c.label)).toEqual(['◀ Back', 'Step', 'Step over', 'Continue ▶', 'Run ▶▶', 'Reset']);
    expect(toolbarButtons('program', true).map((c) => c.label)).toEqual(['◀ Back', 'Step', 'Step over', 'Continue ▶', 'Pause ❚❚', 'Reset']);
  });
  it('trace and no workspace: none', () => {
    expect(toolbarButtons('trace', false)).toEqual([]);
    expect(toolbarButtons('none', false)).toEqual([]);
  });
});

describe('keysText', () => {
  it('spells Shift for named keys and capitals', () => {
    expect(keysText(COMMANDS.recording.find((c) => c.id === 'recording.back')!)).toBe('b / Shift+F10');
    expect(keysText(COMMANDS.recording.find((c) => c.id === 'recording.stepEvent')!)).toBe('Shift+n / .');
    expect(keysText(COMMANDS.program.find((c) => c.id === 'program.over')!)).toBe('n / F10');
  });
});
