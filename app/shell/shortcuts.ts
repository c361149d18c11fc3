/**
 * Keyboard shortcuts of the open workspace: the key table is commands.ts (per workspace kind, the
 * same table the toolbar's buttons come from), so a key never reaches a command of another kind,
 * and a key whose command cannot act now does nothing. Ignored while typing in a form field or
 * an editor, and with Ctrl/Meta/Alt (browser and editor shortcuts).
 */
import { useEffect } from 'react';
import { useApp } from '../store/index.ts';
import { selectKind } from '../store/kind.ts';
import { commandForKey } from './commands.ts';
import { runCommand } from './run-command.ts';

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
      const c = commandForKey(selectKind(useApp.getState()), e.key, e.shiftKey);
      if (!c) return;
      // Claimed even when the command cannot act now (F5 must not reload the page at a program's end).
      e.preventDefault();
      runCommand(c.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
