import { breakevenMonth } from '../engine/breakeven';
import { demandSeries } from '../engine/demand';
import { discounted, discountFactors } from '../engine/npv';
import { scheduleFor } from '../engine/options/schedule-for';
import { SCHEDULE_COLUMNS, scheduleIn, sum, type Schedule } from '../engine/schedule';
import type { Scenario } from '../scenario/schema';
import type { PathKey } from '../scenario/field-path';
import type { ResolvedInput } from '../scenario/resolve-inputs';

/** A build option against a vendor option, by index, in the order evaluateScenario compares them. */
export interface OptionPair {
  build: number;
  vendor: number;
}

export function buildVendorPairs(scenario: Scenario): OptionPair[] {
  const pairs: OptionPair[] = [];
  scenario.options.forEach((b, bi) => {
    if (b.kind !== 'build') return;
    scenario.options.forEach((v, vi) => {
      if (v.kind === 'vendor') pairs.push({ build: bi, vendor: vi });
    });
  });
  return pairs;
}

/** What one case gives: per option NPV and total cost, per pair the breakeven month. */
export interface CaseResult {
  npv: Float64Array;
  totalCost: Float64Array;
  /** Infinity when the build never breaks even within the horizon. */
  breakeven: Float64Array;
}

export interface Kernel {
  optionCount: number;
  pairs: OptionPair[];
  /** Evaluates the case whose input j has value `valueOf(j)`, into `out`. */
  evaluate(valueOf: (j: number) => number, out: CaseResult): void;
}

export function newCaseResult(kernel: Pick<Kernel, 'optionCount' | 'pairs'>): CaseResult {
  return {
    npv: new Float64Array(kernel.optionCount),
    totalCost: new Float64Array(kernel.optionCount),
    breakeven: new Float64Array(kernel.pairs.length),
  };
}

// Scenario fields that change the demand every option is priced against.
const DEMAND_FIELDS: ReadonlySet<string> = new Set([
  'demand.contactsPerMonth',
  'demand.growthAnnual',
  'humanCostPerContact',
  'wageInflationAnnual',
]);

/**
 * The simulation kernel. Its workspace holds one working copy of the scenario, one preallocated
 * schedule per option and the discount factors of the last rate; a case writes its input values
 * into the copy and re-runs the engine's own schedule functions (src/engine/options) into those
 * schedules, so every month is computed by the same code as evaluateScenario, without the
 * crossovers. Options no input reaches keep the schedule computed once; demand series are
 * recomputed only when a demand field is ranged, the discount factors only when the rate changes.
 */
export function createKernel(scenario: Scenario, inputs: readonly ResolvedInput[]): Kernel {
  const work = structuredClone(scenario);
  const H = scenario.horizonMonths;
  const setters = inputs.map((input) => setterAt(work, input.keys));
  const demandRanged = inputs.some((i) => i.optionIndex === null && DEMAND_FIELDS.has(i.field));
  const demand = demandSeries(work);
  const touched = scenario.options.map(
    (_, o) => demandRanged || inputs.some((i) => i.optionIndex === o),
  );
  // a switch option moves with its vendor and its build
  const indexOf = (name: string) => scenario.options.findIndex((x) => x.name === name);
  scenario.options.forEach((option, o) => {
    if (option.kind === 'switch')
      touched[o] ||= touched[indexOf(option.vendor)] || touched[indexOf(option.build)];
  });
  // every option's schedule in one block, zeroed again before a trial writes it
  const block = new Float64Array(scenario.options.length * SCHEDULE_COLUMNS * H);
  const span = SCHEDULE_COLUMNS * H;
  const schedules: Schedule[] = scenario.options.map((option, o) => {
    const schedule = scheduleIn(block.buffer, o * SCHEDULE_COLUMNS, H);
    return touched[o] ? schedule : scheduleFor(option, demand, schedule, scenario.options);
  });
  const baseTotals = schedules.map((s) => sum(s.total));
  const pairs = buildVendorPairs(scenario);
  const factors = discountFactors(work.discountRateAnnual, new Float64Array(H));
  let factorsRate = work.discountRateAnnual;

  return {
    optionCount: scenario.options.length,
    pairs,
    evaluate(valueOf, out) {
      for (let j = 0; j < setters.length; j++) setters[j](valueOf(j));
      if (demandRanged) {
        demandSeries(work, demand);
      }
      if (work.discountRateAnnual !== factorsRate) {
        factorsRate = work.discountRateAnnual;
        discountFactors(factorsRate, factors);
      }
      for (let o = 0; o < schedules.length; o++) {
        if (touched[o]) {
          block.fill(0, o * span, (o + 1) * span);
          scheduleFor(work.options[o], demand, schedules[o], work.options);
        }
        const total = schedules[o].total;
        out.npv[o] = discounted(total, factors);
        out.totalCost[o] = touched[o] ? sum(total) : baseTotals[o];
      }
      for (let p = 0; p < pairs.length; p++) {
        const month = breakevenMonth(
          schedules[pairs[p].build].total,
          schedules[pairs[p].vendor].total,
        );
        out.breakeven[p] = month ?? Infinity;
      }
    },
  };
}

/** Writes into the parent object of a path, found once. */
function setterAt(root: unknown, keys: readonly PathKey[]): (value: number) => void {
  let parent = root as Record<PathKey, unknown>;
  for (let i = 0; i < keys.length - 1; i++) parent = parent[keys[i]] as Record<PathKey, unknown>;
  const last = keys[keys.length - 1];
  return (value) => {
    parent[last] = value;
  };
}
