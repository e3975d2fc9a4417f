import type { Scenario } from '../scenario/schema';
import type { UncertaintyInput } from '../scenario/uncertainty-schema';

// A starter `uncertainty` block for a newcomer to edit (`crossover risk FILE --suggest -o OUT`).
// The default ranges, also listed in docs/uncertainty.md:
//   contacts per month      triangular, 0.75x to 1.5x the base (mode the base)
//   human cost per contact  triangular, 0.8x to 1.25x
//   resolution rates        Beta-PERT, base -+ 10 points, within [0, 1]
//   overcount drift         Beta-PERT, base - 10 points (not below 0) to base + 15 points
//                           (vendors billing per outcome, where drift changes the bill)
//   build cost              triangular, 0.9x to 1.5x (builds overrun more than they underrun)
//   build months            triangular, 0.75x (rounded down) to 1.5x (rounded up, at least +2)

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function multiplicative(
  field: string,
  base: number,
  low: number,
  high: number,
  option?: string,
): UncertaintyInput | null {
  if (!(base > 0)) return null;
  return {
    ...(option === undefined ? {} : { option }),
    field,
    dist: 'triangular',
    low: round(base * low),
    mode: base,
    high: round(base * high),
  };
}

function resolutionRate(option: string, base: number): UncertaintyInput {
  const low = round(Math.max(0, base - 0.1));
  const high = round(Math.min(1, base + 0.1));
  return { option, field: 'resolutionRate', dist: 'pert', low, mode: base, high };
}

/** The starter inputs for a scenario, in the order above. */
export function suggestedInputs(scenario: Scenario): UncertaintyInput[] {
  const inputs: (UncertaintyInput | null)[] = [];
  if (!scenario.demand.contactsByMonth) {
    inputs.push(
      multiplicative('demand.contactsPerMonth', scenario.demand.contactsPerMonth ?? 0, 0.75, 1.5),
    );
  }
  inputs.push(multiplicative('humanCostPerContact', scenario.humanCostPerContact, 0.8, 1.25));
  for (const option of scenario.options) {
    if (option.kind === 'vendor') {
      inputs.push(resolutionRate(option.name, option.resolutionRate));
      if (option.charges.unit === 'outcome') {
        const d = option.overcount.driftAnnual;
        inputs.push({
          option: option.name,
          field: 'overcount.driftAnnual',
          dist: 'pert',
          low: round(d >= 0 ? Math.max(0, d - 0.1) : d - 0.1),
          mode: d,
          high: round(d + 0.15),
        });
      }
    } else if (option.kind === 'build') {
      inputs.push(resolutionRate(option.name, option.resolutionRate));
      inputs.push(multiplicative('buildCost', option.buildCost, 0.9, 1.5, option.name));
      const B = option.buildMonths;
      inputs.push({
        option: option.name,
        field: 'buildMonths',
        dist: 'triangular',
        low: Math.floor(B * 0.75),
        mode: B,
        high: Math.max(Math.ceil(B * 1.5), B + 2),
      });
    }
  }
  return inputs.filter((i): i is UncertaintyInput => i !== null);
}

/**
 * The file's JSON with the starter block added (the rest of the file as written). It proposes no
 * correlations: an empty list shows where to write them (`{ "between": [i, j], "rho": r }`).
 */
export function withSuggestedUncertainty(fileJson: Record<string, unknown>, scenario: Scenario) {
  return {
    ...fileJson,
    uncertainty: {
      trials: 10_000,
      seed: 1,
      sampling: 'lhs',
      inputs: suggestedInputs(scenario),
      correlations: [],
    },
  };
}
