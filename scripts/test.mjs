// `npm test`: installs what the suite needs, then type-checks, lints and runs every test.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureSystemDependencies } from './ensure-system-deps.mjs';

function step(label, command, args) {
  console.log(`\n[test] ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) {
    console.error(`[test] ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

ensureSystemDependencies((line) => console.log(line));
step('type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.']);
const report = '.tmp/vitest-report.json';
rmSync(report, { force: true });
const tests = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { stdio: 'inherit' },
);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
process.exit(tests.status ?? 1);
