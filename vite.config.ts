import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// One page: src/main.ts picks headless, panel or practice board; the last two are lazy chunks.
// `base: './'` makes the build refer to its assets by relative paths, so dist/ works from any
// HTTPS static host, also under a sub-path (https://owner.github.io/repo/). The dev server
// treats a relative base as '/', so `npm run dev` is unchanged.
export default defineConfig({
  base: './',
  plugins: [preact()],
  server: { port: 3000, strictPort: true },
  preview: { port: 3000, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    manifest: true,
  },
});
