/**
 * The Monaco editor of the program workspace (loaded lazily with Monaco): syntax highlighting of
 * the assembler's dialect, markers from the engine's lint while typing, breakpoints in the glyph
 * margin (click), the current instruction's source line highlighted and kept in view.
 */
import { useEffect, useRef } from 'react';
import Editor from '@monaco-editor/react';
import { monaco, THEME } from '../../monaco.ts';
import { ASM_LANGUAGE_ID } from '../../../engine/asm/language.ts';
import { useProgram } from './programStore.ts';
import './editor.css';

type Ed = monaco.editor.IStandaloneCodeEditor;

export default function MonacoProgram() {
  const source = useProgram((s) => s.source);
  const lint = useProgram((s) => s.lint);
  const state = useProgram((s) => s.state);
  const loadedLines = useProgram((s) => s.loadedLines);
  const editor = useRef<Ed | null>(null);
  const deco = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);

  // Markers from the last lint of the current text.
  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(model, 'planescope', (lint?.diagnostics ?? []).map((d) => ({
      startLineNumber: d.line, startColumn: d.column, endLineNumber: d.line, endColumn: Math.max(d.endColumn, d.column + 1),
      severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      message: `${d.code}: ${d.message}`, source: 'planescope asm',
    })));
  }, [lint]);

  // Breakpoint glyphs (lines of the loaded program whose address has a breakpoint) and the current line.
  useEffect(() => {
    const ed = editor.current;
    if (!ed || !deco.current) return;
    const bps = new Set(state?.breakpoints ?? []);
    const ds: monaco.editor.IModelDeltaDecoration[] = [];
    for (const [line, addr] of loadedLines) {
      if (bps.has(addr)) ds.push({ range: new monaco.Range(line, 1, line, 1), options: { glyphMarginClassName: 'ps-bp-glyph', glyphMarginHoverMessage: { value: `${state?.backend === 'emulate' ? 'hardware breakpoint (DR0-DR3)' : 'software breakpoint (INT3)'} at 0x${addr.toString(16)}` } } });
    }
    if (state?.line) {
      ds.push({ range: new monaco.Range(state.line, 1, state.line, 1), options: { isWholeLine: true, className: 'ps-current-line', linesDecorationsClassName: 'ps-current-glyph' } });
      ed.revealLineInCenterIfOutsideViewport(state.line);
    }
    deco.current.set(ds);
  }, [state, loadedLines]);

  return (
    <div data-testid="program-editor" className="min-h-0 min-w-0 flex-1">
      <Editor
        language={ASM_LANGUAGE_ID}
        theme={THEME}
        value={source}
        onChange={(v) => useProgram.getState().setSource(v ?? '')}
        onMount={(ed) => {
          editor.current = ed;
          deco.current = ed.createDecorationsCollection();
          ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => void useProgram.getState().assembleAndLoad());
          ed.onMouseDown((e) => {
            if (e.target.type !== monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN || !e.target.position) return;
            const addr = useProgram.getState().loadedLines.get(e.target.position.lineNumber);
            if (addr !== undefined) void useProgram.getState().toggleBreakpoint(addr);
          });
          // Markers for the text already there (lint may have answered before the editor existed).
          useProgram.getState().setSource(ed.getValue());
        }}
        options={{
          glyphMargin: true, fontSize: 15, lineHeight: 22, minimap: { enabled: false }, automaticLayout: true,
          scrollBeyondLastLine: false, renderLineHighlight: 'line', tabSize: 4, fixedOverflowWidgets: true,
          quickSuggestions: false, wordBasedSuggestions: 'off', suggestOnTriggerCharacters: false,
        }}
      />
    </div>
  );
}
