// The risk workloads of `npm run bench risk`, as plain functions so that bench/suites/risk.ts
// can run them from an esbuild bundle (the engine as it ships) and under tsx.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario, type Scenario } from '../src/index';
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

/** The support-team scenario cut to 4 options x 36 months, with the given ranges. */
export function benchScenario(inputs: unknown[], trials = 10_000): Scenario {
  const json = JSON.parse(readFileSync(SUPPORT, 'utf8'));
  json.options = json.options.filter((o: { name: string }) =>
    ['Status quo', 'Per resolution', 'Hybrid capped', 'Build in-house'].includes(o.name),
  );
  json.uncertainty = { trials, seed: 1, inputs };
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds for 100,000 trials (median of 3) and for tornado + switch values of 10 inputs. */
export function riskFigures(): {
  simulationMs: number;
  simulationCpuMs: number;
  sensitivityMs: number;
} {
  const model = riskModel(benchScenario(FIVE_INPUTS, 100_000));
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
    simulationMs: median(runs),
    simulationCpuMs: median(cpu),
    sensitivityMs: median(sensitivity),
  };
}
