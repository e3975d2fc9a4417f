import { z } from 'zod';
import { scenarioSchema } from './schema';

/** The JSON Schema of a scenario file (as written by users: defaults are optional). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://crossover.invalid/scenario.schema.json',
    title: 'Crossover scenario',
    description:
      'A scenario comparing outcome-priced AI vendor bids, an in-house build and the status quo. Field meanings: DOMAIN.md.',
  };
}
