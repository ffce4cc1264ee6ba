// Build of the desktop app: main (Node, ESM), preload (sandboxed, so CommonJS and self-contained)
// and the renderer (React). src/core and src/node are bundled into main from source; the npm
// dependencies they use (docx, pdfmake, zod, write-file-atomic) load from node_modules at run time.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { rendererCodeSplitting } from './scripts/renderer-chunks';
import { sampleStatementPlugin } from './scripts/sample-statement-plugin';
import { contentSecurityPolicy, contentSecurityPolicyPlugin } from './src/shared/content-security-policy';

/**
 * The browser host's font files are emitted as soon as their `?url` imports are seen, even though the
 * desktop build then drops the code that uses them (see select-host.ts). Nothing references them:
 * leave them out rather than ship 3 MB of fonts twice.
 */
function dropUnreferencedFonts(): Plugin {
  return {
    name: 'briefwright:drop-unreferenced-fonts',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const text = files.map((file) => (file.type === 'chunk' ? file.code : typeof file.source === 'string' ? file.source : '')).join('\n');
      for (const file of files) {
        if (file.type === 'asset' && file.fileName.endsWith('.ttf') && !text.includes(file.fileName.split('/').pop()!)) delete bundle[file.fileName];
      }
    },
  };
}

export default defineConfig({
  main: {
    build: {
      // The Word-template filler runs on a worker thread of its own (src/main/word-fill-worker.ts).
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'src/main/index.ts'), 'word-fill-worker': resolve(import.meta.dirname, 'src/main/word-fill-worker.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() anything but electron and a few built-ins: bundle
      // every dependency, as one CommonJS file (sandboxed preloads cannot be ES modules).
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react(), contentSecurityPolicyPlugin((devServer) => contentSecurityPolicy({ devServer })), dropUnreferencedFonts(), sampleStatementPlugin(import.meta.dirname)],
    // Main renders and saves notes here; the browser host (in-page writers, font files) is left out.
    define: { 'import.meta.env.BRIEFWRIGHT_DESKTOP_ONLY': 'true' },
    build: {
      minify: true,
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') }, output: { codeSplitting: rendererCodeSplitting } },
    },
  },
});
