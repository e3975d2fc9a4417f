// The risk workloads of `npm run bench risk`, as plain functions so that bench/suites/risk.ts
// can run them from an esbuild bundle (the engine as it ships) and under tsx.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../src/scenario/load';
import type { Scenario } from '../src/scenario/schema';
import { seededRandom } from '../src/math/seeded-random';
import type { Correlation } from '../src/scenario/uncertainty-schema';
import { inputCorrelation } from '../src/uncertainty/correlation-matrix';
import { imanConover } from '../src/uncertainty/iman-conover';
import { riskModel } from '../src/uncertainty/risk-model';
import { simulate } from '../src/uncertainty/simulation';
import { switchValues } from '../src/uncertainty/switch-values';
import { tornado } from '../src/uncertainty/tornado';

const SUPPORT = fileURLToPath(new URL('../examples/support-team.json', import.meta.url));

export const FIVE_INPUTS = [
  { field: 'demand.contactsPerMonth', dist: 'triangular', low: 30000, mode: 40000, high: 60000 },
  { option: 'Build in-house', field: 'buildMonths', dist: 'uniform', low: 3, high: 9 },
  {
    option: 'Per resolution',
    field: 'overcount.driftAnnual',
    dist: 'pert',
    low: 0.05,
    mode: 0.18,
    high: 0.3,
  },
  {
    option: 'Hybrid capped',
    field: 'resolutionRate',
    dist: 'pert',
    low: 0.4,
    mode: 0.55,
    high: 0.65,
  },
  { field: 'humanCostPerContact', dist: 'normal', mean: 4.5, sd: 0.5 },
];

const FIVE_MORE = [
  {
    option: 'Build in-house',
    field: 'buildCost',
    dist: 'triangular',
    low: 500000,
    mode: 600000,
    high: 900000,
  },
  {
    option: 'Per resolution',
    field: 'charges.price',
    dist: 'pert',
    low: 0.7,
    mode: 0.99,
    high: 1.3,
  },
  { option: 'Hybrid capped', field: 'charges.price', dist: 'uniform', low: 0.6, high: 1.2 },
  { field: 'discountRateAnnual', dist: 'uniform', low: 0, high: 0.15 },
  {
    option: 'Per resolution',
    field: 'resolutionRate',
    dist: 'pert',
    low: 0.4,
    mode: 0.55,
    high: 0.7,
  },
];

/** Every pair of the five inputs above but two, as a board might correlate them. */
export const FIVE_CORRELATIONS = [
  { between: [0, 4], rho: 0.5 },
  { between: [0, 3], rho: -0.3 },
  { between: [1, 2], rho: 0.2 },
  { between: [2, 3], rho: -0.4 },
  { between: [3, 4], rho: 0.25 },
  { between: [1, 4], rho: 0.1 },
  { between: [0, 1], rho: 0.3 },
  { between: [2, 4], rho: -0.2 },
];

/** The support-team scenario cut to 4 options x 36 months, with the given ranges. */
export function benchScenario(
  inputs: unknown[],
  trials = 10_000,
  correlations?: unknown[],
): Scenario {
  const json = JSON.parse(readFileSync(SUPPORT, 'utf8'));
  json.options = json.options.filter((o: { name: string }) =>
    ['Status quo', 'Per resolution', 'Hybrid capped', 'Build in-house'].includes(o.name),
  );
  json.uncertainty = { trials, seed: 1, inputs, ...(correlations ? { correlations } : {}) };
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall and CPU milliseconds of 100,000 trials of a scenario (medians of 3, after a warm-up). */
function timeSimulation(scenario: Scenario): { wall: number; cpu: number } {
  const model = riskModel(scenario);
  simulate(model, { trials: 2000, seed: 1, sampling: 'lhs' }); // warm-up
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    simulate(model, { trials: 100_000, seed: 1, sampling: 'lhs' });
    runs.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(runs), cpu: median(cpu) };
}

/** Milliseconds of Iman-Conover's reordering alone: 100,000 draws of five variables (median of 5). */
function timeReordering(): number {
  const R = inputCorrelation(
    FIVE_INPUTS.map(() => ({})),
    FIVE_CORRELATIONS as Correlation[],
  )!.used;
  const random = seededRandom(1);
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const draws = R.map(() => Float64Array.from({ length: 100_000 }, () => random()));
    const start = performance.now();
    imanConover(draws, R, random);
    if (i > 0) times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Milliseconds for 100,000 trials (median of 3), with and without five correlated inputs, for
 * the reordering alone, and for tornado + switch values of 10 inputs.
 */
export function riskFigures(): {
  simulationMs: number;
  simulationCpuMs: number;
  correlatedMs: number;
  correlatedCpuMs: number;
  reorderingMs: number;
  sensitivityMs: number;
} {
  const plain = timeSimulation(benchScenario(FIVE_INPUTS, 100_000));
  const correlated = timeSimulation(benchScenario(FIVE_INPUTS, 100_000, FIVE_CORRELATIONS));
  const ten = benchScenario([...FIVE_INPUTS, ...FIVE_MORE]);
  const sensitivity: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const m = riskModel(ten);
    tornado(m);
    switchValues(m);
    sensitivity.push(performance.now() - start);
  }
  return {
    simulationMs: plain.wall,
    simulationCpuMs: plain.cpu,
    correlatedMs: correlated.wall,
    correlatedCpuMs: correlated.cpu,
    reorderingMs: timeReordering(),
    sensitivityMs: median(sensitivity),
  };
}

export type RiskFigures = ReturnType<typeof riskFigures>;
