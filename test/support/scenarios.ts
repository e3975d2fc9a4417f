import { evaluateScenario, type OptionResult } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';

type Json = Record<string, unknown>;

/** A small scenario: 1,000 contacts a month at $2 each, no growth, no inflation, no discounting. */
export function smallScenario(options: Json[], overrides: Json = {}): Scenario {
  const result = parseScenario({
    name: 'test',
    horizonMonths: 3,
    demand: { contactsPerMonth: 1000 },
    humanCostPerContact: 2,
    ...overrides,
    options,
  });
  if (!result.ok) throw new Error(`test scenario invalid: ${JSON.stringify(result.problems)}`);
  return result.scenario;
}

export function vendor(charges: Json, fields: Json = {}): Json {
  return { kind: 'vendor', name: 'Vendor', resolutionRate: 0.5, ...fields, charges };
}

/** Evaluates a one-option scenario and returns that option's result. */
export function evaluateOne(option: Json, overrides: Json = {}): OptionResult {
  return evaluateScenario(smallScenario([option], overrides)).options[0];
}

export const column = (result: OptionResult, field: keyof OptionResult['schedule']) =>
  Array.from(result.schedule[field]);
