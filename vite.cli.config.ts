import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const external = [
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
  ...Object.keys(pkg.dependencies),
];

/** Bundles the command-line interface into one Node ES module. */
export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: resolve(import.meta.dirname, 'out/cli'),
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: resolve(import.meta.dirname, 'src/cli/index.ts'),
      external: (id) =>
        external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { entryFileNames: 'podscan.mjs', format: 'es' },
    },
  },
});
