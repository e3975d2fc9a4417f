// Refreshes the taskpane screenshots in docs/images from test-artifacts/, where the end-to-end
// tests write them (tests never write tracked files). Runs the screenshot tests first unless
// --copy-only is given.
// Usage: npm run screenshots [-- --copy-only]
import { spawnSync } from 'node:child_process';
/* global URL */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ARTIFACTS = join(ROOT, 'test-artifacts');
const DOC_IMAGES = join(ROOT, 'docs/images');
/** The screenshots docs/taskpane.md shows, as the e2e tests name them. */
export const SCREENSHOTS = [
  'taskpane-350.png',
  'taskpane-800.png',
  'taskpane-drift-350.png',
  'taskpane-negotiate-350.png',
  'taskpane-inputs-350.png',
  'taskpane-high-contrast-350.png',
  'taskpane-reconcile-350.png',
  'taskpane-changes-350.png',
  'taskpane-accounting-350.png',
  'taskpane-risk-350.png',
];

if (!process.argv.includes('--copy-only')) {
  const run = spawnSync(
    'npx',
    ['vitest', 'run', 'test/taskpane/e2e', '-t', 'screenshots|high-contrast'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (run.status !== 0) {
    console.error(`[screenshots] the screenshot tests failed (exit ${run.status}); nothing copied`);
    process.exit(run.status ?? 1);
  }
}

const missing = SCREENSHOTS.filter((name) => !existsSync(join(ARTIFACTS, name)));
if (missing.length) {
  console.error(
    `[screenshots] not in test-artifacts/: ${missing.join(', ')}; run without --copy-only`,
  );
  process.exit(1);
}
mkdirSync(DOC_IMAGES, { recursive: true });
for (const name of SCREENSHOTS) copyFileSync(join(ARTIFACTS, name), join(DOC_IMAGES, name));
console.log(`[screenshots] copied ${SCREENSHOTS.length} screenshots into docs/images`);
