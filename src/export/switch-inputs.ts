import { demandSeries } from '../engine/demand';
import { switchFields } from '../engine/options/switch-fields';
import { switchMonthOf } from '../engine/options/switch';
import type { BuildOption, SwitchOption } from '../engine/model';
import type { Scenario } from '../scenario/schema';
import type { Field } from './input-fields';
import { MONTH, wholeMoney } from './number-formats';

/**
 * A switch option's inputs: the switch month S (an input cell, so a reader can move it and watch
 * the workbook recalculate) and the exit fee.
 */
export function switchInputs(
  option: SwitchOption,
  scenario: Scenario,
  field: Field,
): Record<string, string> {
  const build = scenario.options.find(
    (o): o is BuildOption => o.kind === 'build' && o.name === option.build,
  )!;
  const H = scenario.horizonMonths;
  const demand = demandSeries(scenario);
  const best = switchFields(option, scenario, demand);
  const refs = {
    switchMonth: field(
      'Switch month (S)',
      switchMonthOf(option, build, H),
      'months',
      `first month on the build, 1..${H + 1} (${H + 1}: never switch, still pay for the build)`,
    ),
    exitFee: field('Exit fee', option.exitFee, 'money', 'paid to the vendor in the switch month'),
  };
  // The best month is the engine's search over every S (a spreadsheet cannot rerun it): stated.
  field(
    'Best switch month (engine, at export)',
    best.bestSwitchMonth,
    { role: 'label', numFmt: MONTH },
    'the S in 1..H+1 with the lowest NPV, every month tried',
  );
  field(
    'NPV at the best switch month',
    best.bestSwitchNpv,
    { role: 'label', numFmt: wholeMoney(scenario.currency) },
    'engine value at export; compare with this option on Summary',
  );
  return refs;
}
