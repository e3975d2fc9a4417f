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
  it.each([
    ['demand.contactsPerMonth', 36000, 'Contacts per month', '36,000 contacts'],
    ['discountRateAnnual', 0.08, 'Discount rate (annual)', '8%'],
    ['humanCostPerContact', 4.3, 'Human cost per contact', '$4.30'],
    ['options[Per resolution].charges.price', 0.9875, "Per resolution's price per unit", '$0.9875'],
    ['options[Build in-house].buildCost', 480000.4, "Build in-house's build cost", '$480,000'],
    [
      'options[Per resolution].overcount.driftAnnual',
      0.185,
      "Per resolution's overcount drift (annual)",
      '18.5%',
    ],
    ['options[Build in-house].buildMonths', 1, "Build in-house's build months", '1 month'],
    ['options[Buy then build].switchMonth', 9, "Buy then build's switch month", 'month 9'],
  ])('labels %s from the catalogue, its value by what it holds', (path, value, label, shown) => {
    expect(row(path, value)).toEqual([label, shown]);
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
