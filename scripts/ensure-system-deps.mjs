// Installs the Debian packages the test suite drives for real (Chromium, LibreOffice Calc,
// Impress and Writer, poppler's pdftoppm, PostgreSQL) when they are missing. Tests that need them fail loudly rather than skip.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const SYSTEM_DEPENDENCIES = [
  { binary: '/usr/bin/chromium', packages: ['chromium'], purpose: 'taskpane end-to-end tests' },
  {
    binary: '/usr/bin/soffice',
    packages: ['libreoffice-calc'],
    purpose: 'recalculating exported workbooks',
  },
  {
    binary: '/usr/bin/loimpress',
    packages: ['libreoffice-impress'],
    purpose: 'opening the board deck (.pptx) and printing it to PDF',
  },
  {
    binary: '/usr/bin/lowriter',
    packages: ['libreoffice-writer'],
    purpose: 'opening the contract exhibit (.docx) as Writer reads it',
  },
  {
    binary: '/usr/bin/pdftoppm',
    packages: ['poppler-utils'],
    purpose: 'rendering deck and workbook pages to PNG',
  },
  {
    binary: '/usr/lib/postgresql',
    packages: ['postgresql'],
    purpose: 'checking the compiled SQL in PostgreSQL',
  },
];

export function ensureSystemDependencies(log = console.log) {
  const missing = SYSTEM_DEPENDENCIES.filter((d) => !existsSync(d.binary));
  if (missing.length === 0) return;
  const packages = missing.flatMap((d) => d.packages);
  for (const d of missing)
    log(`[setup] ${d.binary} is missing; installing ${d.packages.join(' ')} for ${d.purpose}`);
  if (process.getuid?.() !== 0) {
    throw new Error(
      `[setup] installing ${packages.join(' ')} needs root: run as root or install them with apt-get`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log('[setup] apt-get update');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  log(`[setup] apt-get install ${packages.join(' ')} (a few minutes on a fresh machine)`);
  const result = spawnSync(
    'apt-get',
    ['install', '-y', '-qq', '--no-install-recommends', ...packages],
    { stdio: 'inherit', env },
  );
  if (result.status !== 0)
    throw new Error(
      `[setup] apt-get install ${packages.join(' ')} failed with status ${result.status}`,
    );
  const still = missing.filter((d) => !existsSync(d.binary));
  if (still.length > 0)
    throw new Error(
      `[setup] still missing after install: ${still.map((d) => d.binary).join(', ')}`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSystemDependencies();
