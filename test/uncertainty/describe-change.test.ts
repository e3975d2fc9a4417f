// Changed inputs in words: the field catalogue's label and the value as a board reads it.
import { describe, expect, it } from 'vitest';
import { changeLabel, changeValue } from '../../src/uncertainty/describe-change';

const kinds = new Map([
  ['Per resolution', 'vendor'],
  ['Build in-house', 'build'],
  ['Buy then build', 'switch'],
]);
const row = (path: string, value: unknown) => [
  changeLabel(kinds, path),
  changeValue(kinds, path, value, 'USD'),
];

describe('a changed input in words', () => {
  it('labels scenario and option fields from the catalogue, values by what they hold', () => {
    expect(row('demand.contactsPerMonth', 36000)).toEqual([
      'Contacts per month',
      '36,000 contacts',
    ]);
    expect(row('discountRateAnnual', 0.08)).toEqual(['Discount rate (annual)', '8%']);
    expect(row('humanCostPerContact', 4.3)).toEqual(['Human cost per contact', '$4.30']);
    expect(row('options[Per resolution].charges.price', 0.9875)).toEqual([
      "Per resolution's price per unit",
      '$0.9875',
    ]);
    expect(row('options[Build in-house].buildCost', 480000.4)).toEqual([
      "Build in-house's build cost",
      '$480,000',
    ]);
    expect(row('options[Per resolution].overcount.driftAnnual', 0.185)).toEqual([
      "Per resolution's overcount drift (annual)",
      '18.5%',
    ]);
    expect(row('options[Build in-house].buildMonths', 1)).toEqual([
      "Build in-house's build months",
      '1 month',
    ]);
    expect(row('options[Buy then build].switchMonth', 9)).toEqual([
      "Buy then build's switch month",
      'month 9',
    ]);
  });

  it('labels the inputs outside the catalogue, and lists, text and absence readably', () => {
    expect(row('horizonMonths', 36)).toEqual(['Horizon (months)', '36 months']);
    expect(row('options[Per resolution].charges.unit', 'outcome')).toEqual([
      "Per resolution's billed unit",
      'outcome',
    ]);
    expect(
      row('options[Per resolution].charges.tiers', [
        { upTo: 10000, price: 1.1 },
        { upTo: null, price: 0.9 },
      ]),
    ).toEqual(["Per resolution's tiers", 'upTo 10,000, price 1.1; upTo none, price 0.9']);
    expect(row('options[Per resolution].charges.annualCap', null)).toEqual([
      "Per resolution's annual cap",
      '(not set)',
    ]);
  });
});
