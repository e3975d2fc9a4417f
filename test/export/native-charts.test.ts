import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbookModel, writeXlsx, type WorkbookModel } from '../../src/export/index';
import { riskReport } from '../../src/uncertainty/risk-report';
import { oracle } from '../support/domain-oracle';
import { chartParts, type ChartPart } from './chart-parts';
import { exportCases, META, supportTeamSinceLastQuarter } from './scenarios';
import { supportDeskReconciliation } from './support-desk';

// The board workbook's charts are native chart parts (DrawingML) in the xlsx package, not
// pictures: each series reads its sheet's cells, and caches the engine's values, checked here
// against independent computations (DOMAIN.md's totals by the test oracle, the risk report, the
// NPV bridge's steps, the reconciled counts).

// jsdom ships no type declarations; this is the slice used here.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
};

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const expectClose = (actual: number[], expected: number[]) => {
  expect(actual.length).toBe(expected.length);
  const off = actual.flatMap((a, i) =>
    close(a, expected[i]) ? [] : [`${i}: ${a} vs ${expected[i]}`],
  );
  expect(off).toEqual([]);
};

/** Each series' cached values, in order. */
const expectSeries = (chart: ChartPart, ...expected: number[][]) =>
  expected.forEach((values, i) => expectClose(chart.series[i].values, values));

/** The cells of a range like Schedule!$G$6:$G$41 or Risk!$C$70:$G$70 as the model holds them. */
function cellsOf(model: WorkbookModel, ref: string): unknown[] {
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  if (!m || (m[2] !== m[4] && m[3] !== m[5])) throw new Error(`not a column or row range: ${ref}`);
  const sheet = model.sheets.find((s) => s.name === m[1])!;
  const byRef = new Map(sheet.cells.map((c) => [c.ref, c]));
  const column = (letters: string) =>
    [...letters].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
  const letters = (n: number): string =>
    (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
  const refs =
    m[2] === m[4]
      ? Array.from(
          { length: Number(m[5]) - Number(m[3]) + 1 },
          (_, i) => `${m[2]}${Number(m[3]) + i}`,
        )
      : Array.from(
          { length: column(m[4]) - column(m[2]) + 1 },
          (_, i) => `${letters(column(m[2]) + i)}${m[3]}`,
        );
  return refs.map((r) => {
    const cell = byRef.get(r);
    return cell?.formula !== undefined ? cell.result : cell?.value;
  });
}

/** Every chart's series read back from its own sheet's cells: the cache is what the cells hold. */
function expectCachesFromCells(model: WorkbookModel, charts: ChartPart[]) {
  for (const chart of charts)
    for (const s of chart.series) expectClose(s.values, cellsOf(model, s.ref) as number[]);
}

const cases = exportCases();
const written = new Map<string, { model: WorkbookModel; bytes: Uint8Array; charts: ChartPart[] }>();

beforeAll(async () => {
  for (const c of cases) {
    const model = buildWorkbookModel(c.scenario, c.result, META);
    const bytes = new Uint8Array(await writeXlsx(model));
    written.set(c.stem, { model, bytes, charts: await chartParts(bytes) });
  }
});

describe('native charts in the board workbook', () => {
  it('are chart parts with content types and no pictures, one per chart of the model', async () => {
    for (const c of cases) {
      const { model, bytes, charts } = written.get(c.stem)!;
      const zip = await JSZip.loadAsync(bytes);
      const files = Object.keys(zip.files);
      expect(files.filter((f) => /^xl\/media\//.test(f) || /\.(png|jpe?g|emf)$/.test(f))).toEqual(
        [],
      );
      const types = await zip.file('[Content_Types].xml')!.async('string');
      for (const chart of charts)
        expect(types).toContain(
          `<Override PartName="/${chart.path}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
        );
      expect(charts.map((x) => [x.sheet, x.title])).toEqual(
        model.sheets.flatMap((s) => (s.charts ?? []).map((x) => [s.name, x.title])),
      );
    }
  });

  it("Summary: one line per option over the Schedule's cumulative totals, cached at the oracle's running sums", () => {
    for (const c of cases) {
      const { model, charts } = written.get(c.stem)!;
      const [chart] = charts.filter((x) => x.sheet === 'Summary');
      expect(chart.xml).toContain('<c:lineChart>');
      expect(chart.axisTitles).toEqual(['Month', `Cumulative cost (${c.scenario.currency})`]);
      expect(chart.valueFormat).toMatch(/#,##0/);
      const json = JSON.parse(readFileSync(c.file, 'utf8'));
      const expected = oracle(json).options;
      expect(chart.series.map((s) => s.name)).toEqual(c.scenario.options.map((o) => o.name));
      chart.series.forEach((s, i) => {
        expect(s.ref).toMatch(/^Schedule!\$[A-Z]+\$6:\$[A-Z]+\$\d+$/);
        expect(s.categoriesRef).toBe(`Schedule!$A$6:$A$${5 + c.scenario.horizonMonths}`);
        let sum = 0;
        expectClose(
          s.values,
          expected[i].rows.map((r) => (sum += r.total)),
        );
      });
      expectCachesFromCells(model, chart ? [chart] : []);
    }
  });

  it('Risk: a tornado of bars from the base-case margin, labelled with the inputs in words', () => {
    const c = cases.find((x) => x.stem.endsWith('support-team-ranges'))!;
    const { model, charts } = written.get(c.stem)!;
    const [chart] = charts.filter((x) => x.sheet === 'Risk');
    const report = riskReport(c.scenario);
    expect(chart.xml).toContain('<c:barDir val="bar"/>');
    expect(chart.xml).toContain(`<c:crossesAt val="${report.baseMargin}"/>`);
    expect(chart.xml).toContain('<c:orientation val="maxMin"/>');
    expectSeries(
      chart,
      report.tornado.map((r) => r.marginAtLow),
      report.tornado.map((r) => r.marginAtHigh),
    );
    expect(chart.xml).toContain('<c:v>contacts per month</c:v>');
    expect(chart.xml).not.toMatch(/<c:v>(demand|options)\./);
    expectCachesFromCells(model, [chart]);
  });

  it('Risk: contribution bars and spider lines over the correlation section, cached at the risk report', () => {
    const c = cases.find((x) => x.stem.endsWith('support-team-ranges'))!;
    const { model, charts } = written.get(c.stem)!;
    const report = riskReport(c.scenario);
    const risk = charts.filter((x) => x.sheet === 'Risk');
    expect(risk.map((x) => x.title.split(' ')[0])).toEqual(['Tornado:', 'Contribution', 'Spider:']);
    const [, contribution, spider] = risk;
    expect(contribution.xml).toContain('<c:barDir val="bar"/>');
    expect(contribution.valueFormat).toBe('0%');
    expect(contribution.axisTitles).toEqual([
      'Input (largest share first)',
      'Share of the variance (signed)',
    ]);
    expectSeries(
      contribution,
      report.contributions.map((r) => r.contribution),
    );
    expect(contribution.series[0].categoriesRef).toMatch(/^Risk!\$B\$\d+:\$B\$\d+$/);
    expect(contribution.xml).toContain('<c:v>contacts per month</c:v>');

    expect(spider.xml).toContain('<c:lineChart>');
    expect(spider.valueFormat).toMatch(/^"\$"#,##0/);
    expect(spider.axisTitles[1]).toBe(`Margin over the next option (${c.scenario.currency})`);
    // a line per input that moves the margin; the flat ones would hide the lines under them
    const moving = report.spider.filter((s) =>
      s.points.some((p) => p.margin !== s.points[0].margin),
    );
    expect(moving.length).toBeGreaterThanOrEqual(3);
    expect(moving.length).toBeLessThan(report.spider.length);
    expectSeries(spider, ...moving.map((s) => s.points.map((p) => p.margin)));
    expect(cellsOf(model, spider.series[0].categoriesRef)).toEqual([
      'P10',
      'P25',
      'P50',
      'P75',
      'P90',
    ]);
    // the spider at P50 of an input sits near the base-case margin, never on the wrong side of zero
    for (const s of spider.series)
      expect(Math.sign(s.values[2])).toBe(Math.sign(report.baseMargin));
    expectCachesFromCells(model, [contribution, spider]);
  });

  it('Changes: the NPV bridge as a waterfall of stacked columns over its data cells', async () => {
    const { scenario, result, comparison } = supportTeamSinceLastQuarter();
    const model = buildWorkbookModel(scenario, result, META, {
      compare: { comparison, label: 'last quarter' },
    });
    const [chart] = (await chartParts(new Uint8Array(await writeXlsx(model)))).filter(
      (x) => x.sheet === 'Changes',
    );
    expect(chart.xml).toContain('<c:grouping val="stacked"/>');
    // the invisible base carries no fill and no legend entry
    expect(chart.xml).toMatch(/<c:ser><c:idx val="0"\/>.*?<a:noFill\/>/);
    expect(chart.xml).toContain(
      '<c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>',
    );
    const option = chart.title.replace('NPV bridge: ', '');
    let running = comparison.npvBefore[option];
    const base = [0];
    const rise = [0];
    const fall = [0];
    for (const step of comparison.bridge) {
      const next = running + step.effect[option];
      base.push(Math.min(running, next));
      rise.push(Math.max(0, next - running));
      fall.push(Math.max(0, running - next));
      running = next;
    }
    expectClose(chart.series[0].values, [...base, 0]);
    expectClose(
      chart.series[1].values.slice(1, -1),
      comparison.bridge.map(() => 0),
    );
    expect(close(chart.series[1].values[0], comparison.npvBefore[option])).toBe(true);
    expect(
      close(chart.series[1].values.at(-1)!, result.options.find((o) => o.name === option)!.npv),
    ).toBe(true);
    expectClose(chart.series[2].values, [...rise, 0]);
    expectClose(chart.series[3].values, [...fall, 0]);
    expectCachesFromCells(model, [chart]);
  });

  it("Reconciliation: the vendor's count against the buyer's, month by month", async () => {
    const board = supportDeskReconciliation();
    const { reconciliation } = board;
    const c = cases.find((x) => x.stem.endsWith('examples-support-team'))!;
    const model = buildWorkbookModel(c.scenario, c.result, META, { reconciliation: board });
    const [chart] = (await chartParts(new Uint8Array(await writeXlsx(model)))).filter(
      (x) => x.sheet === 'Reconciliation',
    );
    expect(chart.xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart.axisTitles).toEqual(['Month', 'Outcomes']);
    expect(chart.series[0].ref).toBe(`Reconciliation!$C$9:$C$${8 + reconciliation.months.length}`);
    expectSeries(
      chart,
      reconciliation.months.map((m) => m.vendorCount),
      reconciliation.months.map((m) => m.buyerCount),
    );
    expect(chart.series[0].values.reduce((a, b) => a + b, 0)).toBe(
      reconciliation.total.vendorCount,
    );
    expectCachesFromCells(model, [chart]);
  });

  it('writes the chart XML in the order ECMA-376 prescribes (Excel refuses a part out of order)', () => {
    // the elements both kinds of axis begin with
    const AXIS = [
      'axId',
      'scaling',
      'delete',
      'axPos',
      'majorGridlines',
      'minorGridlines',
      'title',
      'numFmt',
      'majorTickMark',
      'minorTickMark',
      'tickLblPos',
      'spPr',
      'txPr',
      'crossAx',
      'crosses',
      'crossesAt',
    ];
    const ORDER: Record<string, string[]> = {
      chartSpace: [
        'date1904',
        'lang',
        'roundedCorners',
        'AlternateContent',
        'style',
        'clrMapOvr',
        'pivotSource',
        'protection',
        'chart',
        'spPr',
        'txPr',
        'externalData',
        'printSettings',
        'userShapes',
        'extLst',
      ],
      chart: [
        'title',
        'autoTitleDeleted',
        'pivotFmts',
        'view3D',
        'floor',
        'sideWall',
        'backWall',
        'plotArea',
        'legend',
        'plotVisOnly',
        'dispBlanksAs',
        'showDLblsOverMax',
        'extLst',
      ],
      title: ['tx', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
      lineChart: [
        'grouping',
        'varyColors',
        'ser',
        'dLbls',
        'dropLines',
        'hiLowLines',
        'upDownBars',
        'marker',
        'smooth',
        'axId',
        'extLst',
      ],
      barChart: [
        'barDir',
        'grouping',
        'varyColors',
        'ser',
        'dLbls',
        'gapWidth',
        'overlap',
        'serLines',
        'axId',
        'extLst',
      ],
      ser: [
        'idx',
        'order',
        'tx',
        'spPr',
        'invertIfNegative',
        'pictureOptions',
        'marker',
        'dPt',
        'dLbls',
        'trendline',
        'errBars',
        'cat',
        'val',
        'smooth',
        'shape',
        'extLst',
      ],
      catAx: [
        ...AXIS,
        'auto',
        'lblAlgn',
        'lblOffset',
        'tickLblSkip',
        'tickMarkSkip',
        'noMultiLvlLbl',
        'extLst',
      ],
      valAx: [...AXIS, 'crossBetween', 'majorUnit', 'minorUnit', 'dispUnits', 'extLst'],
      legend: ['legendPos', 'legendEntry', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
    };
    const { DOMParser } = new JSDOM('').window;
    const xmls = [...written.values()].flatMap((w) => w.charts.map((c) => c.xml));
    expect(xmls.length).toBeGreaterThan(cases.length);
    const disorder: string[] = [];
    for (const xml of xmls) {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      for (const [parent, order] of Object.entries(ORDER)) {
        for (const el of Array.from(doc.getElementsByTagName(`c:${parent}`))) {
          const children = Array.from(el.children)
            .filter((ch) => ch.prefix === 'c')
            .map((ch) => ch.localName);
          const ranks = children.map((name) => order.indexOf(name));
          if (ranks.some((r) => r < 0) || ranks.some((r, i) => i > 0 && r < ranks[i - 1]))
            disorder.push(`${parent}: ${children.join(', ')}`);
        }
      }
    }
    expect(disorder).toEqual([]);
  });
});
