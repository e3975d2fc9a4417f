import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A scenario of large tier tables (issue: `run` on 20,000-tier vendors against 5 builds): five
// vendors with 20,000 tiers each, graduated (with and without flat fees, under a cap and a
// commitment, with a gain-share) and by volume, against five builds, over 60 months.

const TIERS = 20_000;

function tiers(units: number, fromPrice: number, toPrice: number, flatFee = 0): unknown[] {
  return Array.from({ length: TIERS }, (_, k) => ({
    upTo: k === TIERS - 1 ? null : Math.round(((k + 1) * units) / TIERS),
    price: fromPrice + ((toPrice - fromPrice) * k) / (TIERS - 1),
    ...(flatFee > 0 && k % 100 === 99 ? { flatFee } : {}),
  }));
}

function build(name: string, buildCost: number, runFixedMonthly: number, marginal: number) {
  return {
    kind: 'build',
    name,
    resolutionRate: 0.6,
    buildCost,
    buildMonths: 6,
    runFixedMonthly,
    marginalPerContact: marginal,
  };
}

/** The scenario as a file would hold it. */
export function manyTiersScenario(): Record<string, unknown> {
  const vendor = (name: string, charges: Record<string, unknown>) => ({
    kind: 'vendor',
    name,
    resolutionRate: 0.55,
    overcount: { initialRatio: 1.05, driftAnnual: 0.1 },
    charges: { unit: 'outcome', ...charges },
  });
  const options = [
    { kind: 'status-quo', name: 'Status quo' },
    vendor('Graduated', { tiers: tiers(3_000_000, 1.5, 0.3) }),
    vendor('Graduated with fees', { tiers: tiers(3_000_000, 1.4, 0.35, 250) }),
    vendor('Graduated, capped and committed', {
      tiers: tiers(2_000_000, 1.3, 0.4),
      annualCap: 2_500_000,
      annualCommit: 600_000,
      platformFeeMonthly: 3000,
    }),
    vendor('Graduated gain-share', {
      tiers: tiers(3_000_000, 1.2, 0.2),
      gainShare: { share: 0.1 },
    }),
    vendor('Volume', { tiers: tiers(3_000_000, 1.5, 0.25), tierMode: 'volume' }),
    build('Build A', 600_000, 30_000, 0.15),
    build('Build B', 900_000, 20_000, 0.1),
    build('Build C', 300_000, 45_000, 0.25),
    build('Build D', 1_500_000, 15_000, 0.05),
    build('Build E', 450_000, 60_000, 0.2),
  ];
  const demand = { contactsPerMonth: 60000, growthAnnual: 0.12 };
  return { version: 1, name: '20,000-tier vendors against 5 builds', options, demand, ...MONEY };
}

/** Horizon, discounting and people's cost of the scenario. */
const MONEY = Object.freeze({
  horizonMonths: 60,
  discountRateAnnual: 0.08,
  humanCostPerContact: 4.5,
  wageInflationAnnual: 0.03,
});

/**
 * Wall time of `crossover run` on the scenario, as a user runs it (median of `runs`): the CLI is
 * built first, as bench/suites/cli.ts does, so that the figure does not include the build.
 */
export function manyTiersRunMs(runs = 3): number {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const bin = join(root, 'bin', 'crossover.js');
  const file = join(root, '.tmp', 'bench-many-tiers.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(manyTiersScenario()));
  spawnSync(process.execPath, [bin, '--help'], { cwd: root });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [bin, 'run', file], { cwd: root, encoding: 'utf8' });
    times.push(performance.now() - start);
    if (result.status !== 0)
      throw new Error(`crossover run exited ${result.status}: ${result.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
