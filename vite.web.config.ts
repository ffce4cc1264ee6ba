// The renderer as a plain web app (`npm run web`, `vite build --config vite.web.config.ts` → out/web).
// With no window.briefwright it picks the browser host, which renders notes in the page and
// downloads them; so, unlike the Electron renderer, it may fetch its own bundled fonts.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { rendererCodeSplitting } from './scripts/renderer-chunks';
import { sampleStatementPlugin } from './scripts/sample-statement-plugin';
import { contentSecurityPolicy, contentSecurityPolicyPlugin } from './src/shared/content-security-policy';

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  publicDir: false,
  plugins: [react(), contentSecurityPolicyPlugin((devServer) => contentSecurityPolicy({ devServer, sameOriginFetch: true })), sampleStatementPlugin(import.meta.dirname)],
  // The export worker loads the writers on demand, which needs an ES module worker.
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    minify: true,
    // The one big chunk is the writers (docx + pdfmake), loaded only when a note is exported.
    chunkSizeWarningLimit: 1_400,
    // Fonts are fetched by URL when a note is rendered, never inlined into the bundle.
    assetsInlineLimit: (file) => (file.endsWith('.ttf') ? false : undefined),
    rolldownOptions: { output: { codeSplitting: rendererCodeSplitting } },
  },
});
