import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countWithDuckdb } from '../../src/reconcile/duckdb/count-with-duckdb';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import { columnName } from '../../src/reconcile/table/column-names';
import { monthCounts } from '../support/reconcile-month-counts';

// Exports from help-desk tools have headers such as "Ticket Status"; a definition names them
// with underscores, and the SQL goes back to the export's own names.
const CSV = [
  'Created at,Ticket Status,CSAT (1-5),Reopen Days,Billed?',
  '2025-01-03,closed,5,,yes',
  '2025-01-04,closed,2,,yes',
  '2025-02-01,open,5,,no',
  '2025-02-02,closed,4,30,yes',
].join('\n');
const DEFINITION =
  'Ticket_Status == "closed" and CSAT_1_5 >= 4 and (isblank(Reopen_Days) or Reopen_Days > 14)';
const dir = mkdtempSync(join(tmpdir(), 'crossover-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('headers that are not names', () => {
  it.each([
    ['status', 'status'],
    ['Ticket Status', 'Ticket_Status'],
    ['CSAT (1-5)', 'CSAT_1_5'],
    ['Billed?', 'Billed'],
    ['2nd reply', '_2nd_reply'],
    ['  résolu ', 'résolu'],
  ])('%s is %s', (header, name) => expect(columnName(header)).toBe(name));

  it('are used by their names in process and in DuckDB, with the same counts', async () => {
    const settings = reconcileSettings({
      definition: DEFINITION,
      price: 1,
      periodColumn: 'Created at',
      billedColumn: 'Billed?',
    });
    const { counts } = reconcileCsvText(CSV, 'tickets.csv', settings);
    const none: [number, number] = [0, 0];
    expect(counts).toEqual([
      monthCounts('2025-01', { contacts: 2, vendorCount: 2, buyerCount: 1, both: 1 }, [
        none,
        [1, 1],
        none,
      ]),
      monthCounts('2025-02', { contacts: 2, vendorCount: 1, buyerCount: 1, both: 1 }, [
        none,
        none,
        none,
      ]),
    ]);
    const file = join(dir, 'tickets.csv');
    writeFileSync(file, CSV);
    const duck = await countWithDuckdb(file, settings);
    expect(duck.counts).toEqual(counts);
    expect(duck.sql).toContain('"Ticket Status"');
    expect(duck.sql).toContain('"Billed?"');
  });

  it('two headers with the same name are refused', () => {
    const settings = reconcileSettings({ definition: 'a_b > 1', price: 1 });
    expect(() =>
      reconcileCsvText('a b,a_b,period,vendor_billed\n1,2,2025-01,1', 'x.csv', settings),
    ).toThrow(/the headers "a b" and "a_b" would both be called a_b/);
  });
});
