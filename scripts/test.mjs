// Runs every check `npm test` promises — typecheck, lint, build, unit and
// browser tests — and ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const report = join(root, 'out', 'test-report.json');
const checks = [
  ['typecheck core', 'npx', ['tsc', '-p', 'tsconfig.core.json']],
  ['typecheck web', 'npx', ['tsc', '-p', 'tsconfig.web.json']],
  ['typecheck node', 'npx', ['tsc', '-p', 'tsconfig.node.json']],
  ['typecheck tests', 'npx', ['tsc', '-p', 'tsconfig.test.json']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  // Fetches the pinned scanner from the npm registry (about 30–40 s).
  ['security scan', 'node', ['scripts/security-scan.mjs']],
  ['build', 'npm', ['run', 'build']],
];

/** Lines of a failed check's output shown again at the end. */
const FAILURE_LINES = 25;

let passed = 0;
let failed = 0;
/** The end of each failed check's output, repeated above the last line. */
const failures = [];

for (const [name, command, args] of checks) {
  console.log(`\n== ${name}`);
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  process.stdout.write(output);
  if (result.status === 0) {
    passed += 1;
  } else {
    failed += 1;
    console.log(`== ${name} FAILED`);
    failures.push({ name, output: output || String(result.error ?? '') });
  }
}

console.log('\n== vitest (unit and e2e)');
mkdirSync(join(root, 'out'), { recursive: true });
rmSync(report, { force: true });
const vitest = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
  { cwd: root, stdio: 'inherit' },
);

if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  // A file that fails to load has no tests to count: count it once.
  for (const file of summary.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failed += 1;
    }
  }
} else if (vitest.status !== 0) {
  failed += 1;
}

for (const { name, output } of failures) {
  const tail = output.trimEnd().split('\n').slice(-FAILURE_LINES);
  console.log(`\n== ${name} FAILED; its last lines:\n${tail.join('\n')}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
