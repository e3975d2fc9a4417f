// The Office adapter against office-addin-mock: which ranges, formulas, names, tables and
// charts it touches.
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ChartModel, WorkbookModel } from '../../src/export/workbook-model';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenarioText } from '../../src/scenario/load';
import { buildWorkbookContent, workbookForExcel } from '../../taskpane/export/export-seam';
import { cellText } from '../../src/export/escape-text';
import {
  createExcelAdapter,
  SCENARIO_SETTING,
  splitRef,
} from '../../taskpane/office/excel-adapter';

interface RangeRecord {
  key: string;
  address: string;
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  format: { font: Record<string, unknown>; fill: Record<string, unknown>; [k: string]: unknown };
  merge(across: boolean): void;
}

interface SeriesRecord {
  name: string;
  values?: string;
  categories?: string;
  overlap?: number;
  format: {
    line: { color?: string };
    fill: { color?: string; cleared?: boolean; clear(): void; setSolidColor(c: string): void };
  };
  setValues(range: RangeRecord): void;
  setXAxisValues(range: RangeRecord): void;
}

/** A workbook with sheets that already exist, recording everything written to it. */
function workbookMock(
  existingSheets: string[] = [],
  bids?: { headers: unknown[]; rows: unknown[][] },
  /** The Excel table the selection sits in, if any. */
  selectedTable?: unknown[][],
) {
  const log: string[] = [];
  const ranges = new Map<string, RangeRecord>();
  const charts: Record<string, unknown>[] = [];
  const names: { name: string; ref: string }[] = [];
  const sheets = new Set(existingSheets);

  const sheet = (name: string) => ({
    name,
    isNullObject: !sheets.has(name),
    delete() {
      sheets.delete(name);
      log.push(`delete sheet ${name}`);
    },
    activate() {
      log.push(`activate ${name}`);
    },
    getRange(address: string) {
      const key = `${name}!${address}`;
      if (!ranges.has(key))
        ranges.set(key, {
          key,
          address,
          format: { font: {}, fill: {} },
          merge(across: boolean) {
            log.push(`merge ${key}${across ? ' across' : ''}`);
          },
        });
      return ranges.get(key)!;
    },
    getRangeByIndexes(row: number, column: number, rows: number, columns: number) {
      return { row, column, rows, columns };
    },
    freezePanes: {
      freezeAt(range: unknown) {
        log.push(`freeze ${name} ${JSON.stringify(range)}`);
      },
    },
    charts: {
      add(type: string, source: RangeRecord, seriesBy: string) {
        const series: SeriesRecord[] = [];
        const newSeries = (seriesName: string): SeriesRecord => {
          const record: SeriesRecord = {
            name: seriesName,
            format: {
              line: {},
              fill: {
                clear() {
                  record.format.fill.cleared = true;
                },
                setSolidColor(color: string) {
                  record.format.fill.color = color;
                },
              },
            },
            setValues(range: RangeRecord) {
              record.values = range.key;
            },
            setXAxisValues(range: RangeRecord) {
              record.categories = range.key;
            },
          };
          series.push(record);
          return record;
        };
        // Excel makes the first series from the source range.
        newSeries('Series1').values = source.key;
        const chart: Record<string, unknown> = {
          sheet: name,
          type,
          source: source.key,
          seriesBy,
          title: {},
          legend: {
            entries: [] as { visible?: boolean }[],
            legendEntries: {
              getItemAt(i: number) {
                const entries = (chart.legend as { entries: { visible?: boolean }[] }).entries;
                entries[i] ??= {};
                return entries[i];
              },
            },
          },
          axes: {
            categoryAxis: { title: {} },
            valueAxis: {
              title: {},
              setPositionAt(value: number) {
                (chart.axes as { valueAxis: { crossesAt?: number } }).valueAxis.crossesAt = value;
              },
            },
          },
          series: { getItemAt: (i: number) => series[i], add: newSeries, list: series },
          setPosition(from: string, to: string) {
            chart.from = from;
            chart.to = to;
          },
        };
        charts.push(chart);
        return chart;
      },
    },
  });

  const data = {
    context: {
      workbook: {
        bidsHeader: { values: bids ? [bids.headers] : [] },
        bidsBody: { values: bids?.rows ?? [] },
        selection: {
          values: [[100], [''], [120.5], ['130']],
          getTables: (fullyContained: boolean) => {
            log.push(`getTables ${fullyContained}`);
            return {
              getCount: () => ({ value: selectedTable ? 1 : 0 }),
              getFirst: () => ({ getRange: () => mocked().context.workbook.selectedTable }),
            };
          },
        },
        selectedTable: { values: selectedTable ?? [] },
        getSelectedRange() {
          return this.selection;
        },
        tables: {
          getItemOrNullObject: (tableName: string) => ({
            isNullObject: !(bids && tableName === 'Bids'),
            // The mock's own objects, so load() and context.sync() resolve their values.
            getHeaderRowRange: () => mocked().context.workbook.bidsHeader,
            getDataBodyRange: () => mocked().context.workbook.bidsBody,
          }),
        },
        worksheets: {
          getItemOrNullObject: (name: string) => sheet(name),
          getItem: (name: string) => sheet(name),
          add: (name: string) => {
            sheets.add(name);
            log.push(`add sheet ${name}`);
            return sheet(name);
          },
        },
        names: {
          getItemOrNullObject: (name: string) => ({
            isNullObject: !names.some((n) => n.name === name),
            delete: () => log.push(`delete name ${name}`),
          }),
          add: (name: string, ref: string) => names.push({ name, ref }),
        },
      },
    },
    run: async function (batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  type Mock = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
    context: { workbook: Record<string, unknown> };
  };
  const excel = new OfficeMockObject(data) as unknown as Mock;
  const mocked = () => excel;
  const stored = new Map<string, unknown>();
  const settings = {
    get: (key: string) => stored.get(key),
    set: (key: string, value: unknown) => void stored.set(key, value),
    saveAsync: (callback: (result: { status: string }) => void) =>
      callback({ status: 'succeeded' }),
  };
  const adapter = createExcelAdapter({
    run: (batch) => excel.run(batch),
    settings: settings as never,
  });
  return { adapter, log, ranges, charts, names, sheets, stored };
}

const model: WorkbookModel = {
  sheets: [
    {
      name: 'Inputs',
      cells: [
        { ref: 'A1', value: 'Scenario', style: { role: 'title' } },
        { ref: 'A2', value: 'Human cost per contact', style: { role: 'label' } },
        { ref: 'B2', value: 4.5, style: { role: 'input', numFmt: '"$"#,##0.00' } },
        { ref: 'A3', value: '=not a formula', style: { role: 'note' } },
        { ref: 'A4', value: 'Hybrid', style: { role: 'label', fill: 'F28E2B' } },
        {
          ref: 'B4',
          value: 12,
          style: { role: 'output', align: 'right', indent: 1, valign: 'top' },
        },
        {
          ref: 'A5',
          value: 'A note wrapped across the table',
          style: { role: 'note', wrap: true },
        },
      ],
      merges: ['A5:B5'],
      columnWidths: [30, 12],
      freeze: { rows: 1, columns: 0 },
    },
    {
      name: 'Summary',
      cells: [
        { ref: 'A1', value: 'Cost of 1000 contacts', style: { role: 'header' } },
        {
          ref: 'B1',
          formula: 'Inputs!B2*1000',
          result: 4500,
          style: { role: 'output', numFmt: '0.00' },
        },
      ],
    },
  ],
  definedNames: [{ name: 'HumanCostPerContact', ref: 'Inputs!$B$2' }],
};

describe('Excel adapter', () => {
  it('writes every cell of a workbook model: values, formulas, formats and input styling', async () => {
    const wb = workbookMock(['Sheet1', 'Inputs']);
    await wb.adapter.writeWorkbookModel(model);
    expect(wb.log).toContain('delete sheet Inputs');
    expect(wb.log).toContain('add sheet Inputs');
    expect(wb.log).toContain('add sheet Summary');
    expect(wb.sheets.has('Sheet1')).toBe(true);
    // The temporary sheet that keeps the workbook non-empty is gone again.
    expect([...wb.sheets].filter((s) => s.startsWith('Crossover tmp'))).toEqual([]);

    const input = wb.ranges.get('Inputs!B2')!;
    expect(input.values).toEqual([[4.5]]);
    expect(input.numberFormat).toEqual([['"$"#,##0.00']]);
    expect(input.format.fill.color).toBe('#FFF2CC');
    expect(input.format.font.color).toBe('#0000FF');
    expect(wb.ranges.get('Inputs!A1')!.format.font.bold).toBe(true);
    // an explicit fill wins over the role's
    expect(wb.ranges.get('Inputs!A4')!.format.fill.color).toBe('#F28E2B');
    expect(wb.ranges.get('Inputs!B4')!.format).toMatchObject({
      horizontalAlignment: 'Right',
      verticalAlignment: 'Top',
      indentLevel: 1,
    });
    expect(wb.ranges.get('Inputs!A5')!.format.wrapText).toBe(true);
    expect(wb.log).toContain('merge Inputs!A5:B5');
    // Text that Excel would read as a formula is written as text.
    expect(wb.ranges.get('Inputs!A3')!.values).toEqual([["'=not a formula"]]);

    const formula = wb.ranges.get('Summary!B1')!;
    expect(formula.formulas).toEqual([['=Inputs!B2*1000']]);
    expect(formula.values).toBeUndefined();
    expect(formula.numberFormat).toEqual([['0.00']]);

    expect(wb.ranges.get('Inputs!A:A')!.format.columnWidth).toBe(30 * 7);
    expect(wb.log.some((l) => l.startsWith('freeze Inputs'))).toBe(true);
    expect(wb.names).toEqual([{ name: 'HumanCostPerContact', ref: '=Inputs!$B$2' }]);
    expect(wb.log.at(-1)).toBe('activate Inputs');
  });

  it('adds a native line chart from the chart model: a series per option over the Schedule', async () => {
    const wb = workbookMock(['Summary', 'Schedule']);
    const chart: ChartModel = {
      sheet: 'Summary',
      title: 'Cumulative cost per option',
      from: 'A20',
      to: 'F41',
      xTitle: 'Month',
      yTitle: 'Cumulative cost (USD)',
      valueFormat: '"$"#,##0_)',
      categories: [1, 2, 3],
      categoriesRef: 'Schedule!$A$6:$A$8',
      series: [
        { name: 'Status quo', ref: 'Schedule!$G$6:$G$8', values: [1, 2, 3], color: '1F77B4' },
        { name: 'Build', ref: "'Odd sheet'!$P$6:$P$8", values: [3, 4, 5], color: 'D62728' },
      ],
    };
    await wb.adapter.writeChart(chart);
    expect(wb.charts).toHaveLength(1);
    const added = wb.charts[0] as Record<string, any>;
    expect(added).toMatchObject({
      sheet: 'Summary',
      type: 'Line',
      source: 'Schedule!$G$6:$G$8',
      seriesBy: 'Columns',
      from: 'A20',
      to: 'F41',
      title: { text: 'Cumulative cost per option' },
      axes: {
        categoryAxis: { title: { text: 'Month' } },
        valueAxis: { title: { text: 'Cumulative cost (USD)' } },
      },
    });
    expect(
      added.series.list.map((s: SeriesRecord) => ({
        name: s.name,
        values: s.values,
        categories: s.categories,
        color: s.format.line.color,
      })),
    ).toEqual([
      {
        name: 'Status quo',
        values: 'Schedule!$G$6:$G$8',
        categories: 'Schedule!$A$6:$A$8',
        color: '#1F77B4',
      },
      {
        name: 'Build',
        values: 'Odd sheet!$P$6:$P$8',
        categories: 'Schedule!$A$6:$A$8',
        color: '#D62728',
      },
    ]);
  });

  it('writes the real board workbook and its Functions sheet, then charts it', async () => {
    const parsed = parseScenarioText(readFileSync('examples/support-team.json', 'utf8'));
    if (!parsed.ok) throw new Error('support-team.json does not parse');
    const result = evaluateScenario(parsed.scenario);
    const content = buildWorkbookContent(parsed.scenario, result, {
      exportDate: '2026-01-02',
      version: '9.9.9',
    });
    const wb = workbookMock(['Sheet1', 'Summary', 'Functions']);
    await wb.adapter.writeWorkbookModel(workbookForExcel(content));
    await wb.adapter.writeChart(content.chart);
    for (const name of ['Summary', 'Inputs', 'Schedule', 'Crossover', 'Definitions', 'Functions'])
      expect(wb.log).toContain(`add sheet ${name}`);
    expect(wb.log).toContain('delete sheet Summary');
    expect(wb.log).toContain('delete sheet Functions');
    expect(wb.log).toContain('activate Summary');
    // Every cell of every sheet is written: formulas as formulas, values as values.
    for (const sheet of workbookForExcel(content).sheets) {
      for (const cell of sheet.cells) {
        const range = wb.ranges.get(`${sheet.name}!${cell.ref}`);
        expect(range, `${sheet.name}!${cell.ref}`).toBeDefined();
        if (cell.formula !== undefined) expect(range!.formulas).toEqual([[`=${cell.formula}`]]);
        else expect(range!.values).toBeDefined();
      }
    }
    const npvCell = content.board.sheets[0].cells.find((c) => c.formula?.startsWith('NPV('))!;
    expect(wb.ranges.get(`Summary!${npvCell.ref}`)!.formulas![0][0]).toMatch(/^=NPV\(Schedule!/);
    const functionFormulas = content.functions.cells.filter((c) => c.formula);
    for (const cell of functionFormulas)
      expect(wb.ranges.get(`Functions!${cell.ref}`)!.formulas![0][0]).toMatch(/OUTCOME\./);
    // The formula shown beside each example is text, not a second live formula.
    const shown = wb.ranges.get(`Functions!${functionFormulas[0].ref.replace('B', 'C')}`)!;
    expect(shown.values![0][0]).toBe(`'=${functionFormulas[0].formula}`);

    const chart = wb.charts[0] as Record<string, any>;
    expect(chart.sheet).toBe('Summary');
    expect(chart.series.list.map((s: SeriesRecord) => s.name)).toEqual(
      parsed.scenario.options.map((o) => o.name),
    );
    expect(chart.series.list.map((s: SeriesRecord) => s.values)).toEqual(
      content.chart.series.map((s) => s.ref),
    );
  });

  it('reads the Bids table and the selected series', async () => {
    const wb = workbookMock([], {
      headers: ['Name', 'Unit', 'Price'],
      rows: [['Per resolution', 'outcome', 0.99]],
    });
    expect(await wb.adapter.readBidsTable()).toEqual({
      headers: ['Name', 'Unit', 'Price'],
      rows: [['Per resolution', 'outcome', 0.99]],
    });
    expect(await wb.adapter.readSelectedSeries()).toEqual([100, 120.5, 130]);
  });

  it('reads the whole Excel table the selection is in, else the selected range', async () => {
    const events = [
      ['period', 'status', 'vendor_billed'],
      ['2025-01-03', 'closed', 1],
      ['2025-01-04', 'open', 1],
    ];
    const inTable = workbookMock([], undefined, events);
    expect(await inTable.adapter.readSelectedTable()).toEqual(events);
    // Partly selected tables count: the user clicked somewhere inside the table.
    expect(inTable.log).toContain('getTables false');
    const noTable = workbookMock();
    expect(await noTable.adapter.readSelectedTable()).toEqual([[100], [''], [120.5], ['130']]);
    const tooSmall = workbookMock([], undefined, [['period']]);
    await expect(tooSmall.adapter.readSelectedTable()).rejects.toThrow(/select the events table/);
  });

  it('says what to do when there is no Bids table', async () => {
    const wb = workbookMock();
    await expect(wb.adapter.readBidsTable()).rejects.toThrow(/no Excel table named "Bids"/);
  });

  it('keeps the scenario in the document settings', async () => {
    const wb = workbookMock();
    expect(await wb.adapter.loadScenarioSetting()).toBeNull();
    await wb.adapter.saveScenarioSetting('{"name":"x"}');
    expect(wb.stored.get(SCENARIO_SETTING)).toBe('{"name":"x"}');
    expect(await wb.adapter.loadScenarioSetting()).toBe('{"name":"x"}');
  });

  it('draws the Risk tornado and the Changes waterfall as native bar charts from the same models', async () => {
    const parsed = parseScenarioText(readFileSync('examples/support-team-ranges.json', 'utf8'));
    if (!parsed.ok) throw new Error('support-team-ranges.json does not parse');
    const content = buildWorkbookContent(parsed.scenario, evaluateScenario(parsed.scenario), {
      exportDate: '2026-01-02',
      version: '9.9.9',
    });
    expect(content.charts.map((c) => [c.sheet, c.kind])).toEqual([
      ['Summary', undefined],
      ['Risk', 'tornado'],
      ['Risk', 'bar'],
      ['Risk', 'line'],
    ]);
    const tornado = content.charts[1];
    const wb = workbookMock(['Summary', 'Schedule', 'Risk']);
    for (const chart of content.charts) await wb.adapter.writeChart(chart);
    const drawn = wb.charts[1] as Record<string, any>;
    expect(drawn).toMatchObject({
      sheet: 'Risk',
      type: 'BarClustered',
      title: { text: tornado.title },
      axes: {
        categoryAxis: { reversePlotOrder: true, title: { text: tornado.xTitle } },
        valueAxis: { crossesAt: tornado.base, numberFormat: '"$"#,##0_)' },
      },
    });
    expect(
      drawn.series.list.map((s: SeriesRecord) => [
        s.values,
        s.categories,
        s.format.fill.color,
        s.overlap,
      ]),
    ).toEqual(tornado.series.map((s) => [s.ref, tornado.categoriesRef, `#${s.color}`, 100]));
    // the contribution bars: inputs top down like the tornado, but from zero
    const contribution = wb.charts[2] as Record<string, any>;
    expect(contribution).toMatchObject({
      type: 'BarClustered',
      axes: { categoryAxis: { reversePlotOrder: true }, valueAxis: { numberFormat: '0%' } },
    });
    expect(contribution.axes.valueAxis.crossesAt).toBeUndefined();
    expect((wb.charts[3] as Record<string, any>).type).toBe('Line');

    const waterfall: ChartModel = {
      kind: 'stacked-bar',
      sheet: 'Changes',
      title: 'NPV bridge: Hybrid',
      from: 'A30',
      to: 'G50',
      xTitle: 'Step',
      yTitle: 'NPV (USD)',
      valueFormat: '"$"#,##0_)',
      categories: ['Before', 'Step 1', 'After'],
      categoriesRef: 'Changes!$B$20:$B$22',
      series: [
        { name: ' ', ref: 'Changes!$D$20:$D$22', values: [0, 5, 0], color: 'FFFFFF', hidden: true },
        { name: 'NPV', ref: 'Changes!$E$20:$E$22', values: [10, 0, 8], color: '4E79A7' },
        { name: 'Cost down', ref: 'Changes!$G$20:$G$22', values: [0, 2, 0], color: '59A14F' },
      ],
    };
    await wb.adapter.writeChart(waterfall);
    const bridge = wb.charts.at(-1) as Record<string, any>;
    expect(bridge.type).toBe('ColumnStacked');
    // the invisible base: no fill, no legend entry
    expect(bridge.series.list[0].format.fill).toMatchObject({ cleared: true });
    expect(bridge.series.list[0].format.fill.color).toBeUndefined();
    expect(bridge.legend.entries[0]).toEqual({ visible: false });
    expect(bridge.series.list[1].format.fill.color).toBe('#4E79A7');
  });

  it('splits chart ranges into sheet and address, quoted sheet names included', () => {
    expect(splitRef('Schedule!$G$6:$G$41')).toEqual({ sheet: 'Schedule', address: '$G$6:$G$41' });
    expect(splitRef("'Bob''s sheet'!A1")).toEqual({ sheet: "Bob's sheet", address: 'A1' });
    expect(() => splitRef('A1:B2')).toThrow(/needs its sheet, got "A1:B2"/);
  });

  it('escapes text exactly as the exported file does (one escaping for both writers)', async () => {
    const texts = ['=1', '+1', '-1', '@x', '\tx', '\rx', 'bell\u0007', 'ok', 'x'.repeat(40_000)];
    const wb = workbookMock(['Sheet1']);
    await wb.adapter.writeWorkbookModel({
      sheets: [
        {
          name: 'Texts',
          cells: texts.map((value, i) => ({ ref: `A${i + 1}`, value })),
        },
      ],
      definedNames: [],
    });
    const written = texts.map((_, i) => wb.ranges.get(`Texts!A${i + 1}`)!.values);
    expect(written).toEqual(texts.map((t) => [[cellText(t)]]));
    // the shared escaping covers what the adapter's own missed: tab, carriage return, control
    // characters and text longer than a cell holds
    const shown = written.map((v) => String(v?.[0][0]));
    expect(shown.slice(4, 7)).toEqual(["'\tx", "'\\u000dx", 'bell\\u0007']);
    expect(shown[8].length).toBeLessThanOrEqual(32_767);
  });
});
