import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/start.mjs');
const FIXTURES = join(ROOT, 'test/fixtures/start');
const REAL_ELECTRON = join(ROOT, 'node_modules/electron');

const MESSAGE =
  "Podscan's desktop app needs the Electron runtime, which could not be " +
  'downloaded here (no access to its release host); run `npm run web` to ' +
  'use the same workbench in your browser.\n';

type Outcome = {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
};

/** Runs `npm start`'s script with extra environment, killed after 30 s. */
function start(env: Record<string, string>): Promise<Outcome> {
  const began = Date.now();
  const child = spawn(process.execPath, [SCRIPT], {
    cwd: ROOT,
    env: {
      ...process.env,
      // Any real download attempt goes to a closed port on this machine.
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      npm_config_electron_mirror: 'http://127.0.0.1:9/',
      ELECTRON_GET_USE_PROXY: '',
      ELECTRON_OVERRIDE_DIST_PATH: '',
      electron_config_cache: join(folder, 'cache'),
      ...env,
    },
    timeout: 30_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  return new Promise((resolve) => {
    child.on('close', (code) =>
      resolve({ code, stdout, stderr, ms: Date.now() - began }),
    );
  });
}

/** An electron package folder without its binary, with the given installer. */
async function electronWithout(installer: string | null): Promise<string> {
  const dir = join(folder, 'electron');
  await fs.mkdir(dir, { recursive: true });
  await fs.copyFile(
    join(REAL_ELECTRON, 'package.json'),
    join(dir, 'package.json'),
  );
  if (installer !== null) {
    await fs.copyFile(join(FIXTURES, installer), join(dir, 'install.js'));
  }

  return dir;
}

let folder: string;
beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'podscan-start-'));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

// Each case starts a Node process; two busy cores can make that slow.
describe('npm start without the Electron runtime', { timeout: 30_000 }, () => {
  it('says so in one sentence and exits 1 when downloads are skipped', async () => {
    const dir = await electronWithout('install-fails-loudly.cjs');

    const outcome = await start({
      PODSCAN_ELECTRON_DIR: dir,
      PODSCAN_SKIP_ELECTRON_DOWNLOAD: '1',
    });

    expect(outcome).toMatchObject({ code: 1, stdout: '', stderr: MESSAGE });
  });

  it('runs Electron’s real installer once and reports its failure plainly', async () => {
    // A copy of the real package (installer, checksums) without a binary,
    // so the test does not depend on whether this machine has Electron.
    const dir = join(folder, 'electron');
    await fs.mkdir(dir);
    for (const file of ['install.js', 'package.json', 'checksums.json']) {
      await fs.copyFile(join(REAL_ELECTRON, file), join(dir, file));
    }
    await fs.symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));

    const outcome = await start({ PODSCAN_ELECTRON_DIR: dir });

    expect(outcome).toMatchObject({
      code: 1,
      stdout: 'Downloading the Electron runtime (once)…\n',
      stderr: MESSAGE,
    });
    expect(await fs.readdir(dir)).not.toContain('path.txt');
  });

  it('hides the installer’s own stack trace', async () => {
    const dir = await electronWithout('install-fails-loudly.cjs');

    const outcome = await start({ PODSCAN_ELECTRON_DIR: dir });

    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe(MESSAGE);
    expect(outcome.stdout).not.toContain('ENOTFOUND');
  });

  it('gives up on a download that does not finish in time', async () => {
    const dir = await electronWithout('install-hangs.cjs');

    const outcome = await start({
      PODSCAN_ELECTRON_DIR: dir,
      PODSCAN_ELECTRON_INSTALL_TIMEOUT_MS: '500',
    });

    expect(outcome).toMatchObject({ code: 1, stderr: MESSAGE });
    expect(outcome.ms).toBeLessThan(15_000);
  });

  it('reports an installer that finishes without installing anything', async () => {
    const dir = await electronWithout('install-leaves-no-binary.cjs');

    expect(await start({ PODSCAN_ELECTRON_DIR: dir })).toMatchObject({
      code: 1,
      stderr: MESSAGE,
    });
  });

  it('reports an electron package without an installer', async () => {
    const dir = await electronWithout(null);

    expect(await start({ PODSCAN_ELECTRON_DIR: dir })).toMatchObject({
      code: 1,
      stdout: '',
      stderr: MESSAGE,
    });
  });
});
