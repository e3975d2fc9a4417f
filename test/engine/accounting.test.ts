import { describe, expect, it } from 'vitest';
import { evaluateScenario, type OptionResult } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import {
  booksDifferFromCash,
  rankingByBasis,
  rankingDifferences,
} from '../../src/analysis/accounting-ranking';
import { evaluateOne, smallScenario, vendor } from '../support/scenarios';
import { HANDWORKED_BUILD as build } from '../support/engine-scenario-json';

// Hand-worked examples of DOMAIN.md "Accounting view": 1,000 contacts a month at $2, no growth.
const months = (a: Float64Array) => Array.from(a);

/** The books of an option: each month's expense, the totals over H and the book value left at H. */
function expectBooks(
  r: OptionResult,
  expense: number[],
  total: OptionResult['accounting']['total'],
  bookValueAtHorizon: number,
) {
  expect(months(r.accounting.expense)).toEqual(expense);
  expect(r.accounting.total).toEqual(total);
  expect(r.accounting.bookValueAtHorizon).toBe(bookValueAtHorizon);
}

describe('accounting view of a build', () => {
  it.each([
    {
      title: 'expenses everything as incurred when nothing is capitalised (the default)',
      fields: {},
      amortization: [0, 0, 0, 0, 0, 0],
      // total = build spend + run + people: 3,500, 3,500, then 1,600 a month
      expense: [3500, 3500, 1600, 1600, 1600, 1600],
      total: { cash: 13400, expense: 13400, amortization: 0, ebitdaCost: 13400 },
      bookValue: 0,
    },
    {
      title:
        'moves the capitalised share below EBITDA, amortised from go-live over the useful life',
      // K = 0.5 x 3,000 = 1,500 over 4 months from month 3: 375 a month, all inside 6 months.
      fields: { capitalizedShare: 0.5, usefulLifeMonths: 4 },
      amortization: [0, 0, 375, 375, 375, 375],
      // 3,500 - 0.5 x 1,500 = 2,750 while building; 1,600 + 375 = 1,975 after
      expense: [2750, 2750, 1975, 1975, 1975, 1975],
      total: { cash: 13400, expense: 13400, amortization: 1500, ebitdaCost: 11900 },
      bookValue: 0,
    },
    {
      title: 'leaves the unamortised rest on the balance sheet at the horizon',
      // 1,500 over 12 months: 125 a month for months 3..6 = 500 charged, 1,000 left.
      fields: { capitalizedShare: 0.5, usefulLifeMonths: 12 },
      amortization: [0, 0, 125, 125, 125, 125],
      expense: [2750, 2750, 1725, 1725, 1725, 1725],
      total: { cash: 13400, expense: 12400, amortization: 500, ebitdaCost: 11900 },
      bookValue: 1000,
    },
  ])('$title', ({ fields, amortization, expense, total, bookValue }) => {
    const r = evaluateOne({ ...build, ...fields }, { horizonMonths: 6 });
    expect(months(r.accounting.amortization)).toEqual(amortization);
    expectBooks(r, expense, total, bookValue);
  });

  it('amortises from month 1 when B = 0 and splits contract years, the last one partial', () => {
    // 1,200 spent in month 1, all capitalised, 100 a month for months 1..12; run 600, people 1,000.
    const r = evaluateOne(
      { ...build, buildCost: 1200, buildMonths: 0, capitalizedShare: 1, usefulLifeMonths: 12 },
      { horizonMonths: 14 },
    );
    expect(months(r.accounting.amortization)).toEqual([...Array(12).fill(100), 0, 0]);
    expect(months(r.accounting.expense)).toEqual([...Array(12).fill(1700), 1600, 1600]);
    expect(r.accounting.years).toEqual([
      { year: 1, cash: 20400, expense: 20400, amortization: 1200, ebitdaCost: 19200 },
      { year: 2, cash: 3200, expense: 3200, amortization: 0, ebitdaCost: 3200 },
    ]);
    expect(r.accounting.bookValueAtHorizon).toBe(0);
  });

  it('books nothing before go-live when the build outlasts the horizon', () => {
    const r = evaluateOne({ ...build, buildMonths: 4, capitalizedShare: 1 }, { horizonMonths: 3 });
    // 750 a month spent, all capitalised: only people (2,000) are expense; nothing amortised yet.
    expect(months(r.accounting.expense)).toEqual([2000, 2000, 2000]);
    expect(r.accounting.bookValueAtHorizon).toBe(3000);
  });
});

describe('accounting view of the status quo and vendors', () => {
  it('has expense equal to cash, month by month and in every year', () => {
    const result = evaluateScenario(
      smallScenario(
        [
          { kind: 'status-quo', name: 'Status quo' },
          vendor({ unit: 'outcome', price: 1, platformFeeMonthly: 100, annualCommit: 9000 }),
        ],
        { horizonMonths: 15 },
      ),
    );
    for (const o of result.options) {
      expect(months(o.accounting.expense)).toEqual(months(o.schedule.total));
      for (const y of o.accounting.years) {
        expect(y.expense).toBe(y.cash);
        expect(y.ebitdaCost).toBe(y.cash);
      }
      expect(o.accounting.bookValueAtHorizon).toBe(0);
    }
    expect(booksDifferFromCash(result)).toBe(false);
  });
});

describe('rankings by basis', () => {
  it('tells when the cost above EBITDA ranks a capitalised build first and cash does not', () => {
    const result = evaluateScenario(
      smallScenario(
        [
          vendor({ unit: 'outcome', price: 3.5 }),
          { ...build, capitalizedShare: 1, usefulLifeMonths: 36, buildCost: 6000, buildMonths: 1 },
        ],
        { horizonMonths: 3 },
      ),
    );
    // vendor: 1,750 + 1,000 people = 2,750 a month, 8,250 cash = expense = EBITDA cost.
    // build: 6,000 + 2,000 in month 1, then 1,600 + 1,600 = 11,200 cash; expense 2,000 + 2 x
    // (1,600 + 166.67) = 5,533.33; EBITDA cost 2,000 + 3,200 = 5,200.
    const [v, b] = result.options;
    expect(v.accounting.total.cash).toBe(8250);
    expect(b.accounting.total.cash).toBe(11200);
    expect(b.accounting.total.expense).toBeCloseTo(5533.333333, 5);
    expect(b.accounting.total.ebitdaCost).toBeCloseTo(5200, 9);
    expect(b.accounting.bookValueAtHorizon).toBeCloseTo(6000 - 2 * (6000 / 36), 9);
    expect(rankingByBasis(result, 'cash')).toEqual(['Vendor', 'Build']);
    expect(rankingDifferences(result).differences).toEqual([
      { basis: 'expense', ranking: ['Build', 'Vendor'] },
      { basis: 'ebitdaCost', ranking: ['Build', 'Vendor'] },
    ]);
    expect(booksDifferFromCash(result)).toBe(true);
  });
});

describe('accounting fields of a build', () => {
  it('default to nothing capitalised over a 36-month life', () => {
    const parsed = smallScenario([build]);
    expect(parsed.options[0]).toMatchObject({ capitalizedShare: 0, usefulLifeMonths: 36 });
  });

  it('reject a share outside 0..1 and a useful life that is not a positive whole number, naming the field', () => {
    const result = parseScenario({
      name: 'bad',
      demand: { contactsPerMonth: 1 },
      humanCostPerContact: 1,
      options: [{ ...build, capitalizedShare: 1.5, usefulLifeMonths: 0.5 }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.value])).toEqual([
      ['options[0].capitalizedShare', 1.5],
      ['options[0].usefulLifeMonths', 0.5],
    ]);
  });
});

describe('accounting view of prepaid credit and a switch', () => {
  it('books a prepayment as an asset, expensed as drawn and written off when it expires', () => {
    // 100 contacts, half resolved at $1: 50 of usage a month. A 3-month horizon prorates the
    // $1,200 prepayment to 300 in month 1; 150 is drawn and the 150 left expires at month 3.
    const r = evaluateOne(
      {
        kind: 'vendor',
        name: 'Prepaid',
        resolutionRate: 0.5,
        charges: { unit: 'outcome', price: 1, prepaid: { annualAmount: 1200 } },
      },
      { demand: { contactsPerMonth: 100 } },
    );
    expect(months(r.schedule.total)).toEqual([400, 100, 100]);
    expectBooks(
      r,
      [150, 150, 300],
      { cash: 600, expense: 600, amortization: 0, ebitdaCost: 600 },
      0,
    );
  });

  it('amortises the build part of a switch from the build’s go-live, whatever the switch month', () => {
    const result = evaluateScenario(
      smallScenario(
        [
          vendor({ unit: 'outcome', price: 1 }),
          { ...build, capitalizedShare: 1, usefulLifeMonths: 4 },
          { kind: 'switch', name: 'Switch', vendor: 'Vendor', build: 'Build', switchMonth: 4 },
        ],
        { horizonMonths: 5 },
      ),
    );
    const [, b, sw] = result.options;
    // K = 3,000 over 4 months from month 3 (B = 2): 750 a month in months 3..5 for both
    expect(months(sw.accounting.amortization)).toEqual([0, 0, 750, 750, 750]);
    expect(months(sw.accounting.amortization)).toEqual(months(b.accounting.amortization));
    months(sw.accounting.expense).forEach((e, i) =>
      expect(e).toBeCloseTo(
        sw.schedule.total[i] - sw.schedule.buildSpend[i] + sw.accounting.amortization[i],
        9,
      ),
    );
    expect(sw.accounting.bookValueAtHorizon).toBe(750);
  });
});
