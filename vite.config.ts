import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// One page: src/main.ts picks headless, panel or practice board; the last two are lazy chunks.
export default defineConfig({
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
