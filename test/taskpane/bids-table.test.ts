import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/load';
import { bidsToOptions, seriesFromRange, type BidsTable } from '../../taskpane/office/bids-table';

const scenarioWith = (options: unknown[]) => ({
  name: 'Bids',
  demand: { contactsPerMonth: 1000 },
  humanCostPerContact: 4,
  options,
});

/**
 * A Bids table from rows written as header -> cell: the headers in the order the rows first name
 * them, a cell a row does not name left blank ('').
 */
function bidsTable(rows: Record<string, unknown>[]): BidsTable {
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return { headers, rows: rows.map((row) => headers.map((h) => (h in row ? row[h] : ''))) };
}

/** The cells of a vendor row at $0.99 per outcome with a 55% resolution rate. */
const VENDOR_CELLS = { Kind: 'vendor', Unit: 'outcome', Price: 0.99, 'Resolution rate': 0.55 };

const BUILD_ROW = {
  Name: 'Build',
  Kind: 'build',
  'Resolution rate': 0.5,
  'Build cost': 600000,
  'Build months': 6,
  'Run fixed monthly': 35000,
  'Marginal per contact': 0.18,
};

describe('Bids table', () => {
  it('turns rows into options the engine accepts, leaving blanks to the defaults', () => {
    const { options, problems } = bidsToOptions(
      bidsTable([
        { Name: 'Per resolution', ...VENDOR_CELLS, 'Drift annual': 0.18 },
        {
          Name: 'Capped',
          Unit: 'Outcome',
          Price: '0.8',
          'Resolution rate': 0.5,
          'Annual cap': 180000,
        },
        BUILD_ROW,
        {},
      ]),
    );
    expect(problems).toEqual([]);
    expect(options).toEqual([
      {
        name: 'Per resolution',
        kind: 'vendor',
        charges: { unit: 'outcome', price: 0.99 },
        resolutionRate: 0.55,
        overcount: { driftAnnual: 0.18 },
      },
      {
        name: 'Capped',
        kind: 'vendor',
        charges: { unit: 'outcome', price: 0.8, annualCap: 180000 },
        resolutionRate: 0.5,
      },
      {
        name: 'Build',
        kind: 'build',
        resolutionRate: 0.5,
        buildCost: 600000,
        buildMonths: 6,
        runFixedMonthly: 35000,
        marginalPerContact: 0.18,
      },
    ]);
    expect(parseScenario(scenarioWith(options)).ok).toBe(true);
  });

  it('reads the new vendor terms, a capitalised build and a switch row (buy then build)', () => {
    const { options, problems } = bidsToOptions(
      bidsTable([
        {
          Name: 'Locked',
          ...VENDOR_CELLS,
          'Price lock months': 3,
          'Price lock monthly ceiling': 20000,
          'Prepaid annual amount': 120000,
          'Prepaid rollover share': '25%',
        },
        {
          ...BUILD_ROW,
          'Capitalized share': 0.6,
          'Useful life months': 48,
        },
        {
          Name: 'Buy then build',
          Kind: 'Switch',
          'Resolution rate': 0.5,
          'Price lock months': 2,
          'Build cost': 1,
          Vendor: 'Locked',
          Build: 'Build',
          'Switch month': 9,
          'Exit fee': 25000,
        },
      ]),
    );
    expect(problems).toEqual([]);
    expect(options[0]).toEqual({
      name: 'Locked',
      kind: 'vendor',
      resolutionRate: 0.55,
      charges: {
        unit: 'outcome',
        price: 0.99,
        priceLock: { months: 3, monthlyCeiling: 20000 },
        prepaid: { annualAmount: 120000, rolloverShare: '25%' },
      },
    });
    expect(options[1]).toMatchObject({ capitalizedShare: 0.6, usefulLifeMonths: 48 });
    // a switch row keeps only what a switch option has
    expect(options[2]).toEqual({
      name: 'Buy then build',
      kind: 'switch',
      vendor: 'Locked',
      build: 'Build',
      switchMonth: 9,
      exitFee: 25000,
    });
    // the rollover share as text reaches the engine, which names it
    const parsed = parseScenario(scenarioWith(options));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems.map((p) => p.path)).toEqual([
        'options[0].charges.prepaid.rolloverShare',
      ]);
    (options[0].charges as { prepaid: { rolloverShare: unknown } }).prepaid.rolloverShare = 0.25;
    expect(parseScenario(scenarioWith(options)).ok).toBe(true);
  });

  it('reports unknown columns and leaves bad cells for the engine to name', () => {
    const { options, problems } = bidsToOptions({
      headers: ['Name', 'Unit', 'Price', 'Colour'],
      rows: [['V', 'outcome', 'cheap', 'red']],
    });
    expect(problems).toEqual(['Bids table: unknown column "Colour"']);
    const parsed = parseScenario(scenarioWith(options.map((o) => ({ ...o, resolutionRate: 0.5 }))));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems.map((p) => p.path)).toContain('options[0].charges.price');
      expect(parsed.problems.find((p) => p.path === 'options[0].charges.price')?.value).toBe(
        'cheap',
      );
    }
  });

  it('needs a Name column', () => {
    expect(bidsToOptions({ headers: ['Price'], rows: [] }).problems).toContain(
      'Bids table: a "Name" column is required',
    );
  });

  it('reads a selected range as a series and names the first cell that is not a number', () => {
    expect(
      seriesFromRange([
        [1, 2],
        ['3', ''],
        [4.5, null],
      ]),
    ).toEqual([1, 2, 3, 4.5]);
    expect(() => seriesFromRange([[1], ['many']])).toThrow(/row 2, column 1 holds "many"/);
    expect(() => seriesFromRange([['']])).toThrow(/no numbers/);
  });
});
