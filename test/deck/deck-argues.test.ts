import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../src/analysis/npv-bridge';
import { vendorWhatIfs } from '../../src/analysis/what-if';
import { buildDeckModel, writePptxBytes, type DeckModel } from '../../src/deck/index';
import { evaluateScenario } from '../../src/engine/evaluate';
import { wholeMoney } from '../../src/export/number-formats';
import { parseScenario } from '../../src/scenario/load';
import { FIXED_FIELDS, RANGEABLE_FIELDS } from '../../src/scenario/rangeable-fields';
import type { Scenario } from '../../src/scenario/schema';

// What a board member found wrong with the deck (issue 22), checked on every example: no slide
// without content, no raw field path, a currency on every money axis, text left and numbers
// right; and the cases that used to mislead: no build, lines that coincide, a bid worse than
// doing nothing.

const META = { date: '2026-12-01', version: '0.0.0-test' };
const EXAMPLES = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => `examples/${f}`);

function scenarioOf(file: unknown): Scenario {
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}
const fileOf = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const deckOf = (scenario: Scenario) => buildDeckModel(scenario, evaluateScenario(scenario), META);

/** Every slide and chart part of the written deck, as XML. */
async function parts(model: DeckModel): Promise<{ slides: string[]; charts: string[] }> {
  const zip = await JSZip.loadAsync(await writePptxBytes(model));
  const read = (re: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((f) => re.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
  return {
    slides: await read(/^ppt\/slides\/slide\d+\.xml$/),
    charts: await read(/^ppt\/charts\/chart\d+\.xml$/),
  };
}

/** A catalogue path as it would appear raw: `charges.tiers[].price` matches `charges.tiers[0].price`. */
const rawPath = (path: string) =>
  new RegExp(path.replace(/[.]/g, '\\.').replace(/\[\]/g, '\\[\\d*\\]'));
/** Every catalogue path, and every camelCase name in one (`initialRatio`), which no label uses. */
const RAW = [...RANGEABLE_FIELDS, ...FIXED_FIELDS]
  .filter((f) => /[.[]|[a-z][A-Z]/.test(f.path))
  .flatMap((f) => [
    rawPath(f.path),
    ...f.path
      .split('.')
      .map((p) => p.replace(/\[\]$/, ''))
      .filter((p) => /[a-z][A-Z]/.test(p))
      .map((p) => new RegExp(`\\b${p}\\b`)),
  ]);

/** What a reader sees (the slides' text runs, the charts' cached names and labels) names no raw path. */
async function expectNoRawPath(model: DeckModel): Promise<void> {
  const { slides, charts } = await parts(model);
  const all = [...slides, ...charts]
    .flatMap((x) => [...x.matchAll(/<(a:t|c:v)>([^<]*)<\/\1>/g)].map((m) => m[2]))
    .join('\n');
  expect(all).toContain(model.slides[0].title.replace(/'/g, '&apos;'));
  for (const raw of RAW) expect(all, String(raw)).not.toMatch(raw);
}

describe.each(EXAMPLES)('the deck of %s', (path) => {
  const scenario = scenarioOf(fileOf(path));
  const model = deckOf(scenario);

  it('has no slide without content', () => {
    for (const s of model.slides) {
      const said = [...s.texts.map((t) => t.text), ...s.tables.flatMap((t) => t.rows.flat())];
      const drawn = s.charts.filter((c) => c.series.some((x) => x.values.length > 0));
      expect(said.join('').trim().length + drawn.length, s.id).toBeGreaterThan(0);
      expect(
        s.tables.every((t) => t.rows.length > 0),
        s.id,
      ).toBe(true);
    }
    expect(JSON.stringify(model)).not.toMatch(/no build and vendor pair|nothing to compare/);
  });

  it('names no field by its raw path, in slide text or chart', async () => {
    await expectNoRawPath(model);
  });

  it('formats every money axis in the scenario currency', async () => {
    const money = model.slides
      .flatMap((s) => s.charts)
      .filter((c) => c.yTitle.includes(`(${scenario.currency})`));
    expect(money.length).toBeGreaterThan(0);
    for (const c of money) expect(c.numberFormat, c.title).toBe(wholeMoney(scenario.currency));
    const { charts } = await parts(model);
    const code = wholeMoney(scenario.currency).replace(/"/g, '&quot;');
    for (const xml of charts.filter((x) => x.includes(`(${scenario.currency})`))) {
      const valAx = /<c:valAx>[\s\S]*?<\/c:valAx>/.exec(xml)![0];
      expect(valAx).toContain(`<c:numFmt formatCode="${code}"`);
    }
  });

  it('aligns text columns left and number columns right, headers with their column', () => {
    for (const t of model.slides.flatMap((s) => s.tables)) {
      expect(t.align).toHaveLength(t.header.length);
      t.align.forEach((align, c) => {
        const cells = t.rows.map((r) => r[c]).filter((v) => v !== '' && v !== '-');
        // "never cheaper" stands in the crossover column for a volume that does not exist
        const numeric = cells.some(
          (v) => v === 'never cheaper' || /^[+-]?[$€£]?-?[\d,.]+%?$/.test(v),
        );
        if (cells.length > 0)
          expect(align, `${t.header[c]}: ${cells[0]}`).toBe(numeric ? 'right' : 'left');
      });
    }
  });
});

describe('the slides that used to mislead', () => {
  const base = fileOf('examples/support-team.json');

  it('names what changed in the catalogue’s words, not by path', async () => {
    const old = fileOf('examples/quarters/support-team-last-quarter.json');
    const now = scenarioOf(base);
    const result = evaluateScenario(now);
    const comparison = compareScenarios(
      { file: old, scenario: scenarioOf(old) },
      { file: base, scenario: now, result },
    );
    expect(comparison.bridge.flatMap((s) => s.paths).join(' ')).toMatch(/options\[/);
    const model = buildDeckModel(now, result, META, { comparison, label: 'last quarter' });
    expect(model.slides.map((s) => s.id)).toContain('changes');
    await expectNoRawPath(model);
    expect(JSON.stringify(model.slides.find((s) => s.id === 'changes')!.tables)).not.toMatch(
      /options\[|charges\./,
    );
  });

  it('leaves the crossover slide out of a scenario without a build', () => {
    const file = {
      ...base,
      options: base.options.filter((o: { kind: string }) => o.kind !== 'build'),
    };
    const model = deckOf(scenarioOf(file));
    expect(model.slides.map((s) => s.id)).not.toContain('crossover');
    expect(model.slides.map((s) => s.id)).toContain('cumulative');
  });

  it('keeps lines that coincide apart: their own dash, markers and a note naming both', async () => {
    const twin = { ...base.options[1], name: 'Per resolution (second quote)' };
    const scenario = scenarioOf({ ...base, options: [...base.options, twin] });
    const model = deckOf(scenario);
    const slide = model.slides.find((s) => s.id === 'cumulative')!;
    const [a, b] = ['Per resolution', 'Per resolution (second quote)'].map((n) =>
      slide.charts[0].series.find((s) => s.name === n)!,
    );
    expect(a.values).toEqual(b.values);
    expect(a.dash).not.toBe(b.dash);
    expect(b.marker).not.toBe('none');
    expect(slide.texts.map((t) => t.text).join('\n')).toContain(
      'Per resolution and Per resolution (second quote) cost the same month by month: their lines lie on one another.',
    );
    const { charts } = await parts(model);
    const line = charts.find((x) => x.includes('<c:lineChart>'))!;
    expect(line).toMatch(/<c:symbol val="(circle|square|triangle|diamond)"\/>/);
  });

  it('says a tie is a tie on slide 1 rather than "$0 less"', () => {
    const best = base.options.find((o: { name: string }) => o.name === 'Hybrid capped');
    const scenario = scenarioOf({
      ...base,
      options: [...base.options, { ...best, name: 'Hybrid capped, again' }],
    });
    const why = deckOf(scenario)
      .slides[0].texts.map((t) => t.text)
      .join('\n');
    expect(why).toContain(
      'Hybrid capped and Hybrid capped, again cost the same in NPV over 36 months ($4.2M)',
    );
    expect(why).not.toMatch(/\$0 less/);
  });

  it('asks nothing of a bid worse than doing nothing, and has no negotiation slide when no bid beats it', () => {
    const dear = {
      ...base.options[1],
      name: 'Gold plated',
      charges: { ...base.options[1].charges, price: 40, annualCap: undefined },
    };
    const scenario = scenarioOf({ ...base, options: [...base.options, dear] });
    const result = evaluateScenario(scenario);
    expect(
      vendorWhatIfs(scenario, result).find((w) => w.name === 'Gold plated')!.beatsStatusQuo,
    ).toBe(false);
    const asks = buildDeckModel(scenario, result, META).slides.find((s) => s.id === 'negotiation')!;
    expect(asks.tables[0].rows.map((r) => r[0])).not.toContain('Gold plated');
    expect(asks.tables[0].rows.every((r) => r[2] !== '$0')).toBe(true);

    const onlyDear = scenarioOf({
      ...base,
      options: [...base.options.filter((o: { kind: string }) => o.kind === 'status-quo'), dear],
    });
    const ids = deckOf(onlyDear).slides.map((s) => s.id);
    expect(ids).not.toContain('negotiation');
    expect(ids).not.toContain('crossover');
  });
});
