// The Office adapter against office-addin-mock: which ranges, formulas, names, tables and
// charts it touches.
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../src/export/workbook-model';
import {
  createExcelAdapter,
  safeText,
  SCENARIO_SETTING,
} from '../../taskpane/office/excel-adapter';

interface RangeRecord {
  address: string;
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  format: { font: Record<string, unknown>; fill: Record<string, unknown>; [k: string]: unknown };
}

/** A workbook with sheets that already exist, recording everything written to it. */
function workbookMock(
  existingSheets: string[] = [],
  bids?: { headers: unknown[]; rows: unknown[][] },
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
      if (!ranges.has(key)) ranges.set(key, { address, format: { font: {}, fill: {} } });
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
        const chart: Record<string, unknown> = {
          sheet: name,
          type,
          source: source.address,
          seriesBy,
          title: {},
          setPosition(anchor: string) {
            chart.anchor = anchor;
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
        selection: { values: [[100], [''], [120.5], ['130']] },
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
      ],
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

  it('adds a native line chart over the data range, placed on its sheet', async () => {
    const wb = workbookMock(['Summary', 'Monthly']);
    await wb.adapter.writeChart({
      sheet: 'Summary',
      dataSheet: 'Monthly',
      sourceRange: 'A1:C37',
      title: 'Cumulative cost',
      anchor: 'H3',
    });
    expect(wb.charts).toHaveLength(1);
    expect(wb.charts[0]).toMatchObject({
      sheet: 'Summary',
      type: 'Line',
      source: 'A1:C37',
      seriesBy: 'Columns',
      anchor: 'H3',
      title: { text: 'Cumulative cost' },
    });
  });

  it('writes function examples as live formulas', async () => {
    const wb = workbookMock();
    await wb.adapter.writeFunctionExamples('Functions', [
      { label: 'Effective price', formula: 'CROSSOVER.EFFECTIVEPRICE(0.99,115,100)' },
    ]);
    expect(wb.ranges.get('Functions!A2')!.values).toEqual([['Effective price']]);
    expect(wb.ranges.get('Functions!B2')!.formulas).toEqual([
      ['=CROSSOVER.EFFECTIVEPRICE(0.99,115,100)'],
    ]);
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

  it('escapes text that reads as a formula', () => {
    expect(['=1', '+1', '-1', '@x', 'ok'].map(safeText)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@x",
      'ok',
    ]);
  });
});
