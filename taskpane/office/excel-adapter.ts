/// <reference types="office-js" />
// The only module that calls Office.js. Excel.run and the document settings are passed in, so
// tests drive it with office-addin-mock.
import {
  type ChartModel,
  type SheetModel,
  type WorkbookModel,
  columnLetters,
  ROLE_LOOK,
  cellText,
} from '../../src/index';
import { seriesFromRange, type BidsTable } from './bids-table';
import type { WorkbookAdapter } from './workbook-adapter';

export const SCENARIO_SETTING = 'crossover.scenario';

/** Excel's chart type for each kind of the workbook model's charts. */
const CHART_TYPE = {
  line: 'Line',
  column: 'ColumnClustered',
  'stacked-bar': 'ColumnStacked',
  tornado: 'BarClustered',
  bar: 'BarClustered',
} as const satisfies Record<NonNullable<ChartModel['kind']>, Excel.ChartType | string>;

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHost {
  run: Run;
  settings: Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>;
}

function writeSheet(context: Excel.RequestContext, model: SheetModel): void {
  const sheet = context.workbook.worksheets.add(model.name);
  for (const cell of model.cells) {
    const range = sheet.getRange(cell.ref);
    if (cell.formula !== undefined) range.formulas = [[`=${cell.formula}`]];
    else {
      const value = cell.value ?? '';
      range.values = [[typeof value === 'string' ? cellText(value) : value]];
    }
    const style = cell.style;
    if (!style) continue;
    if (style.numFmt) range.numberFormat = [[style.numFmt]];
    const look = style.role ? ROLE_LOOK[style.role] : undefined;
    if (style.bold || look?.bold) range.format.font.bold = true;
    if (look?.italic) range.format.font.italic = true;
    if (look?.size) range.format.font.size = look.size;
    if (style.wrap) range.format.wrapText = true;
    if (style.align) range.format.horizontalAlignment = style.align === 'right' ? 'Right' : 'Left';
    if (style.valign) range.format.verticalAlignment = style.valign === 'top' ? 'Top' : 'Bottom';
    if (style.indent) range.format.indentLevel = style.indent;
    const fill = style.fill ?? look?.fill;
    if (fill) range.format.fill.color = `#${fill}`;
    if (look?.font) range.format.font.color = `#${look.font}`;
  }
  model.columnWidths?.forEach((chars, i) => {
    const letter = columnLetters(i + 1);
    // Excel measures widths in points here; a character of the default font is about 7.
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = chars * 7;
  });
  for (const [row, points] of Object.entries(model.rowHeights ?? {})) {
    sheet.getRange(`${row}:${row}`).format.rowHeight = points;
  }
  // a note wrapped across a table's width
  for (const merged of model.merges ?? []) sheet.getRange(merged).merge(false);
  if (model.hidden) sheet.visibility = 'Hidden';
  if (model.freeze)
    sheet.freezePanes.freezeAt(
      sheet.getRangeByIndexes(
        0,
        0,
        Math.max(model.freeze.rows, 1),
        Math.max(model.freeze.columns, 1),
      ),
    );
}

/** 'Schedule!$G$6:$G$41' or "'My sheet'!A1" as its sheet name and address. */
export function splitRef(ref: string): { sheet: string; address: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) throw new Error(`a chart range needs its sheet, got "${ref}"`);
  const quoted = ref.slice(0, bang);
  const sheet = /^'.*'$/.test(quoted) ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return { sheet, address: ref.slice(bang + 1) };
}

export function createExcelAdapter(host: ExcelHost): WorkbookAdapter {
  const { run, settings } = host;
  return {
    isExcel: true,

    readBidsTable: () =>
      run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject('Bids');
        await context.sync();
        if (table.isNullObject) {
          throw new Error(
            'no Excel table named "Bids" in this workbook (Insert > Table, then name it Bids)',
          );
        }
        const header = table.getHeaderRowRange().load('values');
        const body = table.getDataBodyRange().load('values');
        await context.sync();
        return { headers: header.values[0].map(String), rows: body.values } as BidsTable;
      }),

    readSelectedSeries: () =>
      run(async (context) => {
        const range = context.workbook.getSelectedRange().load('values');
        await context.sync();
        return seriesFromRange(range.values);
      }),

    readSelectedTable: () =>
      run(async (context) => {
        const selection = context.workbook.getSelectedRange();
        const tables = selection.getTables(false);
        const count = tables.getCount();
        await context.sync();
        const range = (count.value > 0 ? tables.getFirst().getRange() : selection).load('values');
        await context.sync();
        if (range.values.length < 2)
          throw new Error(
            'select the events table (a header row and at least one row of events), then read it again',
          );
        return range.values;
      }),

    writeWorkbookModel: (model: WorkbookModel) =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        const existing = model.sheets.map((s) => sheets.getItemOrNullObject(s.name));
        const names = (model.definedNames ?? []).map((n) =>
          context.workbook.names.getItemOrNullObject(n.name),
        );
        await context.sync();
        // A fresh sheet needs a survivor: Excel refuses to delete the last worksheet.
        const keep = sheets.add(`Crossover tmp ${Date.now() % 100000}`);
        existing.forEach((sheet) => {
          if (!sheet.isNullObject) sheet.delete();
        });
        names.forEach((name) => {
          if (!name.isNullObject) name.delete();
        });
        model.sheets.forEach((sheet) => writeSheet(context, sheet));
        for (const name of model.definedNames ?? []) {
          context.workbook.names.add(name.name, `=${name.ref}`);
        }
        keep.delete();
        sheets.getItem(model.sheets[0].name).activate();
        await context.sync();
      }),

    writeChart: (chart: ChartModel) =>
      run(async (context) => {
        const range = (ref: string) => {
          const { sheet, address } = splitRef(ref);
          return context.workbook.worksheets.getItem(sheet).getRange(address);
        };
        if (chart.series.length === 0) throw new Error(`the chart "${chart.title}" has no series`);
        const sheet = context.workbook.worksheets.getItem(chart.sheet);
        const kind = chart.kind ?? 'line';
        // The chart starts from the first series' range; each series then gets its own range,
        // name and colour, and the categories.
        const added = sheet.charts.add(CHART_TYPE[kind], range(chart.series[0].ref), 'Columns');
        added.title.text = chart.title;
        chart.series.forEach((spec, i) => {
          const series = i === 0 ? added.series.getItemAt(0) : added.series.add(spec.name);
          series.name = spec.name;
          series.setValues(range(spec.ref));
          series.setXAxisValues(range(chart.categoriesRef));
          if (kind === 'line') series.format.line.color = `#${spec.color}`;
          else if (spec.hidden) series.format.fill.clear();
          else series.format.fill.setSolidColor(`#${spec.color}`);
          // a waterfall's steps and a tornado's two ends share one bar
          if (kind === 'stacked-bar' || kind === 'tornado') series.overlap = 100;
        });
        chart.series.forEach((spec, i) => {
          if (spec.hidden) added.legend.legendEntries.getItemAt(i).visible = false;
        });
        added.axes.categoryAxis.title.text = chart.xTitle;
        added.axes.valueAxis.title.text = chart.yTitle;
        added.axes.valueAxis.numberFormat = chart.valueFormat;
        // inputs top down; a tornado's bars start at the base case
        if (kind === 'tornado' || kind === 'bar') added.axes.categoryAxis.reversePlotOrder = true;
        if (kind === 'tornado' && chart.base !== undefined)
          added.axes.valueAxis.setPositionAt(chart.base);
        added.legend.position = 'Bottom';
        added.setPosition(chart.from, chart.to);
        await context.sync();
      }),

    saveScenarioSetting: (json: string) =>
      new Promise((resolve, reject) => {
        settings.set(SCENARIO_SETTING, json);
        settings.saveAsync((result) => {
          if (String(result.status) === 'failed') reject(new Error(result.error.message));
          else resolve();
        });
      }),

    loadScenarioSetting: async () => {
      const value = settings.get(SCENARIO_SETTING);
      return typeof value === 'string' ? value : null;
    },
  };
}

/** The adapter for the running Excel host. */
export function excelAdapter(): WorkbookAdapter {
  return createExcelAdapter({
    run: (batch) => Excel.run(batch),
    settings: Office.context.document.settings,
  });
}
