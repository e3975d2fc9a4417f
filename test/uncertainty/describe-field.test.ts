import { describe, expect, it } from 'vitest';
import { switchSentence } from '../../src/uncertainty/describe-field';

const kinds = new Map([
  ['Hybrid', 'vendor'],
  ['Build', 'build'],
  ['Buy then build', 'switch'],
]);
const row = (option: string | null, field: string, base: number, value: number | null) => ({
  input: 0,
  option,
  field,
  base,
  value,
  takenOverBy: value === null ? null : 'Per resolution',
});

describe('switch values in words', () => {
  it('names the field, the direction and the value in its unit', () => {
    const cases: [string, ReturnType<typeof row>][] = [
      ['Hybrid', row(null, 'demand.contactsPerMonth', 40000, 31481.2)],
      ['Hybrid', row('Hybrid', 'charges.price', 0.8, 1.25)],
      ['Hybrid', row('Hybrid', 'resolutionRate', 0.55, 0.4617)],
      ['Build', row('Build', 'buildMonths', 6, 9)],
      ['Buy then build', row('Buy then build', 'switchMonth', 12, 5)],
      ['Hybrid', row(null, 'humanCostPerContact', 4.5, null)],
    ];
    expect(cases.map(([first, value]) => switchSentence(kinds, first, value, 'USD'))).toEqual([
      'Hybrid stays first unless contacts per month fall below 31,481 (then Per resolution)',
      "Hybrid stays first unless Hybrid's price per unit rises above $1.2500 (then Per resolution)",
      "Hybrid stays first unless Hybrid's resolution rate falls below 46.17% (then Per resolution)",
      "Build stays first unless Build's build months rise to 9 months (then Per resolution)",
      "Buy then build stays first unless Buy then build's switch month falls to month 5 (then Per resolution)",
      'Hybrid stays first over the whole range of human cost per contact',
    ]);
  });
});
