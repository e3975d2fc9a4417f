// The engine benchmark's workload, kept free of build tools so it can be bundled on its own.
import { crossoverOf } from '../src/engine/crossover/crossover';
import { evaluateScenario } from '../src/engine/evaluate';
import { parseScenario } from '../src/scenario/load';
import type { BuildOption, VendorOption } from '../src/engine/model';
import type { Scenario } from '../src/scenario/schema';
import { vendorTerms } from '../src/engine/pricing/terms';
import { templateOption } from '../taskpane/state/bid-templates';
import { callsPerSecond } from './timing';
import { typedArrayKernel } from './typed-array-kernel';

/** A 5-option, 60-month scenario that exercises every pricing structure. */
export function benchScenario(): Scenario {
  const result = parseScenario({
    name: 'bench',
    horizonMonths: 60,
    discountRateAnnual: 0.08,
    demand: { contactsPerMonth: 60000, growthAnnual: 0.12 },
    humanCostPerContact: 4.5,
    wageInflationAnnual: 0.04,
    options: [
      { kind: 'status-quo', name: 'Status quo' },
      {
        kind: 'vendor',
        name: 'Per resolution',
        resolutionRate: 0.55,
        onboardingMonths: 1,
        overcount: { initialRatio: 1.1, driftAnnual: 0.18 },
        charges: {
          unit: 'outcome',
          price: 0.99,
          annualCap: 400000,
          sla: { guaranteedResolutionRate: 0.6, creditRate: 0.1 },
        },
      },
      {
        kind: 'vendor',
        name: 'Tiered',
        resolutionRate: 0.5,
        charges: {
          unit: 'outcome',
          tiers: [
            { upTo: 10000, price: 1.2 },
            { upTo: 40000, price: 0.9, flatFee: 500 },
            { upTo: null, price: 0.7 },
          ],
          includedUnitsPerMonth: 2000,
          platformFeeMonthly: 5000,
          escalatorAnnual: 0.05,
          annualCommit: 300000,
        },
      },
      {
        kind: 'vendor',
        name: 'Gain-share',
        resolutionRate: 0.5,
        charges: { unit: 'none', platformFeeMonthly: 2000, gainShare: { share: 0.3 } },
      },
      // The taskpane's in-house build template, as a user adding a build would start.
      { ...templateOption('build'), name: 'Build' },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

/** The engine figures and its typed-array reference, measured in whatever process runs this module. */
export function engineFigures(): {
  evaluations: number;
  evaluationsBeyondHorizon: number;
  crossovers: number;
  kernel: number;
} {
  const scenario = benchScenario();
  const build = scenario.options[4] as BuildOption;
  const vendor = vendorTerms(scenario.options[1] as VendorOption);
  const search = { humanCostPerContact: 4.5, amortizationMonths: 60, maxVolume: 6_000_000 };
  const kernel = typedArrayKernel(scenario);
  // the engine and its reference in turn, best of five short runs each, so that a change in the
  // machine's load between them does not show as a ratio
  const best = { evaluations: 0, kernel: 0 };
  for (let round = 0; round < 5; round++) {
    best.evaluations = Math.max(
      best.evaluations,
      callsPerSecond(() => evaluateScenario(scenario), 0.3),
    );
    best.kernel = Math.max(
      best.kernel,
      callsPerSecond(() => kernel(), 0.3),
    );
  }
  // what `run` and the taskpane do: read every breakeven after the horizon, which schedules each
  // pair over 240 months (here all three pairs: none breaks even within 60 months)
  const beyond = () => {
    for (const pair of evaluateScenario(scenario).comparisons) void pair.breakevenAfterHorizon;
  };
  return {
    ...best,
    evaluationsBeyondHorizon: callsPerSecond(beyond, 0.5),
    crossovers: callsPerSecond(() => crossoverOf(build, vendor, search)),
  };
}
