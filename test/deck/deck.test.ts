import JSZip from 'jszip';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareScenarios } from '../../src/analysis/npv-bridge';
import { pricedAsks, vendorWhatIfs } from '../../src/analysis/what-if';
import { buildDeckModel, writePptxBytes, type DeckModel } from '../../src/deck/index';
import { evaluateScenario } from '../../src/engine/evaluate';
import { formatMoney, formatNumber, formatPercent } from '../../src/text/format';
import { parseScenario } from '../../src/scenario/load';
import { riskReport } from '../../src/uncertainty/risk-report';
import { reconciliationFigures } from '../../src/reconcile/report/reconciliation-figures';
import { probabilityLineOf } from '../../src/uncertainty/probability-line';
import { expectClose } from '../support/close';
import { supportDeskReconciliation } from '../export/support-desk';
import { impress, renderPage } from './impress';

// The board deck for real: written by pptxgenjs, unzipped and read as XML (slide text, chart
// caches, notes) against the engine, then opened by LibreOffice Impress, printed to PDF and every
// page rendered to PNG.

const load = (path: string) => {
  const file = JSON.parse(readFileSync(path, 'utf8'));
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(path);
  return { file, scenario: parsed.scenario };
};
const OLD = load('examples/quarters/support-team-last-quarter.json');
const NOW = load('examples/support-team.json');
const result = evaluateScenario(NOW.scenario);
const comparison = compareScenarios(OLD, { ...NOW, result });
const META = { date: '2026-12-01', version: '0.0.0-test' };
const money = (v: number) => formatMoney(v, 'USD', 0);
const RECONCILIATION = {
  ...supportDeskReconciliation(),
  source: 'R.json (crossover reconcile --json)',
};

let model: DeckModel;
let zip: JSZip;
let dir: string;
let pdf: string;

const xml = (path: string) => zip.file(path)!.async('string');
const texts = (x: string) =>
  [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    m[1]
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  );
const slideText = async (n: number) => texts(await xml(`ppt/slides/slide${n}.xml`)).join('\n');
/** The 1-based slide number of a slide id in the deck under test. */
const at = (id: string) => model.slides.findIndex((s) => s.id === id) + 1;
/** The chart parts of a slide, read through its relationships. */
async function slideCharts(z: JSZip, n: number): Promise<string[]> {
  const rels = await z.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string');
  const targets = [...rels.matchAll(/Target="[./]*ppt\/charts\/(chart\d+\.xml)"/g)].map(
    (m) => m[1],
  );
  return Promise.all(targets.map((t) => z.file(`ppt/charts/${t}`)!.async('string')));
}

/** Each series of a chart part: its name and its cached values. */
function chartSeries(x: string): { name: string; values: number[] }[] {
  return [...x.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(m[1])![1];
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(m[1])![1];
    const values = [...val.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)].map((p) =>
      Number(p[2]),
    );
    return { name, values };
  });
}

beforeAll(async () => {
  model = buildDeckModel(
    NOW.scenario,
    result,
    META,
    { comparison, label: 'last quarter' },
    RECONCILIATION,
  );
  const bytes = await writePptxBytes(model);
  zip = await JSZip.loadAsync(bytes);
  dir = mkdtempSync(join(tmpdir(), 'crossover-deck-'));
  const file = join(dir, 'board.pptx');
  writeFileSync(file, bytes);
  [pdf] = impress().convert([file], 'pdf', join(dir, 'pdf'));
});

describe('the board deck', () => {
  it('has the slides the board reads, in order, 16:9', async () => {
    expect(model.slides.map((s) => s.id)).toEqual([
      'recommendation',
      'ranking',
      'cumulative',
      'crossover',
      'vendor-count',
      'changes',
      'reconciliation',
      'negotiation',
    ]);
    const presentation = await xml('ppt/presentation.xml');
    const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
    expect(Number(size[1]) / Number(size[2])).toBeCloseTo(16 / 9, 2);
    expect(
      Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)),
    ).toHaveLength(8);
  });

  it('states the recommendation with its key figures and the date, as the engine computes them', async () => {
    const best = result.options.find((o) => o.name === result.ranking[0])!;
    const next = result.options.find((o) => o.name === result.ranking[1])!;
    const text = await slideText(1);
    expect(text).toContain('Recommendation: Hybrid capped');
    expect(text).toContain('2026-12-01');
    expect(text).toContain(money(best.npv));
    expect(text).toContain(money(best.totalCost));
    expect(text).toContain(money(best.savingsVsStatusQuo));
    expect(text).toContain(money(next.npv - best.npv));
    expect(money(best.npv)).toBe('$4,208,366');
  });

  it('says why on slide 1: the decisive comparison in one line', async () => {
    const text = await slideText(1);
    expect(text).toContain(
      'Hybrid capped costs $4.2M in NPV over 36 months, $609.3K less than Per resolution, the next best.',
    );
    expect(result.ranking.slice(0, 2)).toEqual(['Hybrid capped', 'Per resolution']);
    // no ranges: no probability claimed
    expect(text).not.toMatch(/Probability/);
  });

  it('ranks every option with the engine’s NPV and total cost', async () => {
    const text = await slideText(2);
    const lines = texts(await xml('ppt/slides/slide2.xml'));
    result.ranking.forEach((name, i) => {
      const o = result.options.find((x) => x.name === name)!;
      const at = lines.indexOf(name);
      expect(lines[at - 1]).toBe(String(i + 1));
      expect(lines[at + 1]).toBe(money(o.npv));
      expect(lines[at + 2]).toBe(money(o.totalCost));
    });
    expect(text).toContain('Savings vs status quo');
  });

  it('draws cumulative cost as a native line chart whose cached values are the engine’s', async () => {
    const chart = await xml('ppt/charts/chart1.xml');
    expect(chart).toContain('<c:lineChart>');
    const series = chartSeries(chart);
    expect(series.map((s) => s.name)).toEqual(result.options.map((o) => o.name));
    series.forEach((s, i) => {
      let running = 0;
      const expected = Array.from(result.options[i].schedule.total, (v) => (running += v));
      expect(s.values).toHaveLength(36);
      s.values.forEach((v, m) => expectClose(v, expected[m], 1e-12, `${s.name} month ${m + 1}`));
    });
    const text = await slideText(3);
    expect(text).toContain('Build in-house vs Per conversation: breaks even in month 17');
    const late = result.comparisons.find((c) => c.vendor === 'Per resolution')!;
    expect(late.breakevenMonth).toBeNull();
    expect(late.breakevenAfterHorizon).toBe(142);
    expect(text).toContain(
      'Build in-house vs Per resolution: breaks even in month 142, after the 36-month horizon',
    );
    expect(text).not.toMatch(/never|within 36 months/);
  });

  it('gives every line its own dash, so that none hides another', async () => {
    const chart = await xml('ppt/charts/chart1.xml');
    const dashes = [...chart.matchAll(/<c:ser>[\s\S]*?<a:prstDash val="(\w+)"/g)].map((m) => m[1]);
    expect(dashes).toHaveLength(result.options.length);
    expect(new Set(dashes).size).toBe(result.options.length);
  });

  it('sets the exact crossover beside the rule of thumb', async () => {
    const lines = texts(await xml('ppt/slides/slide4.xml'));
    for (const c of result.comparisons) {
      const at = lines.indexOf(`${c.build} vs ${c.vendor}`);
      expect(at).toBeGreaterThan(-1);
      expect(lines[at + 1]).toBe(
        c.crossoverContactsPerMonth === null
          ? 'never cheaper'
          : formatNumber(c.crossoverContactsPerMonth),
      );
      expect(lines[at + 3]).toBe(c.ruleOfThumb);
    }
    expect(lines).toContain('220,037');
  });

  it('bridges what changed as stacked bars that add up to the NPV after', async () => {
    const [chart] = await slideCharts(zip, at('changes'));
    expect(chart).toContain('<c:grouping val="stacked"/>');
    const [base, level, rise, fall] = chartSeries(chart);
    const focus = 'Per resolution'; // Hybrid capped is new: the best-ranked option in both
    expect(level.values[0]).toBe(comparison.npvBefore[focus]);
    expect(level.values.at(-1)).toBe(comparison.npvAfter[focus]);
    let running = comparison.npvBefore[focus];
    comparison.bridge.forEach((step, i) => {
      const effect = step.effect[focus];
      expectClose(rise.values[i + 1] - fall.values[i + 1], effect, 1e-12, step.paths.join());
      expectClose(base.values[i + 1], Math.min(running, running + effect), 1e-12);
      running += effect;
    });
    expectClose(running, comparison.npvAfter[focus], 1e-12);
    const text = await slideText(at('changes'));
    expect(text).toContain('What changed since last quarter: Per resolution');
    expect(text).toContain('Recommendation: Per resolution before, Hybrid capped now.');
    expect(text).toContain('Added: Hybrid capped');
    expect(text).toContain('Removed: Copilot seats');
    // the step in the catalogue's words, its effect beside it
    expect(comparison.bridge[2].paths).toEqual(['options[Per resolution].charges.price']);
    const lines = texts(await xml(`ppt/slides/slide${at('changes')}.xml`));
    const step = lines.indexOf("3. Per resolution's price per unit");
    expect(step).toBeGreaterThan(-1);
    expect(lines[step + 1]).toBe(money(comparison.bridge[2].effect[focus]));
  });

  it('prices the negotiation asks as the engine does, in NPV, none worth 0', async () => {
    const lines = texts(await xml(`ppt/slides/slide${at('negotiation')}.xml`));
    const top = vendorWhatIfs(NOW.scenario, result).find((w) => w.name === 'Hybrid capped')!;
    expect(top.beatsStatusQuo).toBe(true);
    const asks = pricedAsks(top);
    expect(asks.length).toBeGreaterThan(0);
    for (const ask of asks) {
      expect(ask.worthNpv).toBeGreaterThan(0);
      expect(lines).toContain(money(ask.worthNpv));
    }
    expect(lines).not.toContain(money(0));
  });

  it('says per vendor what its own count costs, the price to ask and where its count saturates', async () => {
    const text = await slideText(at('vendor-count'));
    const per = result.options.find((o) => o.name === 'Per resolution')!;
    expect(per.overcountCost).toBeGreaterThan(0);
    const price = (v: number) => formatMoney(v, 'USD', 2);
    expect(text).toContain(
      `Billed outcomes above your count cost ${money(per.overcountCost!)} over 36 months (${money(per.overcountNpv!)} in NPV); to pay ${price((per.priceToAsk! * per.vendorCountedOutcomes) / per.trueOutcomes)} per outcome you recognise, ask for ${price(per.priceToAsk!)} per outcome the vendor counts.`,
    );
    expect(text).toContain(
      `Fair drift discount ${formatPercent(per.driftDiscount!)} on the count as billed`,
    );
    expect(per.saturatedFromMonth).toBe(35);
    const warning =
      'from month 35 the vendor counts every contact as an outcome: drift adds nothing more';
    expect(text).toContain(`Warning: ${warning}.`);
    // and beside the option wherever the deck shows it
    expect(await slideText(at('ranking'))).toContain(`Warning, Per resolution: ${warning}.`);
    expect(await slideText(at('negotiation'))).toContain(`Warning, Per resolution: ${warning}.`);
    expect(await slideText(at('crossover'))).toContain(`Warning, Per resolution: ${warning}.`);
    for (const o of result.options.filter((x) => x.kind === 'vendor' && !(x.overcountCost! > 0)))
      expect(text).not.toContain(o.name);
  });

  it('puts the reconciliation before the board: counts by month as a native chart, the overcharge, the clause table', async () => {
    const n = at('reconciliation');
    const figures = reconciliationFigures(RECONCILIATION.reconciliation, 'USD');
    const text = await slideText(n);
    expect(text).toContain(`${money(figures.overcharge)} overcharged`);
    expect(text).toContain(figures.headline);
    const [chart] = await slideCharts(zip, n);
    const [vendor, buyer] = chartSeries(chart);
    expect(vendor).toEqual({ name: 'Vendor count', values: figures.vendorCounts });
    expect(buyer).toEqual({ name: 'Our count', values: figures.buyerCounts });
    const lines = texts(await xml(`ppt/slides/slide${n}.xml`));
    for (const row of figures.clauses) {
      const i = lines.indexOf(row.label);
      expect(i, row.label).toBeGreaterThan(-1);
      expect(lines[i + 1]).toBe(formatNumber(row.firstFailing));
    }
    expect(figures.clauses.at(-1)!.overcharge).toBe(figures.overcharge);
    expect(lines.at(-1)).toBe(money(figures.overcharge));
  });

  it('has speaker notes on every slide saying where its numbers come from', async () => {
    for (let n = 1; n <= model.slides.length; n++) {
      const notes = texts(await xml(`ppt/notesSlides/notesSlide${n}.xml`)).join(' ');
      expect(notes).toMatch(/DOMAIN\.md/);
      expect(notes).toMatch(
        /crossover (run|diff|reconcile) --json|crossover reconcile|the taskpane/,
      );
    }
  });

  it('opens in LibreOffice Impress and prints one landscape 16:9 page per slide, each rendering', () => {
    const printed = readFileSync(pdf, 'latin1');
    const pages = printed.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages).toHaveLength(model.slides.length);
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(printed)!;
    expect(Number(box[1]) / Number(box[2])).toBeCloseTo(16 / 9, 2);
    mkdirSync(join(dir, 'png'), { recursive: true });
    for (let n = 1; n <= model.slides.length; n++) {
      const png = readFileSync(renderPage(pdf, n, join(dir, 'png', `slide-${n}`)));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.length, `slide ${n}`).toBeGreaterThan(10_000);
    }
  });
});

describe('the deck without a comparison, for a capitalised build', () => {
  it('leaves out what changed and adds the P&L beside the cash', async () => {
    const cap = load('examples/capitalised-build.json');
    const r = evaluateScenario(cap.scenario);
    const deck = buildDeckModel(cap.scenario, r, META);
    expect(deck.slides.map((s) => s.id)).toEqual([
      'recommendation',
      'ranking',
      'cumulative',
      'crossover',
      'vendor-count',
      'accounting',
      'negotiation',
    ]);
    const build = r.options.find((o) => o.kind === 'build')!;
    const table = deck.slides.find((s) => s.id === 'accounting')!.tables[0];
    const row = table.rows.find((x) => x[0] === build.name)!;
    expect(row).toEqual([
      build.name,
      money(build.accounting.total.cash),
      money(build.accounting.total.expense),
      money(build.accounting.total.ebitdaCost),
      money(build.accounting.bookValueAtHorizon),
    ]);
    expect(deck.slides[0].texts.map((t) => t.text).join(' ')).toContain(
      'Above EBITDA over 36 months, Build (80% capitalised) costs least',
    );
  });
});

describe('the deck of a scenario with ranges', () => {
  it('adds the risk slide: the tornado as a native bar chart and the probability the recommendation holds', async () => {
    const ranged = load('examples/support-team-ranges.json');
    const r = evaluateScenario(ranged.scenario);
    const deck = buildDeckModel(ranged.scenario, r, META);
    expect(deck.slides.map((s) => s.id)).toContain('risk');
    const report = riskReport(ranged.scenario);
    const z = await JSZip.loadAsync(await writePptxBytes(deck));
    const charts = await Promise.all(
      Object.keys(z.files)
        .filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => z.file(f)!.async('string')),
    );
    const bar = charts.find((x) => x.includes('<c:barDir val="bar"/>'))!;
    const [low, high] = chartSeries(bar);
    // largest swing first in the tornado, drawn at the top (the last category of a bar chart)
    expect(low.values).toEqual(report.tornado.map((t) => t.marginAtLow).reverse());
    expect(high.values).toEqual(report.tornado.map((t) => t.marginAtHigh).reverse());
    const index = deck.slides.findIndex((s) => s.id === 'risk') + 1;
    const text = texts(await z.file(`ppt/slides/slide${index}.xml`)!.async('string')).join('\n');
    expect(text).toContain(`Risk: does ${report.recommendation} stay first?`);
    expect(text).toContain(formatPercent(report.simulation.probabilityRecommendationHolds, 0));
    expect(text).toContain(`P50 ${money(report.simulation.margin.p50)}`);
    // bars start at the base-case margin, labelled as the CLI labels the inputs
    expect(bar).toContain(`<c:crossesAt val="${report.baseMargin}"/>`);
    const categories = [...bar.matchAll(/<c:cat>[\s\S]*?<\/c:cat>/g)][0][0];
    expect(categories).toContain('Hybrid capped&apos;s resolution rate');
    expect(categories).toContain('Contacts per month');
    expect(categories).not.toMatch(/resolutionRate|contactsPerMonth/);
    // slide 1 says how sure, as the workbook's summary line does
    const first = texts(await z.file('ppt/slides/slide1.xml')!.async('string')).join('\n');
    expect(first).toContain(`${probabilityLineOf(report.simulation)}.`);
    expect(first).toMatch(/Probability the recommendation holds: \d+% \(10,000 trials, seed 1\)/);
  });
});
