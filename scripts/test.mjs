// `npm test`: type check, format check, module boundaries, import circles, vitest (unit, component and, when
// Chromium is present, browser tests), then the build with its size budgets. Ends with one line
// `N passed, N failed` read from vitest's JSON results.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = '.vitest-results.json';
const steps = [
  ['type check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['format check', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['module boundaries', 'node', ['scripts/lint-boundaries.mjs']],
  ['import circles', 'node', ['scripts/check-cycles.mjs']],
  [
    'vitest',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`],
  ],
  ['build and size budgets', 'npm', ['run', 'build', '--silent']],
];

rmSync(results, { force: true });
const failed = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n== ${name} ==`);
  const run = spawnSync(cmd, args, { stdio: 'inherit' });
  if (run.status !== 0) failed.push(name);
}

let passed = 0;
let failedTests = 0;
if (existsSync(results)) {
  const json = JSON.parse(readFileSync(results, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failedTests = json.numFailedTests ?? 0;
} else {
  failedTests = 1; // vitest did not even report: count it as a failure
}
if (failed.length) console.log(`\nFailed steps: ${failed.join(', ')}`);
console.log(`${passed} passed, ${failedTests} failed`);
process.exit(failed.length || failedTests ? 1 : 0);
