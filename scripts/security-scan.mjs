// `npm run security:scan`: runs Doyensec's electronegativity over the code
// that shapes the desktop app's security and fails on any finding that
// docs/security.md has not reviewed. The scanner itself always exits 0, so
// this script reads its CSV report instead. The scanner runs through npx in
// its own install: it relies on an old `commander` it does not declare, and
// would pick up Podscan's newer one if installed alongside.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';

/** Findings reviewed in docs/security.md, as "CHECK_ID file". */
const REVIEWED = new Set([
  'CSP_GLOBAL_CHECK src/renderer/index.html',
  'OPEN_EXTERNAL_JS_CHECK src/main/index.ts',
  'OPEN_EXTERNAL_JS_CHECK src/main/ipc/shell-handlers.ts',
  'OPEN_EXTERNAL_JS_CHECK src/renderer/platform/electron.ts',
  'PRELOAD_JS_CHECK src/main/window.ts',
]);

const SCANNER = '@doyensec/electronegativity@1.10.3';

const SCANNED = [
  'package.json',
  'src/main',
  'src/preload',
  'src/shared',
  'src/renderer/platform',
  'src/renderer/index.html',
];

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'podscan-scan-'));

try {
  const findings = scan(copySources(work));
  const unreviewed = findings.filter((f) => !REVIEWED.has(keyOf(f)));
  for (const finding of unreviewed) {
    console.log(
      `${finding.check} (${finding.severity}) ${finding.file}:` +
        `${finding.location} ${finding.description}`,
    );
  }
  console.log(
    `${findings.length} finding(s), ${unreviewed.length} not reviewed ` +
      'in docs/security.md',
  );
  process.exitCode = unreviewed.length === 0 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

// The scanner reads every file under its input, so it gets a copy of only
// the app's security-relevant sources (no tests, builds or dependencies).
function copySources(folder) {
  const input = join(folder, 'input');
  for (const path of SCANNED) {
    cpSync(join(root, path), join(input, path), { recursive: true });
  }
  return input;
}

function scan(input) {
  const report = join(dirname(input), 'report.csv');
  const run = spawnSync(
    'npx',
    ['--yes', SCANNER, '-i', input, '-r', '-v', 'false', '-o', report],
    { cwd: input, encoding: 'utf8', timeout: 300_000 },
  );
  if (run.status !== 0) {
    throw new Error(`electronegativity failed: ${run.stderr || run.error}`);
  }

  return parseReport(readFileSync(report, 'utf8'));
}

function parseReport(csv) {
  const { data } = Papa.parse(csv.trim(), { skipEmptyLines: true });

  return data.slice(1).map((row) => {
    const [check, severity, , file, location, , description] = row.map((cell) =>
      cell.trim(),
    );
    return { check, severity, file, location, description };
  });
}

function keyOf(finding) {
  return `${finding.check} ${finding.file}`;
}
