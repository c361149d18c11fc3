/**
 * Files the user opens (drag-and-drop onto the window, or the toolbar's Open file…): recordings
 * (`*.json[.gz]`, kvmlab-truth/2) open as a recording workspace, anything else as a trace (the
 * engine detects the format).
 */
import { useEffect } from 'react';
import { useApp } from '../../store/index.ts';
import { useTrace } from './trace-store.ts';
import { isRecordingName } from './file-kind.ts';

export { isRecordingName };

/**
 * Opens files the user chose (Open file… or a drop): a recording opens as the recording workspace;
 * anything else is imported as a trace (several files: a host trace.dat and its guests', merged
 * on one time axis; recordings among them are left out).
 */
export async function openUserFiles(files: File[]): Promise<void> {
  const f = files[0];
  if (!f) return;
  if (isRecordingName(f.name)) {
    const bytes = new Uint8Array(await f.arrayBuffer());
    await useApp.getState().open({ kind: 'file', name: f.name, bytes }, [bytes.buffer]);
  } else {
    await useTrace.getState().init();
    await useTrace.getState().openFiles(files.filter((x) => !isRecordingName(x.name)));
  }
}

/** Installs the window-level drop target (once, from the app shell). */
export function useFileDrop(): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const over = (e: DragEvent) => { if (hasFiles(e)) { e.preventDefault(); e.dataTransfer!.dropEffect = 'copy'; } };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      void openUserFiles([...e.dataTransfer!.files]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => { window.removeEventListener('dragover', over); window.removeEventListener('drop', drop); };
  }, []);
}
