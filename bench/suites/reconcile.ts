import { existsSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { largeExportSettings, writeEventsSync } from '../../scripts/generate-events';
import { countWithDuckdb, duckdbSource } from '../../src/reconcile/duckdb/count-with-duckdb';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import type { MonthlyCounts } from '../../src/reconcile/monthly-counts';
import { reconcileCounts } from '../../src/reconcile/reconcile-counts';
import { reconcileCsvFile } from '../../src/reconcile/reconcile-file';
import { reconcileSettings } from '../../src/reconcile/settings';
import type { Figure } from '../run';
import { alternatingMedianMs, medianMs } from '../timing';

const DATA = fileURLToPath(new URL('../data/', import.meta.url));

/** A generated export of `rows` contacts in bench/data (gitignored), written once and reused. */
function eventsFile(rows: number, name: string): string {
  const path = `${DATA}${name}`;
  if (!existsSync(path)) {
    console.log(`generating ${path} (${rows.toLocaleString('en-US')} rows, once)`);
    writeEventsSync(largeExportSettings(rows), `${path}.partial`);
    renameSync(`${path}.partial`, path);
  }
  return path;
}

const HAND_WRITTEN = (from: string) => `
  SELECT strftime(period, '%Y-%m') AS month,
    count(*) AS contacts,
    count(*) FILTER (WHERE vendor_billed = 1) AS vendor_count,
    count(*) FILTER (WHERE status = 'closed' AND (reopen_days IS NULL OR reopen_days > 14) AND csat >= 4) AS buyer_count,
    count(*) FILTER (WHERE vendor_billed = 1 AND status = 'closed' AND (reopen_days IS NULL OR reopen_days > 14) AND csat >= 4) AS both_count
  FROM ${from} GROUP BY 1 ORDER BY 1`;

async function handWritten(path: string): Promise<MonthlyCounts[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(HAND_WRITTEN(duckdbSource(path)));
    return reader.getRowObjectsJS().map((r) => ({
      month: String(r.month),
      contacts: Number(r.contacts),
      vendorCount: Number(r.vendor_count),
      buyerCount: Number(r.buyer_count),
      both: Number(r.both_count),
    }));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The four plain counts agree (the hand-written query has no clause counts). */
function sameCounts(a: MonthlyCounts[], b: MonthlyCounts[], what: string) {
  const plain = (counts: MonthlyCounts[]) =>
    JSON.stringify(counts.map((c) => [c.month, c.contacts, c.vendorCount, c.buyerCount, c.both]));
  if (plain(a) !== plain(b)) throw new Error(`${what}: the counts differ`);
}

export default async function reconcile(): Promise<Figure[]> {
  const settings = reconcileSettings({ definition: GENERATOR_DEFINITION, price: 0.99 });
  // a loaded machine must not turn the 10M-row figure into a time-limit error
  const duckSettings = { ...settings, timeLimitMs: 600_000 };
  const million = eventsFile(1_000_000, 'events-1m.csv');
  const tenMillion = eventsFile(10_000_000, 'events-10m.csv');

  // in process and the hand-written query take turns, so that load changing over the run
  // weighs on both sides of their ratio alike
  let inProcess: MonthlyCounts[] = [];
  let handMillion: MonthlyCounts[] = [];
  const [inProcessMs, handMillionMs] = await alternatingMedianMs(
    [
      () => {
        const outcome = reconcileCsvFile(million, settings);
        inProcess = outcome.counts;
        return outcome.reconciliation;
      },
      async () => (handMillion = await handWritten(million)),
    ],
    7,
  );
  const plainInProcessMs = await medianMs(
    () => reconcileCsvFile(million, { ...settings, clauses: false }).reconciliation,
    5,
  );
  const duckClausesMs = await medianMs(() => countWithDuckdb(million, duckSettings), 5);
  const duckPlainMs = await medianMs(
    () => countWithDuckdb(million, { ...duckSettings, clauses: false }),
    5,
  );
  sameCounts(inProcess, handMillion, '1M rows, in process vs hand-written SQL');

  let compiled: MonthlyCounts[] = [];
  const duckMs = await medianMs(async () => {
    compiled = (await countWithDuckdb(tenMillion, duckSettings)).counts;
    return reconcileCounts(compiled, settings.price, settings.tolerance);
  }, 3);
  let hand: MonthlyCounts[] = [];
  const handMs = await medianMs(async () => (hand = await handWritten(tenMillion)), 3);
  sameCounts(compiled, hand, '10M rows, compiled vs hand-written SQL');

  return [
    {
      name: 'reconcile 1,000,000-row CSV in process (stream, parse, evaluate)',
      value: inProcessMs,
      unit: 'ms',
      budget: '<= 2000',
    },
    {
      name: 'hand-written DuckDB SQL, same count, same 1M-row file',
      value: handMillionMs,
      unit: 'ms',
    },
    {
      name: 'ratio in process / hand-written DuckDB SQL (1M rows)',
      value: inProcessMs / handMillionMs,
      unit: 'x',
      budget: '<= 2',
    },
    {
      name: 'clause counts: in process with / without them (1M rows)',
      value: inProcessMs / plainInProcessMs,
      unit: 'x',
      budget: '<= 1.5',
    },
    {
      name: 'clause counts: DuckDB with / without them (1M rows)',
      value: duckClausesMs / duckPlainMs,
      unit: 'x',
      budget: '<= 1.5',
    },
    {
      name: 'reconcile 10,000,000-row CSV through DuckDB (compiled SQL)',
      value: duckMs,
      unit: 'ms',
      budget: '<= 10000',
    },
    { name: 'hand-written DuckDB SQL, same count, same 10M-row file', value: handMs, unit: 'ms' },
    {
      name: 'ratio compiled / hand-written DuckDB SQL (10M rows)',
      value: duckMs / handMs,
      unit: 'x',
    },
  ];
}
