/**
 * Keyboard shortcuts: n / F10 step one ioctl, Shift+N or . step one event, b / Shift+F10 step
 * back one ioctl, Shift+B step back one event, e run to end, r reset. Ignored while typing
 * in a form field or an editor.
 */
import { useEffect } from 'react';
import { useApp } from '../store/index.ts';

function typing(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.tagName === 'INPUT') return !['checkbox', 'radio', 'button', 'file'].includes((el as HTMLInputElement).type);
  return el.isContentEditable || ['TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest?.('.monaco-editor');
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const s = useApp.getState();
      if (!s.info) return;
      const k = e.key;
      if ((k === 'n' && !e.shiftKey) || (k === 'F10' && !e.shiftKey)) void s.command('stepIoctl');
      else if (k === 'N' || k === '.') void s.command('stepEvent');
      else if ((k === 'b' && !e.shiftKey) || (k === 'F10' && e.shiftKey)) void s.stepBack('ioctl');
      else if (k === 'B') void s.stepBack('event');
      else if (k === 'e') void s.command('runToEnd');
      else if (k === 'r') void s.command('reset');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
