import {
  type OptionResult,
  type ScenarioResult,
  SCHEDULE_FIELDS,
  type ScheduleField,
  scheduleColumn,
  scheduleTable,
} from '../src/index';
import { choice, describe, requiredText } from './coerce';
import { FunctionError, invalidValue, notAvailable } from './errors';
import { guard } from './guard';
import { evaluatedScenario } from './scenario-cache';

export function scenarioArg(value: unknown): ScenarioResult {
  const result = evaluatedScenario('scenario', requiredText('scenario', value));
  if (result instanceof FunctionError) throw result;
  return result;
}

export function findByName<T extends { name: string }>(
  argument: string,
  items: readonly T[],
  value: unknown,
  what: string,
): T {
  const wanted = requiredText(argument, value).trim();
  const found =
    items.find((item) => item.name === wanted) ??
    items.find((item) => item.name.toLowerCase() === wanted.toLowerCase());
  if (found) return found;
  throw invalidValue(
    `${argument} ${describe(wanted)} is not ${what} of the scenario; it has ${items.map((i) => JSON.stringify(i.name)).join(', ')}`,
  );
}

/**
 * Spills an option's monthly schedule from a scenario file's JSON text: a header row (month, contacts, trueOutcomes, ..., total), then one row per month. With field, only that column's monthly values.
 * @customfunction SCHEDULE
 * @helpurl https://localhost:3000/functions-help.html#schedule
 * @param scenario The scenario as JSON text (a cell holding the content of a scenario file).
 * @param option_name The option's name as written in the scenario.
 * @param [field] One schedule column, e.g. "total" or "vendorCharges"; spills its values without a header.
 * @returns {any[][]} The schedule.
 */
export function schedule(scenario: unknown, option_name: unknown, field?: unknown) {
  return guard((): (string | number)[][] => {
    const result = scenarioArg(scenario);
    const option = findByName('option_name', result.options, option_name, 'an option');
    const column = choice<ScheduleField | 'all'>('field', field, [...SCHEDULE_FIELDS], 'all');
    return column === 'all'
      ? scheduleTable(option.schedule)
      : scheduleColumn(option.schedule, column);
  });
}

export const RESULT_METRICS = [
  'totalCost',
  'npv',
  'trueOutcomes',
  'vendorCountedOutcomes',
  'effectivePricePerOutcome',
  'costPerContact',
  'savingsVsStatusQuo',
  'driftDiscount',
  'saturatedFromMonth',
  'overcountCost',
  'overcountNpv',
  'priceToAsk',
  'switchMonth',
  'bestSwitchMonth',
  'bestSwitchNpv',
] as const satisfies readonly (keyof OptionResult)[];

/**
 * One headline figure of an option in a scenario: totalCost, npv, trueOutcomes, vendorCountedOutcomes, effectivePricePerOutcome, costPerContact, savingsVsStatusQuo; for a vendor driftDiscount (on the count as billed), saturatedFromMonth, overcountCost, overcountNpv or priceToAsk; for a switch option switchMonth, bestSwitchMonth or bestSwitchNpv.
 * @customfunction RESULT
 * @helpurl https://localhost:3000/functions-help.html#result
 * @param scenario The scenario as JSON text.
 * @param option_name The option's name as written in the scenario.
 * @param [metric] The figure wanted (default "totalCost").
 * @returns {number} The figure; #N/A when it does not apply to the option.
 */
export function result(scenario: unknown, option_name: unknown, metric?: unknown) {
  return guard(() => {
    const evaluated = scenarioArg(scenario);
    const option = findByName('option_name', evaluated.options, option_name, 'an option');
    const key = choice('metric', metric, RESULT_METRICS, 'totalCost');
    const value = option[key] ?? null;
    if (value === null) throw notAvailable(`${key} does not apply to option "${option.name}"`);
    return value;
  });
}

/**
 * A build option against a vendor option in a scenario: the crossover volume (contacts per month), the volume above which the build stays cheaper (buildCheaperThroughout; it differs when a price step crosses more than once), the breakeven month, or the breakeven month after the horizon (breakevenAfterHorizon, up to month 240).
 * @customfunction COMPARE
 * @helpurl https://localhost:3000/functions-help.html#compare
 * @param scenario The scenario as JSON text.
 * @param build_name The build option's name.
 * @param vendor_name The vendor option's name.
 * @param [metric] "crossover" (default), "buildCheaperThroughout", "breakeven" or "breakevenAfterHorizon".
 * @returns {number} The figure; #N/A when the build never wins (within the horizon for breakeven).
 */
export function compare(
  scenario: unknown,
  build_name: unknown,
  vendor_name: unknown,
  metric?: unknown,
) {
  return guard(() => {
    const evaluated = scenarioArg(scenario);
    refuseSwitch(evaluated, build_name);
    refuseSwitch(evaluated, vendor_name);
    const builds = evaluated.options.filter((o) => o.kind === 'build');
    const vendors = evaluated.options.filter((o) => o.kind === 'vendor');
    const build = findByName('build_name', builds, build_name, 'a build option');
    const vendor = findByName('vendor_name', vendors, vendor_name, 'a vendor option');
    const which = choice(
      'metric',
      metric,
      ['crossover', 'buildCheaperThroughout', 'breakeven', 'breakevenAfterHorizon'] as const,
      'crossover',
    );
    const comparison = evaluated.comparisons.find(
      (c) => c.build === build.name && c.vendor === vendor.name,
    );
    const value =
      which === 'crossover'
        ? comparison?.crossoverContactsPerMonth
        : which === 'buildCheaperThroughout'
          ? comparison?.buildCheaperThroughout
          : which === 'breakeven'
            ? comparison?.breakevenMonth
            : comparison?.breakevenAfterHorizon;
    const after = comparison?.breakevenAfterHorizon ?? null;
    if (value === null || value === undefined)
      throw notAvailable(
        which === 'breakeven'
          ? after === null
            ? `"${build.name}" never breaks even against "${vendor.name}" within the horizon, nor by month 240`
            : `"${build.name}" breaks even against "${vendor.name}" in month ${after}, after the ${evaluated.horizonMonths}-month horizon`
          : which === 'breakevenAfterHorizon'
            ? comparison?.breakevenMonth
              ? `"${build.name}" breaks even against "${vendor.name}" within the horizon, in month ${comparison.breakevenMonth}`
              : `"${build.name}" never breaks even against "${vendor.name}" by month 240 (or the monthly series ends before it)`
            : which === 'crossover'
              ? `"${build.name}" is never cheaper than "${vendor.name}" up to 100 times month-1 volume`
              : `"${build.name}" is not cheaper than "${vendor.name}" at 100 times month-1 volume`,
      );
    return value;
  });
}

/** A switch option named where a build or a vendor is wanted: #N/A, pointing to BESTSWITCH. */
function refuseSwitch(evaluated: ScenarioResult, value: unknown): void {
  const name = typeof value === 'string' ? value.trim().toLowerCase() : null;
  const found = evaluated.options.find((o) => o.kind === 'switch' && o.name.toLowerCase() === name);
  if (found)
    throw notAvailable(
      `"${found.name}" is a switch option: it enters no build/vendor comparison; OUTCOME.BESTSWITCH gives its best switch month`,
    );
}

/** The switch option a function argument names. */
export function switchOptionOf(scenario: unknown, value: unknown): OptionResult {
  const evaluated = scenarioArg(scenario);
  const option = findByName('switch_option', evaluated.options, value, 'an option');
  if (option.kind !== 'switch')
    throw invalidValue(
      `switch_option "${option.name}" is a ${option.kind} option, not a switch option`,
    );
  return option;
}
