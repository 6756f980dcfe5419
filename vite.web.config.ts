import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The renderer served as a plain web page (browser mode). */
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  // The same address as the development server, so both see the same
  // projects (a browser keeps site storage per address).
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
