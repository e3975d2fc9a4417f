// The taskpane's derived views against independent evaluations of the engine.
import { describe, expect, it } from 'vitest';
import { oracle } from '../support/domain-oracle';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { breakevenMarks, cumulativeTotals } from '../../src/analysis/cumulative';
import { monthlyEffectivePrice } from '../../src/analysis/drift-view';
import { steadyMonthlyCost, volumeCurves } from '../../src/analysis/volume-curves';
import { vendorWhatIfs } from '../../src/analysis/what-if';
import { defaultDraft } from '../../taskpane/state/examples';
import { setAt } from '../../taskpane/state/draft';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function parse(draft: unknown): Scenario {
  const parsed = parseScenario(draft);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

const scenario = parse(defaultDraft());
const result = evaluateScenario(scenario);
const npvOf = (s: Scenario, name: string) =>
  evaluateScenario(s).options.find((o) => o.name === name)!.npv;

describe('what-if pricing of negotiation items', () => {
  const whatIfs = vendorWhatIfs(scenario, result);

  it('prices a cap at the first year usage as the engine total with that cap', () => {
    const perResolution = whatIfs.find((w) => w.name === 'Per resolution')!;
    expect(perResolution.cap.existing).toBe(false);
    const option = result.options[perResolution.index];
    let firstYear = 0;
    for (let m = 0; m < 12; m++) firstYear += option.schedule.usage[m];
    expect(close(perResolution.cap.cap, firstYear)).toBe(true);
    const capped = parse(
      setAt(defaultDraft(), ['options', perResolution.index, 'charges', 'annualCap'], firstYear),
    );
    expect(close(perResolution.cap.worthNpv, option.npv - npvOf(capped, 'Per resolution'))).toBe(
      true,
    );
    expect(perResolution.cap.worthNpv).toBeGreaterThan(0);
  });

  it('prices an existing cap against none', () => {
    const hybrid = whatIfs.find((w) => w.name === 'Hybrid capped')!;
    expect(hybrid.cap).toMatchObject({ existing: true, cap: 180000 });
    const uncapped = parse(
      setAt(defaultDraft(), ['options', hybrid.index, 'charges', 'annualCap'], undefined),
    );
    expect(
      close(
        hybrid.cap.worthNpv,
        npvOf(uncapped, 'Hybrid capped') - result.options[hybrid.index].npv,
      ),
    ).toBe(true);
  });

  it('prices the fair drift discount off the unit price', () => {
    const w = whatIfs.find((x) => x.name === 'Per resolution')!;
    const expected = oracle(defaultDraft()).options[w.index].driftDiscount!;
    expect(close(w.driftDiscount!.discount, expected)).toBe(true);
    const discounted = parse(
      setAt(defaultDraft(), ['options', w.index, 'charges', 'price'], 0.99 * (1 - expected)),
    );
    expect(
      close(
        w.driftDiscount!.worthNpv,
        result.options[w.index].npv - npvOf(discounted, 'Per resolution'),
      ),
    ).toBe(true);
    expect(whatIfs.find((x) => x.name === 'Per conversation')!.driftDiscount).toBeNull();
  });

  it('prices billing on the buyer count and reports SLA credits', () => {
    const w = whatIfs.find((x) => x.name === 'Per resolution')!;
    const honest = parse(
      setAt(defaultDraft(), ['options', w.index, 'overcount'], { initialRatio: 1, driftAnnual: 0 }),
    );
    expect(
      close(w.buyerCount.worthNpv, result.options[w.index].npv - npvOf(honest, 'Per resolution')),
    ).toBe(true);
    // Per conversation bills contacts, so the vendor's counting costs nothing there.
    expect(whatIfs.find((x) => x.name === 'Per conversation')!.buyerCount.worthNpv).toBe(0);
    const hybrid = whatIfs.find((x) => x.name === 'Hybrid capped')!;
    let credits = 0;
    result.options[hybrid.index].schedule.slaCredit.forEach((c) => (credits += c));
    expect(hybrid.slaCredits).toBe(credits);
    expect(credits).toBeGreaterThan(0);
    expect(w.slaCredits).toBeNull();
  });
});

describe('chart data', () => {
  it('accumulates monthly totals and marks the engine breakeven on the build line', () => {
    const cumulative = cumulativeTotals(result);
    result.options.forEach((o, i) => expect(close(cumulative[i][35], o.totalCost)).toBe(true));
    const marks = breakevenMarks(result, cumulative);
    const expected = result.comparisons.filter((c) => c.breakevenMonth !== null);
    expect(marks.map((m) => [m.build, m.vendor, m.month])).toEqual(
      expected.map((c) => [c.build, c.vendor, c.breakevenMonth]),
    );
    expect(marks.length).toBeGreaterThan(0);
  });

  it('places each crossover where the build turns cheaper than the vendor', () => {
    const curves = volumeCurves(scenario, result);
    expect(curves.crossovers.length).toBe(3);
    for (const c of curves.crossovers) {
      const vendor = scenario.options.find((o) => o.name === c.vendor)!;
      const build = scenario.options.find((o) => o.name === c.build)!;
      const gap = (v: number) =>
        steadyMonthlyCost(build, scenario, v) - steadyMonthlyCost(vendor, scenario, v);
      expect(close(c.monthlyCost, steadyMonthlyCost(build, scenario, c.volume))).toBe(true);
      // The engine solves to a relative 1e-6 in volume: dearer just below, not dearer just above.
      expect(gap(c.volume * (1 - 1e-5))).toBeGreaterThan(0);
      expect(gap(c.volume * (1 + 1e-5))).toBeLessThanOrEqual(0);
      // Priced per unit (no packages), the two lines meet there.
      if (vendor.kind === 'vendor' && !vendor.charges.package) {
        expect(Math.abs(gap(c.volume)) / c.monthlyCost).toBeLessThan(1e-5);
      }
    }
    const statusQuo = curves.curves.find((c) => c.name === 'Status quo')!;
    statusQuo.points.forEach((p) => expect(close(p.y, p.x * 4.5)).toBe(true));
  });

  it('gives the effective price per true outcome month by month, none before go-live', () => {
    const option = result.options.find((o) => o.name === 'Per resolution')!;
    const prices = monthlyEffectivePrice(option);
    expect(prices[0]).toBeNull();
    expect(
      close(prices[5]!, option.schedule.vendorCharges[5] / option.schedule.trueOutcomes[5]),
    ).toBe(true);
  });
});

describe('switchMarks', () => {
  it("places each switch month on the option's cumulative line, with the saving of the best month", async () => {
    const { readFileSync } = await import('node:fs');
    const { parseScenarioText } = await import('../../src/index');
    const { switchMarks } = await import('../../src/analysis/cumulative');
    const parsed = parseScenarioText(readFileSync('examples/buy-then-build.json', 'utf8'));
    if (!parsed.ok) throw new Error('invalid');
    const result = evaluateScenario(parsed.scenario);
    const marks = switchMarks(result, cumulativeTotals(result));
    const option = result.options.find((o) => o.name === 'Buy then build')!;
    expect(marks).toHaveLength(1);
    expect(marks[0].month).toBe(9);
    expect(marks[0].bestMonth).toBe(option.bestSwitchMonth);
    let running = 0;
    for (let m = 0; m < 9; m++) running += option.schedule.total[m];
    expect(close(marks[0].cumulativeAtMonth!, running)).toBe(true);
    expect(close(marks[0].saving, option.npv - option.bestSwitchNpv!)).toBe(true);
    expect(marks[0].saving).toBeGreaterThanOrEqual(0);
  });
});
