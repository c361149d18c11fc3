/**
 * Drag-and-drop of files onto the window: recordings (`*.truth.json[.gz]`) open as a
 * recording workspace, anything else as a trace (the engine detects the format).
 */
import { useEffect } from 'react';
import { useApp } from '../../store/index.ts';
import { useTrace } from './trace-store.ts';

/** True for names the recording workspace opens (kvmlab-truth/2 logs). */
export function isRecordingName(name: string): boolean {
  return /\.truth\.json(\.gz)?$/i.test(name);
}

/** Installs the window-level drop target (once, from the app shell). */
export function useFileDrop(): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const over = (e: DragEvent) => { if (hasFiles(e)) { e.preventDefault(); e.dataTransfer!.dropEffect = 'copy'; } };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const files = [...e.dataTransfer!.files];
      const f = files[0];
      if (!f) return;
      if (isRecordingName(f.name)) {
        void f.arrayBuffer().then((b) => { const bytes = new Uint8Array(b); return useApp.getState().open({ kind: 'file', name: f.name, bytes }, [bytes.buffer]); });
      } else {
        // Several trace files: a host trace.dat and its guests', merged on one time axis.
        void useTrace.getState().init().then(() => useTrace.getState().openFiles(files.filter((x) => !isRecordingName(x.name))));
      }
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => { window.removeEventListener('dragover', over); window.removeEventListener('drop', drop); };
  }, []);
}
