// Monthly cost of each option at steady volumes, from the engine's steady-year definitions
// (the same ones the crossover is solved on), with the crossovers and rule-of-thumb points.
import { amortizationMonthsOf, crossoverSearchLimit } from '../engine/crossover/crossover';
import { baselineCost } from '../engine/demand';
import { buildSteadyYear, vendorSteadyYear } from '../engine/crossover/steady-year';
import type { OptionSpec } from '../engine/model';
import type { Scenario } from '../scenario/schema';
import type { ScenarioResult } from '../engine/evaluate';

export interface VolumePoint {
  x: number;
  y: number;
}

export interface VolumeCurves {
  curves: { name: string; points: VolumePoint[] }[];
  crossovers: {
    build: string;
    vendor: string;
    volume: number;
    /** Where the build stays cheaper; differs from volume when a price step crosses more than once. */
    buildCheaperThroughout: number | null;
    monthlyCost: number;
  }[];
  ruleOfThumb: { vendor: string; volume: number; monthlyCost: number; verdict: string }[];
  maxVolume: number;
}

const STEPS = 40;

export function steadyMonthlyCost(option: OptionSpec, scenario: Scenario, volume: number): number {
  const h = scenario.humanCostPerContact;
  if (option.kind === 'vendor') return vendorSteadyYear(option, volume, h) / 12;
  if (option.kind === 'build') {
    return buildSteadyYear(option, volume, h, amortizationMonthsOf(option)) / 12;
  }
  return baselineCost([volume], [h])[0];
}

export function volumeCurves(scenario: Scenario, result: ScenarioResult): VolumeCurves {
  const H = result.horizonMonths;
  const firstMonth = result.options[0].schedule.contacts[0];
  const lastMonth = result.options[0].schedule.contacts[H - 1];
  const byName = new Map(scenario.options.map((o) => [o.name, o]));

  const ruleOfThumb = result.options.flatMap((o) => {
    const counted = o.schedule.vendorCountedOutcomes[H - 1];
    if (o.kind !== 'vendor' || counted <= 0) return [];
    // Volume at which this vendor's counted outcomes reach the rule's threshold, at month H's
    // counted share of contacts.
    const volume = (scenario.ruleOfThumb.outcomesPerMonth * o.schedule.contacts[H - 1]) / counted;
    return [{ vendor: o.name, volume, verdict: o.ruleOfThumb ?? 'buy', monthlyCost: 0 }];
  });
  const crossoverVolumes = result.comparisons
    .map((c) => c.crossoverContactsPerMonth)
    .filter((v): v is number => v !== null);
  const maxVolume =
    Math.max(
      1,
      2 * firstMonth,
      1.25 * lastMonth,
      ...crossoverVolumes.map((v) => v * 1.5),
      ...ruleOfThumb.map((p) => p.volume * 1.1),
    ) || 1;
  const cap = Math.min(maxVolume, crossoverSearchLimit(firstMonth));

  const curves = scenario.options.map((option) => ({
    name: option.name,
    points: Array.from({ length: STEPS + 1 }, (_, i) => {
      const x = (cap * i) / STEPS;
      return { x, y: steadyMonthlyCost(option, scenario, x) };
    }),
  }));
  const crossovers = result.comparisons.flatMap((c) =>
    c.crossoverContactsPerMonth === null
      ? []
      : [
          {
            build: c.build,
            vendor: c.vendor,
            volume: c.crossoverContactsPerMonth,
            buildCheaperThroughout: c.buildCheaperThroughout,
            monthlyCost: steadyMonthlyCost(
              byName.get(c.build)!,
              scenario,
              c.crossoverContactsPerMonth,
            ),
          },
        ],
  );
  for (const point of ruleOfThumb) {
    point.monthlyCost = steadyMonthlyCost(byName.get(point.vendor)!, scenario, point.volume);
  }
  return { curves, crossovers, ruleOfThumb, maxVolume: cap };
}
