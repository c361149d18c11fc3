/**
 * Monaco set-up, once, before the first <Editor> mounts (spec/stack.md): the slim entry points
 * (`monaco-editor/editor` + the editor contributions), the editor worker bundled by Vite
 * (`?worker`), `loader.config({ monaco })` so @monaco-editor/react never requests its CDN, the
 * assembler's language (Monarch tokenizer generated from the encoder table) and a dark theme in
 * the app's colours. Loaded lazily with the program panel, so Monaco is not in the start-up path.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';
import { ASM_LANGUAGE_ID, asmLanguageConfiguration, asmMonarch } from '../engine/asm/language.ts';

(self as unknown as { MonacoEnvironment: { getWorker(): Worker } }).MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

monaco.languages.register({ id: ASM_LANGUAGE_ID, extensions: ['.asm', '.s', '.nasm'], aliases: ['NASM (Planescope)'] });
monaco.languages.setMonarchTokensProvider(ASM_LANGUAGE_ID, asmMonarch as unknown as monaco.languages.IMonarchLanguage);
monaco.languages.setLanguageConfiguration(ASM_LANGUAGE_ID, asmLanguageConfiguration as monaco.languages.LanguageConfiguration);

export const THEME = 'planescope-dark';

// Colours of app/index.css (@theme): the editor must look like the rest of the shell on a projector.
monaco.editor.defineTheme(THEME, {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '7f8c9b', fontStyle: 'italic' },
    { token: 'keyword', foreground: '58c4ff', fontStyle: 'bold' },
    { token: 'keyword.control', foreground: 'c9a8ff' },
    { token: 'keyword.directive', foreground: 'ffae57' },
    { token: 'variable.predefined', foreground: 'ffd15c' },
    { token: 'type.identifier', foreground: '5ee08a', fontStyle: 'bold' },
    { token: 'type', foreground: 'c9a8ff' },
    { token: 'number', foreground: 'f0a6ca' },
    { token: 'number.hex', foreground: 'f0a6ca' },
    { token: 'number.binary', foreground: 'f0a6ca' },
    { token: 'number.octal', foreground: 'f0a6ca' },
    { token: 'string', foreground: 'a5e3a0' },
    { token: 'string.invalid', foreground: 'ff6b6b' },
    { token: 'operator', foreground: 'eef2f6' },
    { token: 'identifier', foreground: 'eef2f6' },
  ],
  colors: {
    'editor.background': '#131922',
    'editor.foreground': '#eef2f6',
    'editorLineNumber.foreground': '#6c7a8a',
    'editorLineNumber.activeForeground': '#eef2f6',
    'editorGutter.background': '#131922',
    'editor.lineHighlightBackground': '#1b2330',
    'editor.selectionBackground': '#2d4a66',
    'editorCursor.foreground': '#58c4ff',
    'editorWidget.background': '#1b2330',
    'editorWidget.border': '#2d3846',
    'editorHoverWidget.background': '#1b2330',
    'editorHoverWidget.border': '#2d3846',
  },
});

export { monaco };
