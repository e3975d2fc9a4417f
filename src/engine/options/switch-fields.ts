import type { BuildOption, ScenarioModel, SwitchOption, VendorOption } from '../model';
import { buildSchedule } from './build';
import type { DemandSeries } from './demand-series';
import { bestSwitch, switchMonthOf } from './switch';

export interface SwitchFields {
  /** The switch month S evaluated. */
  switchMonth: number;
  /** The S in 1..H+1 with the lowest NPV (the earliest on ties), and that NPV. */
  bestSwitchMonth: number;
  bestSwitchNpv: number;
}

/** The switch month of a switch option and the best one, found by trying every month. */
export function switchFields(
  option: SwitchOption,
  scenario: ScenarioModel,
  demand: DemandSeries,
): SwitchFields {
  const vendor = scenario.options.find((o) => o.name === option.vendor) as VendorOption;
  const build = scenario.options.find((o) => o.name === option.build) as BuildOption;
  const best = bestSwitch(
    vendor,
    buildSchedule(build, demand),
    demand,
    option.exitFee,
    scenario.discountRateAnnual,
  );
  return {
    switchMonth: switchMonthOf(option, build, scenario.horizonMonths),
    bestSwitchMonth: best.month,
    bestSwitchNpv: best.npv,
  };
}
