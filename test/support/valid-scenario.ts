import { parseScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';

/** The parsed scenario of JSON the test knows to be valid; the problems thrown otherwise. */
export function valid(json: unknown): Scenario {
  const r = parseScenario(json);
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 1));
  return r.scenario;
}
