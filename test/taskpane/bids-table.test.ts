import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/index';
import { bidsToOptions, seriesFromRange } from '../../taskpane/office/bids-table';

const scenarioWith = (options: unknown[]) => ({
  name: 'Bids',
  demand: { contactsPerMonth: 1000 },
  humanCostPerContact: 4,
  options,
});

describe('Bids table', () => {
  it('turns rows into options the engine accepts, leaving blanks to the defaults', () => {
    const { options, problems } = bidsToOptions({
      headers: [
        'Name',
        'Kind',
        'Unit',
        'Price',
        'Resolution rate',
        'Drift annual',
        'Annual cap',
        'Build cost',
        'Build months',
        'Run fixed monthly',
        'Marginal per contact',
      ],
      rows: [
        ['Per resolution', 'vendor', 'outcome', 0.99, 0.55, 0.18, '', '', '', '', ''],
        ['Capped', '', 'Outcome', '0.8', 0.5, '', 180000, '', '', '', ''],
        ['Build', 'build', '', '', 0.5, '', '', 600000, 6, 35000, 0.18],
        ['', '', '', '', '', '', '', '', '', '', ''],
      ],
    });
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
    const { options, problems } = bidsToOptions({
      headers: [
        'Name',
        'Kind',
        'Unit',
        'Price',
        'Resolution rate',
        'Price lock months',
        'Price lock monthly ceiling',
        'Prepaid annual amount',
        'Prepaid rollover share',
        'Build cost',
        'Build months',
        'Run fixed monthly',
        'Marginal per contact',
        'Capitalized share',
        'Useful life months',
        'Vendor',
        'Build',
        'Switch month',
        'Exit fee',
      ],
      rows: [
        [
          'Locked',
          'vendor',
          'outcome',
          0.99,
          0.55,
          3,
          20000,
          120000,
          '25%',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ],
        [
          'Build',
          'build',
          '',
          '',
          0.5,
          '',
          '',
          '',
          '',
          600000,
          6,
          35000,
          0.18,
          0.6,
          48,
          '',
          '',
          '',
          '',
        ],
        [
          'Buy then build',
          'Switch',
          '',
          '',
          0.5,
          2,
          '',
          '',
          '',
          1,
          '',
          '',
          '',
          '',
          '',
          'Locked',
          'Build',
          9,
          25000,
        ],
      ],
    });
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
