/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { icedX86Browser } from './tools/vite-plugin-iced.ts';

export default defineConfig({
  plugins: [icedX86Browser(), react(), tailwindcss()],
  worker: { format: 'es', plugins: () => [icedX86Browser()] },
  optimizeDeps: { exclude: ['iced-x86'] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'monaco', test: /node_modules[\\/](monaco-editor|@monaco-editor|marked|dompurify)/ },
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|@xyflow|zustand|comlink|d3-)/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['engine/**/*.test.ts', 'app/**/*.test.ts', 'tools/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
  },
});
