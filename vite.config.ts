import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';

// mirotone's CSS imports Open Sans from Google Fonts. Where that host is blocked (school and
// company networks) the lazy panel's CSS fails to load and with it the whole panel, so the
// import is dropped: the panel uses the system's sans-serif, and asks no third party.
const noRemoteFonts = (): Plugin => ({
  name: 'intervisie:no-remote-fonts',
  enforce: 'pre',
  transform(code, id) {
    if (!/mirotone.*\.css$/.test(id)) return undefined;
    return {
      code: code.replace(/@import\s+url\(["']?https:\/\/fonts\.googleapis\.com[^)]*\)\s*;/g, ''),
      map: null,
    };
  },
});

// One page: src/main.ts picks headless, panel or practice board; the last two are lazy chunks.
// `base: './'` makes the build refer to its assets by relative paths, so dist/ works from any
// HTTPS static host, also under a sub-path (https://owner.github.io/repo/). The dev server
// treats a relative base as '/', so `npm run dev` is unchanged.
export default defineConfig({
  base: './',
  plugins: [preact(), noRemoteFonts()],
  server: { port: 3000, strictPort: true },
  preview: { port: 3000, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    manifest: true,
  },
});
