/**
 * iced-x86 on npm is wasm-pack `--target nodejs` output: CommonJS that reads its
 * wasm with fs and compiles it synchronously. This plugin serves the browser
 * (client) build a virtual ES module made from the package's own glue, with the
 * Node-only head and tail swapped for `globalThis` and a streaming instantiate.
 * Node and vitest use the package unchanged. See spec/stack.md (iced-x86).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL = '\0iced-x86-browser';

export function icedX86Browser(): Plugin {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('iced-x86/package.json'));
  return {
    name: 'iced-x86-browser',
    enforce: 'pre',
    applyToEnvironment: (env) => env.config.consumer === 'client',
    resolveId(id) {
      return id === 'iced-x86' ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      let glue = readFileSync(join(dir, 'iced_x86.js'), 'utf8');
      const names = [...new Set([...glue.matchAll(/module\.exports\.(\w+)\s*=/g)].map((m) => m[1]))];
      glue = glue.replace('require(`util`)', 'globalThis');
      const tail = glue.indexOf("const path = require('path')");
      if (tail < 0) throw new Error('iced-x86 glue changed: cannot find its wasm loader');
      glue = glue.slice(0, tail);
      const wasmUrl = JSON.stringify(join(dir, 'iced_x86_bg.wasm') + '?url');
      const exportsList = names.filter((n) => !n.startsWith('__')).map((n) => `export const ${n} = __m.exports.${n};`);
      return `import wasmUrl from ${wasmUrl};
const __m = { exports: {} };
{
  const module = __m;
  let imports = {};
  ${glue.replace('let imports = {};', '')}
  const resp = await fetch(wasmUrl);
  let inst;
  try { inst = (await WebAssembly.instantiateStreaming(resp.clone(), imports)).instance; }
  catch { inst = (await WebAssembly.instantiate(await resp.arrayBuffer(), imports)).instance; }
  wasm = inst.exports;
  module.exports.__wasm = wasm;
}
${exportsList.join('\n')}
export default __m.exports;
`;
    },
  };
}
