import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/json-schema';

describe('scenario.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../scenario.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
  it('names every DOMAIN.md field', () => {
    const text = JSON.stringify(scenarioJsonSchema());
    for (const field of [
      'contactsByMonth',
      'wageInflationAnnual',
      'ruleOfThumb',
      'overcount',
      'driftAnnual',
      'tierMode',
      'includedUnitsPerMonth',
      'annualCap',
      'annualCommit',
      'guaranteedResolutionRate',
      'gainShare',
      'amortizationMonths',
      'costEscalatorAnnual',
    ]) {
      expect(text).toContain(`"${field}"`);
    }
  });
});
