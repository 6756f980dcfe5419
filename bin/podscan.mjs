#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../out/cli/podscan.mjs', import.meta.url));

if (!existsSync(built)) {
  process.stderr.write(
    'podscan: the command-line tool is not built yet. ' +
      'Run `npm run build:cli` (npm install does this) and try again.\n',
  );
  process.exit(2);
}

const { runCli } = await import(pathToFileURL(built).href);
process.exitCode = await runCli(process.argv.slice(2));
