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
