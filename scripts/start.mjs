// `npm start`: runs the desktop app under electron-vite when the Electron
// runtime is installed. When it is missing, tries Electron's own installer
// once; if that fails too, says so in one sentence and points to the browser
// workbench instead of printing a stack trace.
//
// Environment:
//   PODSCAN_SKIP_ELECTRON_DOWNLOAD=1   do not try to download the runtime
//   PODSCAN_ELECTRON_INSTALL_TIMEOUT_MS   how long the download may take
//   PODSCAN_ELECTRON_DIR   the electron package folder (default: resolved)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const MISSING_RUNTIME_MESSAGE =
  "Podscan's desktop app needs the Electron runtime, which could not be " +
  'downloaded here (no access to its release host); run `npm run web` to ' +
  'use the same workbench in your browser.';

const DEFAULT_INSTALL_TIMEOUT_MS = 5 * 60 * 1000;

const require = createRequire(import.meta.url);
const electronDir = process.env.PODSCAN_ELECTRON_DIR || resolvePackage();

if (
  electronDir === null ||
  (!findElectronBinary(electronDir) && !tryInstaller(electronDir))
) {
  process.stderr.write(`${MISSING_RUNTIME_MESSAGE}\n`);
  process.exit(1);
}
runElectronVite();

/** The installed electron package's folder, or null without one. */
function resolvePackage() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The executable, as Electron's own launcher finds it, or null. */
function findElectronBinary(dir) {
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;

  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist');
  const binary = join(distDir, relative);

  return relative !== '' && existsSync(binary) ? binary : null;
}

/** Runs Electron's installer once, quietly; true when a binary results. */
function tryInstaller(dir) {
  const installer = join(dir, 'install.js');
  if (process.env.PODSCAN_SKIP_ELECTRON_DOWNLOAD === '1') return false;
  if (!existsSync(installer)) return false;

  process.stdout.write('Downloading the Electron runtime (once)…\n');
  spawnSync(process.execPath, [installer], {
    cwd: dir,
    stdio: 'ignore',
    timeout: installTimeout(),
    killSignal: 'SIGKILL',
  });

  return findElectronBinary(dir) !== null;
}

function installTimeout() {
  const value = Number(process.env.PODSCAN_ELECTRON_INSTALL_TIMEOUT_MS);

  return Number.isFinite(value) && value > 0
    ? value
    : DEFAULT_INSTALL_TIMEOUT_MS;
}

function runElectronVite() {
  const cli = join(
    dirname(require.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  );
  const child = spawn(process.execPath, [cli, 'dev'], { stdio: 'inherit' });

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0));
  });
}
