import { readFileSync } from 'node:fs';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { describe, expect, it } from 'vitest';
import { FunctionError } from '../../functions/errors';
import { buyerCount, reconcile, RECONCILE_HEADER } from '../../functions/reconcile';

/** The #VALUE! error a function returned, for its message. */
function valueError(result: unknown): string {
  expect(result).toBeInstanceOf(FunctionError);
  expect((result as FunctionError).kind).toBe('value');
  return (result as FunctionError).message;
}
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { readCsvColumns } from '../../src/reconcile/table/csv';

// An Excel range as the runtime passes it: numbers typed, dates as serial numbers, text as text.
const GRID = [
  ['period', 'status', 'reopen_days', 'csat', 'vendor_billed'],
  [45658, 'closed', '', 5, 1], // 2025-01-01, outcome, billed
  [45660, 'closed', 3, 5, 1], // reopened: billed, not an outcome
  [45670, 'open', '', 4, 0],
  [45689, 'closed', 20, 4, 1], // 2025-02-01, outcome, billed
  [45700, 'closed', '', 4, 0], // outcome, not billed
  [45701, 'closed', '', 2, 1], // billed, not an outcome
];

describe('OUTCOME.BUYERCOUNT', () => {
  it('counts the rows meeting the definition', () => {
    expect(buyerCount(GRID, GENERATOR_DEFINITION)).toBe(3);
    expect(buyerCount(GRID, 'status == "open"')).toBe(1);
  });
  it('names the argument in its errors', () => {
    expect(valueError(buyerCount(GRID, 'stat == "open"'))).toMatch(
      /^definition: unknown column "stat" at character 1 .*available columns: period, status/,
    );
    expect(valueError(buyerCount(GRID, ''))).toMatch(/definition must be text/);
    expect(valueError(buyerCount('A1' as unknown as unknown[][], 'csat > 1'))).toMatch(
      /table must be a range with a header row/,
    );
  });
});

describe('OUTCOME.RECONCILE', () => {
  it('spills a header, one row per month and a total', () => {
    const rows = reconcile(GRID, GENERATOR_DEFINITION, 2, 0.1);
    expect(rows[0]).toEqual([...RECONCILE_HEADER]);
    expect(rows.map((r) => r[0])).toEqual([
      'month',
      '2025-01',
      '2025-02',
      'total',
      '',
      'clause (billed, not outcome)',
      'status == "closed"',
      '(isblank(reopen_days) or reopen_days > 14)',
      'csat >= 4',
      'less: outcomes not billed',
      'vendor − buyer',
    ]);
    expect(rows.every((r) => r.length === RECONCILE_HEADER.length)).toBe(true);
    const [, jan, feb, total] = rows;
    // January: 2 billed, 1 outcome: effective 2 * 2 / 1, overcharge 2, 100% over -> buyer billed
    // two months cannot be judged for drift: the alarm cell is empty
    expect(jan).toEqual(['2025-01', 3, 2, 1, 1, 1, 0, 4, 2, 'yes', 1, 2, '']);
    // February: 2 billed, 2 outcomes, 1 in common: no overcharge, within tolerance
    expect(feb).toEqual(['2025-02', 3, 2, 2, 1, 1, 1, 2, 0, 'no', 2, 4, '']);
    expect(total).toEqual(['total', 6, 4, 3, 2, 2, 1, 8 / 3, 2, 'yes', 3, 6, '']);
  });
  it('spills the gap clause by clause under the total, adding up to the overcharge', () => {
    const rows = reconcile(GRID, GENERATOR_DEFINITION, 2, 0.1).slice(6);
    const blank = Array(RECONCILE_HEADER.length - 4).fill('');
    // the reopened row fails the reopen clause first, the csat 2 row the csat clause
    expect(rows).toEqual([
      ['status == "closed"', 0, 0, 0, ...blank],
      ['(isblank(reopen_days) or reopen_days > 14)', 1, 1, 2, ...blank],
      ['csat >= 4', 1, 1, 2, ...blank],
      ['less: outcomes not billed', -1, '', -2, ...blank],
      ['vendor − buyer', 1, '', 2, ...blank],
    ]);
  });
  it('uses the default tolerance and named columns when asked', () => {
    const renamed = [['when', ...GRID[0].slice(1, 4), 'billed'], ...GRID.slice(1)];
    const rows = reconcile(renamed, GENERATOR_DEFINITION, 2, undefined, 'when', 'billed');
    expect(rows.find((r) => r[0] === 'total')![2]).toBe(4);
  });
  it('agrees with the CLI on the committed example', () => {
    const csv = readCsvColumns(readFileSync('examples/events/support-desk.csv', 'utf8'));
    const grid: unknown[][] = [csv.header];
    for (let i = 0; i < csv.rowCount; i++)
      grid.push(
        csv.header.map((h) => {
          const cell = csv.columns.get(h)![i];
          return cell !== '' && /^\d+$/.test(cell) ? Number(cell) : cell;
        }),
      );
    const total = reconcile(grid, GENERATOR_DEFINITION, 0.99).find((r) => r[0] === 'total')!;
    expect(total[2]).toBe(41_000);
    expect(total[3]).toBe(27_000);
  });
  it.each([
    [[GRID, 'csat > 1', -1], /price must be a number >= 0, got -1/],
    [[GRID, 'csat > 1', 'x'], /price must be a number >= 0, got "x"/],
    [[GRID, 'csat > 1', 1, -0.5], /tolerance must be a number >= 0, got -0.5/],
    [
      [GRID, 'csat > 1', 1, 0.1, 'month'],
      /^period_column: period column "month" is not in table; available columns: period/,
    ],
    [
      [
        [
          ['period', 'vendor_billed'],
          [45658, 'perhaps'],
        ],
        'true',
        1,
      ],
      /^billed_column: billed column "vendor_billed", data row 1: .*"perhaps"/,
    ],
    [
      [
        [
          ['period', 'vendor_billed'],
          [45658, 2],
        ],
        'true',
        1,
      ],
      /^billed_column: billed column "vendor_billed", data row 1: expected 1\/0, true\/false or yes\/no, got 2$/,
    ],
  ])('refuses %j', (args, message) => {
    expect(valueError((reconcile as (...a: unknown[]) => unknown)(...args))).toMatch(message);
  });
});

describe('OUTCOME.RECONCILE reads a period of Excel serial dates', () => {
  const table = (...serials: number[]) => [
    ['period', 'vendor_billed'],
    ...serials.map((s) => [s, 1]),
  ];
  it.each([1e308, 3_000_000, -1_000_000, 0, 0.5, 60, 2_958_466])(
    '%d is no Excel date: #VALUE! naming period_column',
    (serial) => {
      expect(valueError(reconcile(table(45658, serial), 'true', 1))).toBe(
        `period_column: period column "period", data row 2: ${serial} is not an Excel date (serial numbers 1 to 2958465, 1900-01-01 to 9999-12-31, except 60, Excel's 1900-02-29)`,
      );
    },
  );
  it('reads the first and last serials Excel shows, either side of its 1900-02-29', () => {
    const rows = reconcile(table(1, 59, 61, 45688.75, 2_958_465), 'true', 1);
    const months = rows.slice(0, rows.findIndex((r) => r[0] === 'total') + 1).map((r) => r[0]);
    expect(months).toEqual([
      'month',
      '1900-01',
      '1900-02',
      '1900-03',
      '2025-01',
      '9999-12',
      'total',
    ]);
  });
  it('a named period column of serials is read as dates however its header is written', () => {
    const grid = [
      ['Created at', 'vendor_billed'],
      [45689, 1],
    ];
    expect(reconcile(grid, 'true', 1, 0.05, 'Created at')[1][0]).toBe('2025-02');
  });
});

describe('OUTCOME.RECONCILE without a period column', () => {
  it('uses the only column of dates or months and names it in the header', () => {
    const grid = [
      ['opened', 'vendor_billed', 'note'],
      ['2025-01-03', 1, 'a'],
      ['2025-02', 0, 'b'],
    ];
    const rows = reconcile(grid, 'true', 1);
    expect(rows.slice(0, 4).map((r) => r[0])).toEqual([
      'month (from opened)',
      '2025-01',
      '2025-02',
      'total',
    ]);
    expect(rows[0].slice(1)).toEqual(RECONCILE_HEADER.slice(1));
  });
  it('names the candidates when there are several, and says when there is none', () => {
    const two = [
      ['opened', 'closed', 'vendor_billed'],
      ['2025-01-03', '2025-01-04', 1],
    ];
    expect(valueError(reconcile(two, 'true', 1))).toBe(
      'period_column: period column "period" is not in table, and several of its columns hold dates or months (opened, closed): name the period column',
    );
    expect(
      valueError(
        reconcile(
          [
            ['note', 'vendor_billed'],
            ['x', 1],
          ],
          'true',
          1,
        ),
      ),
    ).toBe(
      'period_column: period column "period" is not in table, and no column of it holds dates or months; available columns: note, vendor_billed',
    );
  });
  it('a period column named but missing is refused, not replaced', () => {
    const grid = [
      ['opened', 'vendor_billed'],
      ['2025-01-03', 1],
    ];
    expect(valueError(reconcile(grid, 'true', 1, 0.05, 'when'))).toMatch(
      /^period_column: period column "when" is not in table; available columns: opened, vendor_billed$/,
    );
  });
});

describe('custom-functions metadata', () => {
  it('the JSDoc tags register both functions with a matrix table and a spilled result', async () => {
    const generated = await generateCustomFunctionsMetadata('functions/reconcile.ts');
    expect(generated.errors).toEqual([]);
    const { functions } = JSON.parse(generated.metadataJson);
    expect(functions.map((f: { id: string }) => f.id)).toEqual(['BUYERCOUNT', 'RECONCILE']);
    const [count, spill] = functions;
    expect(count.parameters[0]).toMatchObject({ name: 'table', dimensionality: 'matrix' });
    expect(count.result).toEqual({ type: 'number' });
    expect(
      spill.parameters.map((p: { name: string; optional?: boolean }) => [p.name, !!p.optional]),
    ).toEqual([
      ['table', false],
      ['definition', false],
      ['price', false],
      ['tolerance', true],
      ['period_column', true],
      ['billed_column', true],
    ]);
    expect(spill.result).toEqual({ dimensionality: 'matrix' });
  });
});
