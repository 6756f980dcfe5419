import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

/**
 * Builds the web workbench into `outDir` with the project's web config,
 * so the bench never touches the build other checks use (out/web).
 */
export async function buildWebApp(root: string, outDir: string): Promise<void> {
  await build({
    configFile: join(root, 'vite.web.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
}

/** A built web app served on a free loopback port. */
export type WebServer = {
  readonly url: string;
  readonly close: () => Promise<void>;
};

export async function serveWebApp(outDir: string): Promise<WebServer> {
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`${outDir} holds no web build: run without --no-build`);
  }

  const server: PreviewServer = await preview({
    configFile: false,
    root: dirname(outDir),
    build: { outDir: basename(outDir) },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('the preview server reported no address');
  }
  return { url, close: () => server.close() };
}
