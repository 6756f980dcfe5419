import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

const webRoot = join(import.meta.dirname, '../../../out/web');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Serves the built web app on a free loopback port for the browser tests. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new Error('out/web is missing: run `npm run build:web` first');
  }
  server = await preview({
    configFile: false,
    root: join(webRoot, '..'),
    build: { outDir: 'web' },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server reported no address');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
