import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluate';
import {
  buildExhibit,
  exhibitColumns,
  exhibitMarkdown,
  idColumnOf,
  type ExhibitInput,
} from '../../src/exhibit/index';
import { plainReading } from '../../src/exhibit/plain-reading';
import { checkDefinition } from '../../src/reconcile/definition/check';
import { reconcileSettings, type ReconcileSettings } from '../../src/reconcile/settings';
import { DIALECTS } from '../../src/reconcile/sql/dialects';
import { tableFromCsv } from '../../src/reconcile/table/from-csv';
import { parseScenarioText } from '../../src/scenario/load';
import { formatMoney, formatNumber } from '../../src/text/format';
import { runInProcess } from '../cli/run-cli';
import { DEFINITION, HIDDEN, generatedCsv, reconcileOneRow } from './support';

function exhibitOf(csv: string, settings: ReconcileSettings, extra: Partial<ExhibitInput> = {}) {
  const { table, allColumns } = tableFromCsv(csv, 'hidden.csv', exhibitColumns(settings));
  return buildExhibit({
    settings,
    dialects: [...DIALECTS],
    tableName: 'events',
    currency: 'USD',
    pilot: { table, allColumns, idColumn: idColumnOf(allColumns) },
    ...extra,
  });
}

/** The generator's columns, evaluated here by hand: DOMAIN.md's definition, not ours. */
function byHand(line: string) {
  const [, period, , status, reopen, csat, , billed] = line.split(',');
  const outcome =
    status === 'closed' &&
    (reopen === '' || Number(reopen) > 14) &&
    csat !== '' &&
    Number(csat) >= 4;
  return { month: period.slice(0, 7), outcome, billed: billed === '1' };
}

const relativeClose = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe('the exhibit on an export it never saw', () => {
  const csv = generatedCsv(HIDDEN);
  const lines = csv.trimEnd().split('\n');
  const header = lines[0];
  const billedIndex = header.split(',').indexOf('vendor_billed');
  const settings = reconcileSettings({ definition: DEFINITION, price: 0.85, tolerance: 0.1 });
  const model = exhibitOf(csv, settings);

  it('numbers every clause with its plain reading', () => {
    expect(model.outcome.clauses).toEqual([
      { number: 1, expression: 'status == "closed"', reading: `the contact's status is "closed"` },
      {
        number: 2,
        expression: '(isblank(reopen_days) or reopen_days > 14)',
        reading:
          "either the contact's reopen days is blank, or the contact's reopen days is more than 14",
      },
      { number: 3, expression: 'csat >= 4', reading: "the contact's csat is at least 4" },
    ]);
  });

  it('gives per clause the first row failing it first, and the first outcome, as reconcile decides row by row', () => {
    const last = Math.max(...model.vectors!.rows.map((r) => r.dataRow));
    const first = new Map<number | null, number>();
    for (let row = 1; row <= last; row++) {
      const decided = reconcileOneRow(header, lines[row], billedIndex, DEFINITION);
      const key = decided.outcome ? null : decided.firstFailingClause;
      if (!first.has(key)) first.set(key, row);
    }
    expect(model.vectors!.missing).toEqual([]);
    expect(model.vectors!.rows.map((r) => [r.failsClause, r.dataRow])).toEqual(
      [1, 2, 3, null].map((clause) => [clause, first.get(clause)]),
    );
    for (const r of model.vectors!.rows) {
      const cells = lines[r.dataRow].split(',');
      expect(r.billed).toBe(cells[billedIndex] === '1');
      expect(r.outcome).toBe(r.failsClause === null);
      expect(r.cells.contact_id).toBe(cells[0]);
      expect(r.cells.period).toBe(cells[1]);
      expect(r.decision).toContain(r.billed ? 'billed by the vendor' : 'not billed');
    }
  });

  it('applies the tolerance clause month by month as DOMAIN.md says, and bills the corrected invoice', () => {
    const months = new Map<string, { vendor: number; buyer: number }>();
    for (const line of lines.slice(1)) {
      const { month, outcome, billed } = byHand(line);
      const m = months.get(month) ?? { vendor: 0, buyer: 0 };
      m.vendor += billed ? 1 : 0;
      m.buyer += outcome ? 1 : 0;
      months.set(month, m);
    }
    const applies = [...months.values()].map((m) => Math.abs(m.vendor - m.buyer) / m.buyer > 0.1);
    const corrected = [...months.values()].reduce(
      (s, m, i) => s + 0.85 * (applies[i] ? m.buyer : m.vendor),
      0,
    );
    const pilot = model.reclassification.pilot!;
    expect(pilot.months).toBe(HIDDEN.months);
    expect(pilot.monthsApplied).toBe(applies.filter(Boolean).length);
    relativeClose(pilot.correctedInvoice, corrected);
    expect(model.reclassification.text).toContain('10.0%');
  });

  it("states the pilot's counts, overcharge and measured drift with its interval", () => {
    const all = lines.slice(1).map(byHand);
    const vendor = all.filter((r) => r.billed).length;
    const buyer = all.filter((r) => r.outcome).length;
    const text = model.pilot!.lines.join('\n');
    expect(text).toContain(`the vendor counted ${formatNumber(vendor)} outcomes`);
    expect(text).toContain(`the buyer's definition finds ${formatNumber(buyer)}`);
    expect(text).toContain(
      `Overcharge at $0.8500 per outcome: ${formatMoney(0.85 * (vendor - buyer), 'USD', 0)}`,
    );
    expect(text).toMatch(/drift -?\d+\.\d% a year \(-?\d+\.\d% to -?\d+\.\d%\), from 9 months/);
  });

  it('names the columns of the raw-event export: id, period, what the definition reads, the billed flag', () => {
    expect(model.rawExport.columns).toEqual([
      'contact_id',
      'period',
      'status',
      'reopen_days',
      'csat',
      'vendor_billed',
    ]);
  });

  it('holds the query `crossover sql` prints, for every dialect', async () => {
    for (const q of model.queries) {
      const { stdout } = await runInProcess([
        'sql',
        '--dialect',
        q.dialect,
        '--definition',
        DEFINITION,
      ]);
      expect(q.sql).toBe(stdout.trimEnd());
    }
    expect(model.queries.map((q) => q.dialect)).toEqual([...DIALECTS]);
  });
});

describe("the pilot's figures by DOMAIN.md's fit rules", () => {
  it('say why three months cannot tell the drift, and that two give no fit', () => {
    const settings = reconcileSettings({ definition: DEFINITION, price: 1 });
    const three = exhibitOf(generatedCsv({ ...HIDDEN, months: 3 }), settings);
    expect(three.pilot!.lines.join('\n')).toMatch(
      /Drift cannot be told from 3 months: 95% interval -?[\d,]+% to \+?[\d,]+%\./,
    );
    const two = exhibitOf(generatedCsv({ ...HIDDEN, months: 2 }), settings);
    expect(two.pilot!.lines.at(-1)).toBe(
      'No drift measured: estimating drift needs at least 3 months with both counts above zero, got 2.',
    );
  });
});

describe('the exhibit on small exports', () => {
  it('says which clause no row fails first', () => {
    const csv = 'id,period,a,b,vendor_billed\n1,2025-01-01,1,1,1\n2,2025-01-02,0,1,0\n';
    const model = exhibitOf(csv, reconcileSettings({ definition: 'a == 1 and b == 1', price: 1 }));
    expect(model.vectors!.rows.map((r) => [r.failsClause, r.dataRow])).toEqual([
      [1, 2],
      [null, 1],
    ]);
    expect(model.vectors!.missing).toEqual([2]);
    expect(model.warnings).toEqual([
      'no row of hidden.csv fails clause 2 (b == 1) first: the exhibit has no test vector for it',
    ]);
  });

  it("counts the vendor's rule as its count when the export has no billed flag", () => {
    const csv = 'ticket_id,period,status,csat\nT1,2025-01-01,closed,2\nT2,2025-01-02,open,5\n';
    const settings = reconcileSettings({
      definition: 'status == "closed" and csat >= 4',
      price: 1,
      vendorDefinition: 'status == "closed"',
    });
    const model = exhibitOf(csv, settings);
    expect(model.vectors!.rows).toMatchObject([
      { failsClause: 1, dataRow: 2, billed: false, cells: { ticket_id: 'T2' } },
      { failsClause: 2, dataRow: 1, billed: true, cells: { ticket_id: 'T1' } },
    ]);
    expect(model.vectors!.missing).toEqual([3]);
    expect(model.outcome.vendorDefinition).toBe('status == "closed"');
    expect(model.vectors!.columns).toEqual(['ticket_id', 'period', 'status', 'csat']);
    expect(model.rawExport.columns).toEqual([
      'ticket_id',
      'period',
      'status',
      'csat',
      'vendor_billed',
    ]);
  });
});

describe('the Markdown of cells an export may hold', () => {
  it('keeps each vector one row of the table, with no HTML and the pipe shown', () => {
    const csv =
      'id,period,ok,status,vendor_billed\n1,2025-01-01,1,"a|b<script>x</script>",1\n2,2025-01-02,0,"two\nlines",0\n';
    const md = exhibitMarkdown(
      exhibitOf(csv, reconcileSettings({ definition: 'ok == 1 and status != "z"', price: 1 })),
    );
    const rows = md.split('\n').filter((l) => /^\| ([12]) \| \1 \| /.test(l));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(9);
    expect(md).not.toContain('<script>');
    expect(md).toContain('a\\|b&lt;script>x&lt;/script>');
    expect(md).toContain('two lines');
  });
});

describe('plain readings', () => {
  const schema = new Map([
    ['channel', 'string'],
    ['csat', 'number'],
    ['opened', 'date'],
    ['closed', 'date'],
  ] as const);
  it.each([
    ['channel in ("chat", "email")', `the contact's channel is one of "chat", "email"`],
    ['channel not in ("voice")', `the contact's channel is none of "voice"`],
    ['not isblank(csat)', "the contact's csat is not blank"],
    [
      'days_between(opened, closed) <= 3',
      "the whole days from the contact's opened to the contact's closed is at most 3",
    ],
    ['closed >= "2025-02-01"', "the contact's closed is at least 2025-02-01"],
    ['lower(channel) != "chat"', `the contact's channel in lower case is not "chat"`],
  ])('%s', (definition, reading) => {
    expect(plainReading(checkDefinition(definition, schema).expr)).toBe(reading);
  });
});

describe('the bid section', () => {
  const text = readFileSync('examples/support-team.json', 'utf8');
  const loaded = parseScenarioText(text);
  if (!loaded.ok) throw new Error('examples/support-team.json does not load');
  const scenario = loaded.scenario;
  const result = evaluateScenario(scenario);
  const settings = reconcileSettings({ definition: DEFINITION, price: 0.99 });
  const model = buildExhibit({
    settings,
    dialects: ['duckdb'],
    tableName: 'events',
    currency: 'USD',
    bid: { scenario, result, option: 'Per resolution', source: 'support-team.json' },
  });

  it('prices the ask on the buyer count as DOMAIN.md defines priceToAsk', () => {
    const i = scenario.options.findIndex((o) => o.name === 'Per resolution');
    const o = result.options[i];
    const option = scenario.options[i];
    if (option.kind !== 'vendor') throw new Error('not a vendor');
    relativeClose(
      model.bid!.priceToAsk!,
      (option.charges.price! * o.trueOutcomes) / o.vendorCountedOutcomes,
    );
    expect(model.bid!.asks.length).toBeGreaterThan(0);
    expect(model.bid!.lines.join('\n')).toContain(formatMoney(model.bid!.priceToAsk!, 'USD', 4));
  });

  it('refuses an option that is not a vendor, naming it', () => {
    expect(() =>
      buildExhibit({
        settings,
        dialects: ['duckdb'],
        tableName: 'events',
        currency: 'USD',
        bid: { scenario, result, option: 'Build in-house', source: 'support-team.json' },
      }),
    ).toThrow(
      /option "Build in-house" is not a vendor option of support-team.json; vendor options: Per resolution/,
    );
  });

  it('says what is missing without a pilot export', () => {
    expect(model.vectors).toBeNull();
    expect(model.pilot).toBeNull();
    expect(model.reclassification.pilot).toBeNull();
  });
});
