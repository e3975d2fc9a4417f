import { booksDifferFromCash } from '../analysis/accounting-ranking';
import type { ScenarioComparison } from '../analysis/npv-bridge';
import { pricedAsks, vendorWhatIfs, type PricedAsk, type VendorWhatIf } from '../analysis/what-if';
import { largestContributionLine } from '../uncertainty/contribution-line';
import { fieldWords, optionKinds } from '../uncertainty/describe-field';
import { riskReport } from '../uncertainty/risk-report';
import { SERIES_COLORS } from '../export/summary-sheet';
import { wholeMoney } from '../export/number-formats';
import { rankingCells } from '../analysis/ranking-cells';
import { runningTotals } from '../engine/running-totals';
import { formatMoney, moneyFormat, formatNumber, formatPercent } from '../text/format';
import type { Comparison, ScenarioResult } from '../engine/evaluate';
import type { Scenario } from '../scenario/schema';
import { bridgeBars } from '../analysis/bridge-bars';
import type {
  DeckModel,
  DeckSeries,
  DeckSlide,
  DeckText,
  LineDash,
  LineMarker,
} from './deck-model';
import { pathWords } from './path-words';
import { reconciliationSlide, type DeckReconciliation } from './reconciliation-slide';
import { recommendationSlide, type DeckMeta } from './recommendation-slide';
import { chart, MARGIN, MUTED, slide, table, text, WARN, WIDTH, type Deck } from './slide-parts';
import { vendorCountLines, type VendorCountLines } from './vendor-count-lines';

export type { DeckMeta } from './recommendation-slide';
export type { DeckReconciliation } from './reconciliation-slide';

/** What the deck compares with (`--compare OLD.json`): the bridge and the old file's name. */
export interface DeckCompare {
  comparison: ScenarioComparison;
  label: string;
}

/**
 * The board deck: the recommendation with why and how sure, the ranking, cumulative cost with
 * breakeven months, the crossover against the rule of thumb (with a build to compare), what the
 * vendors' counts cost (with an overcount), the P&L beside cash when it differs, the risk (with
 * ranges), what changed (with a comparison), the reconciliation (with one) and the negotiation
 * asks with their priced value (when a vendor that beats the status quo has one). No slide is
 * there without content; every figure is the engine's.
 */
export function buildDeckModel(
  scenario: Scenario,
  result: ScenarioResult,
  meta: DeckMeta,
  compare?: DeckCompare,
  reconciliation?: DeckReconciliation,
): DeckModel {
  const byName = new Map(result.options.map((o) => [o.name, o]));
  const deck: Deck = {
    scenario,
    result,
    ranked: result.ranking.map((n) => byName.get(n)!),
    money: moneyFormat(result.currency, 0),
    moneyAxis: wholeMoney(result.currency),
    risk: scenario.uncertainty ? riskReport(scenario) : null,
  };
  const whatIfs = vendorWhatIfs(scenario, result);
  const counts = vendorCountLines(result, whatIfs);
  const slides: (DeckSlide | null)[] = [
    recommendationSlide(deck, meta),
    rankingSlide(deck, counts),
    cumulativeSlide(deck, counts),
    result.comparisons.length > 0 ? crossoverSlide(deck, counts) : null,
    counts.length > 0 ? vendorCountSlide(deck, counts) : null,
    booksDifferFromCash(result) ? accountingSlide(deck) : null,
    deck.risk ? riskSlide(deck) : null,
    compare ? changesSlide(deck, compare) : null,
    reconciliation ? reconciliationSlide(deck, reconciliation) : null,
    negotiationSlide(deck, whatIfs, counts),
  ];
  return {
    title: `${scenario.name}: board deck`,
    slides: slides.filter((s): s is DeckSlide => s !== null),
  };
}

/** Warnings in a text box from `top` (inches, plus a gap) to the foot of the slide; none without. */
function warningsUnder(top: number, warnings: readonly string[]): DeckText[] {
  if (warnings.length === 0) return [];
  const y = top + 0.25;
  return [
    text({
      text: warnings.join('\n'),
      ...{ x: MARGIN, y, w: WIDTH, h: Math.max(0.5, 7.3 - y) },
      fontSize: 14,
      color: WARN,
    }),
  ];
}

/** The saturation warnings of the options a slide shows, one line each. */
function saturationLines(
  counts: readonly VendorCountLines[],
  shown: ReadonlySet<string>,
): string[] {
  return counts
    .filter((c) => c.saturation !== null && shown.has(c.name))
    .map((c) => `Warning, ${c.name}: ${c.saturation}.`);
}

function rankingSlide({ result, ranked }: Deck, counts: readonly VendorCountLines[]): DeckSlide {
  const rows = ranked.map((o, i) => {
    const c = rankingCells(o, result.currency);
    return [String(i + 1), o.name, c.npv, c.totalCost, c.perContact, c.perOutcome, c.savings];
  });
  const ranking = table(
    ['#', 'Option', 'NPV', 'Total cost', 'Per contact', 'Per outcome', 'Savings vs status quo'],
    [0.5, 3.633, 1.6, 1.6, 1.4, 1.4, 2.2],
    ['right', 'left', 'right', 'right', 'right', 'right', 'right'],
    rows,
  );
  const warnings = saturationLines(counts, new Set(ranked.map((o) => o.name)));
  return slide(
    'ranking',
    `The ranking: ${result.horizonMonths} months, by NPV`,
    [
      'Options ranked by NPV, lowest first (ranking in crossover run --json).',
      'Per contact = total cost / all contacts; per outcome = vendor charges / outcomes as the buyer defines them (effectivePricePerOutcome), so a vendor’s drifting count is priced in.',
      'Savings vs status quo = the status quo’s total cost - the option’s total cost.',
      ...(warnings.length
        ? [
            'Saturation (saturatedFromMonth): the first live month in which the vendor counts every contact as an outcome.',
          ]
        : []),
    ],
    {
      tables: [ranking],
      texts: warningsUnder(ranking.y + ranking.h, warnings),
    },
  );
}

/** The breakeven month, or the month after the horizon (never just "never"). */
function breakevenLine(c: Comparison, H: number): string {
  const pair = `${c.build} vs ${c.vendor}`;
  if (c.breakevenMonth !== null) return `${pair}: breaks even in month ${c.breakevenMonth}`;
  return c.breakevenAfterHorizon === null
    ? `${pair}: no breakeven by month 240`
    : `${pair}: breaks even in month ${c.breakevenAfterHorizon}, after the ${H}-month horizon`;
}

const DASHES: readonly LineDash[] = ['solid', 'dash', 'sysDot', 'lgDash', 'dashDot', 'lgDashDot'];
const MARKERS: readonly LineMarker[] = ['circle', 'square', 'triangle', 'diamond'];
/** Lines closer than this share of the chart's largest value are drawn over one another. */
const COINCIDE = 0.005;

/**
 * Each line its own dash; a line that coincides with one drawn before it also gets markers, and
 * the pairs are named, so that no option hides behind another.
 */
function visibleLines(series: DeckSeries[]): { series: DeckSeries[]; pairs: [string, string][] } {
  const top = Math.max(1e-300, ...series.flatMap((s) => s.values.map(Math.abs)));
  const pairs: [string, string][] = [];
  const styled = series.map((s, i) => {
    const twin = series
      .slice(0, i)
      .find((t) => t.values.every((v, m) => Math.abs(v - s.values[m]) <= COINCIDE * top));
    if (twin) pairs.push([twin.name, s.name]);
    return {
      ...s,
      dash: DASHES[i % DASHES.length],
      marker: twin ? MARKERS[pairs.length % MARKERS.length] : ('none' as const),
    };
  });
  return { series: styled, pairs };
}

function cumulativeSlide(
  { result, money, moneyAxis }: Deck,
  counts: readonly VendorCountLines[],
): DeckSlide {
  const H = result.horizonMonths;
  const { series, pairs } = visibleLines(
    result.options.map((o, i) => ({
      name: o.name,
      values: runningTotals(o.schedule.total),
      color: SERIES_COLORS[i % SERIES_COLORS.length],
    })),
  );
  const lines = [
    ...result.comparisons.map((c) => breakevenLine(c, H)),
    ...pairs.map(
      ([a, b]) => `${a} and ${b} cost the same month by month: their lines lie on one another.`,
    ),
  ];
  const warnings = saturationLines(counts, new Set(result.options.map((o) => o.name)));
  const side = lines.length + warnings.length > 0;
  return slide(
    'cumulative',
    'Cumulative cost and the breakeven months',
    [
      'Each line is the running sum of an option’s monthly total cost (the Schedule sheet’s cumulative columns); each line has its own dash, and lines that coincide also carry markers.',
      'Breakeven month: the first month in which the build’s cumulative cost is at most the vendor’s (breakevenMonth in comparisons); when that is after the horizon, the month with both run on to 240 months (breakevenAfterHorizon).',
      ...series.map((s) => `${s.name}: ${money(s.values[H - 1])} after ${H} months.`),
    ],
    {
      charts: [
        chart(
          {
            kind: 'line',
            title: `Cumulative cost, ${result.currency}`,
            categories: Array.from({ length: H }, (_, i) => String(i + 1)),
            series,
            xTitle: 'Month',
            yTitle: `Cumulative cost (${result.currency})`,
            numberFormat: moneyAxis,
          },
          side ? 8.4 : WIDTH,
        ),
      ],
      texts: side
        ? [
            text({
              text: lines.map((l) => `• ${l}`).join('\n'),
              ...{ x: 9.1, y: 1.5, w: 3.733, h: 3.2 },
              fontSize: 16,
            }),
            ...(warnings.length
              ? [
                  text({
                    text: warnings.join('\n'),
                    ...{ x: 9.1, y: 4.8, w: 3.733, h: 2.3 },
                    fontSize: 13,
                    color: WARN,
                  }),
                ]
              : []),
          ]
        : [],
    },
  );
}

function crossoverSlide(
  { scenario, result }: Deck,
  counts: readonly VendorCountLines[],
): DeckSlide {
  const today = result.options[0].schedule.contacts[0];
  const rows = result.comparisons.map((c) => [
    `${c.build} vs ${c.vendor}`,
    c.crossoverContactsPerMonth === null
      ? 'never cheaper'
      : formatNumber(c.crossoverContactsPerMonth),
    c.crossoverContactsPerMonth === null
      ? 'buy'
      : c.crossoverContactsPerMonth <= today
        ? 'build'
        : 'buy',
    c.ruleOfThumb,
  ]);
  const crossovers = table(
    [
      'Build vs vendor',
      'Crossover (contacts/month)',
      `At ${formatNumber(today)} contacts/month`,
      'Rule of thumb',
    ],
    [5.333, 2.6, 2.4, 2.0],
    ['left', 'right', 'left', 'left'],
    rows,
    { rowHeight: 0.55 },
  );
  const rule = scenario.ruleOfThumb;
  return slide(
    'crossover',
    'The exact crossover against the rule of thumb',
    [
      'Crossover: the steady-state contacts per month at which a year of the build costs the same as a year of the vendor (crossoverContactsPerMonth; the Crossover sheet shows both years by formula).',
      `Exact answer at today’s volume: build when the crossover is at or below month-1 contacts (${formatNumber(today)}).`,
      `Rule of thumb: build when the vendor’s counted outcomes in month ${result.horizonMonths} exceed ${formatNumber(rule.outcomesPerMonth)} a month and its price per outcome exceeds ${formatMoney(rule.price, result.currency, 2)} (ruleOfThumb in comparisons).`,
    ],
    {
      tables: [crossovers],
      texts: warningsUnder(
        crossovers.y + crossovers.h,
        saturationLines(counts, new Set(result.comparisons.map((c) => c.vendor))),
      ),
    },
  );
}

/** Inches a text takes at `fontSize` points in a box `w` inches wide (wrapped, one line at least). */
function textHeight(lines: readonly string[], fontSize: number, w: number): number {
  const perLine = Math.floor((w * 72) / (fontSize * 0.52));
  const visual = lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
  return (visual * fontSize * 1.25) / 72 + 0.15;
}

/** Issue 21's figures for the board: per vendor, what its own count costs and what to ask. */
function vendorCountSlide({ result }: Deck, counts: readonly VendorCountLines[]): DeckSlide {
  const texts: DeckText[] = [];
  const bodies = counts.map((c) => [
    ...c.lines.map((l) => `${l[0].toUpperCase()}${l.slice(1)}.`),
    ...(c.saturation ? [`Warning: ${c.saturation}.`] : []),
  ]);
  // the largest type in which every vendor fits on the slide
  const height = (size: number) =>
    bodies.reduce((y, body) => y + 0.65 + textHeight(body, size, WIDTH - 0.3), 0);
  const size = [20, 18, 16, 14, 12].find((s) => height(s) <= 5.9) ?? 12;
  let y = 1.35;
  for (const [i, c] of counts.entries()) {
    const body = bodies[i];
    const h = textHeight(body, size, WIDTH - 0.3);
    texts.push(
      text({ text: c.name, x: MARGIN, y, w: WIDTH, h: 0.45, fontSize: size + 4, bold: true }),
      text({
        text: body.join('\n'),
        x: MARGIN + 0.3,
        y: y + 0.45,
        w: WIDTH - 0.3,
        h,
        fontSize: size,
      }),
    );
    y += 0.45 + h + 0.2;
  }
  return slide(
    'vendor-count',
    'What the vendors’ own counts cost',
    [
      `Overcharge: the option’s total cost over ${result.horizonMonths} months minus the same option billed on the buyer’s count (overcount ratio 1, no drift): overcountCost, and overcountNpv in NPV (crossover run --json).`,
      'Price to ask: the price per vendor-counted outcome that bills what the quoted price bills on the buyer’s own count, price × true outcomes / vendor-counted outcomes (priceToAsk).',
      'Fair drift discount: 1 - the vendor-counted outcomes with the count held at month one’s ratio / the vendor-counted outcomes as billed (driftDiscount); its worth is the NPV with every unit price cut by it, against the bid.',
      'Saturation: from that month the vendor counts every contact as an outcome, so drift adds nothing more (saturatedFromMonth).',
    ],
    { texts },
  );
}

function accountingSlide({ result, ranked, money }: Deck): DeckSlide {
  const H = result.horizonMonths;
  return slide(
    'accounting',
    'The P&L beside the cash',
    [
      'Cash: the sum of monthly totals. Expense: the P&L cost, where the capitalised share of a build leaves the P&L and returns as straight-line amortisation from go-live, and prepaid credit is expensed as drawn (accounting.total in crossover run --json; the Accounting sheet).',
      'Cost above EBITDA = expense - amortisation. Book value = capitalised amount - amortisation charged by the horizon.',
    ],
    {
      tables: [
        table(
          ['Option', `Cash, ${H} months`, 'Expense', 'Cost above EBITDA', `Book value, month ${H}`],
          [4.333, 2.0, 2.0, 2.0, 2.0],
          ['left', 'right', 'right', 'right', 'right'],
          ranked.map((o) => [
            o.name,
            money(o.accounting.total.cash),
            money(o.accounting.total.expense),
            money(o.accounting.total.ebitdaCost),
            money(o.accounting.bookValueAtHorizon),
          ]),
          { smallAbove: Infinity },
        ),
      ],
    },
  );
}

function changesSlide(
  { scenario, result, money, moneyAxis }: Deck,
  compare: DeckCompare,
): DeckSlide {
  const c = compare.comparison;
  const names = Object.keys(c.totalChange);
  const kinds = optionKinds(scenario);
  const words = (paths: string[]) => paths.map((p) => pathWords(p, kinds)).join(' + ');
  // The bridge of the best-ranked option both versions have (the recommendation when it is one).
  const focus = result.ranking.find((n) => names.includes(n));
  const lines = [
    c.recommendationChanged
      ? `Recommendation: ${c.recommendationBefore} before, ${c.recommendationAfter} now.`
      : `Recommendation unchanged: ${c.recommendationAfter}.`,
    ...(c.added.length ? [`Added: ${c.added.join(', ')}`] : []),
    ...(c.removed.length ? [`Removed: ${c.removed.join(', ')}`] : []),
  ];
  if (focus === undefined)
    return slide(
      'changes',
      `What changed since ${compare.label}`,
      ['No option is in both versions: nothing to bridge.'],
      {
        texts: [text({ text: lines.join('\n'), x: MARGIN, y: 1.5, w: WIDTH, h: 2 })],
      },
    );
  const bars = bridgeBars(c, focus);
  return slide(
    'changes',
    `What changed since ${compare.label}: ${focus}`,
    [
      `The bridge of ${focus}'s NPV from ${money(c.npvBefore[focus])} to ${money(c.npvAfter[focus])}: starting from the old scenario, each change is applied in the order it appears in the new file, and its effect is the NPV after it minus the NPV before (crossover diff --json, bridge).`,
      'The effects add up to the total change exactly. A change that alone would make the scenario invalid is merged with the following ones.',
      ...c.bridge.map(
        (s) => `${words(s.paths)} (${s.paths.join(' + ')}): ${money(s.effect[focus])}.`,
      ),
    ],
    {
      charts: [
        chart({
          kind: 'stacked-bar',
          title: `NPV bridge, ${result.currency}`,
          categories: bars.categories,
          series: bars.series,
          xTitle: 'Step',
          yTitle: `NPV (${result.currency})`,
          numberFormat: moneyAxis,
        }),
      ],
      texts: [text({ text: lines.join('\n'), x: 9.1, y: 1.3, w: 3.733, h: 1.3, fontSize: 14 })],
      tables: [
        table(
          ['Step', 'NPV effect'],
          [2.483, 1.25],
          ['left', 'right'],
          c.bridge.map((s, i) => [`${i + 1}. ${words(s.paths)}`, signed(money, s.effect[focus])]),
          { x: 9.1, y: 2.7, rowHeight: 0.45, smallAbove: 0 },
        ),
      ],
    },
  );
}

const capitalised = (s: string) => `${s[0].toUpperCase()}${s.slice(1)}`;

const signed = (money: (v: number) => string, v: number) => (v > 0 ? `+${money(v)}` : money(v));

/** Asks only of vendors that beat the status quo, each priced in NPV, none shown as worth 0. */
function negotiationSlide(
  { result, money }: Deck,
  whatIfs: readonly VendorWhatIf[],
  counts: readonly VendorCountLines[],
): DeckSlide | null {
  const H = result.horizonMonths;
  const rank = new Map(result.ranking.map((n, i) => [n, i]));
  const vendors = whatIfs
    .filter((w) => w.beatsStatusQuo)
    .sort((a, b) => rank.get(a.name)! - rank.get(b.name)!)
    .slice(0, 3);
  const askWords = (w: VendorWhatIf, ask: PricedAsk) =>
    ask.id === 'cap'
      ? `An annual cap at ${money(w.cap.cap)}`
      : ask.id === 'drift-discount'
        ? `A ${formatPercent(w.driftDiscount!.discount)} drift discount`
        : 'Bill on our own count of outcomes';
  const zero = money(0);
  const asked = vendors.flatMap((w) =>
    pricedAsks(w)
      .filter((ask) => money(ask.worthNpv) !== zero)
      .map((ask) => ({ name: w.name, row: [w.name, askWords(w, ask), money(ask.worthNpv)] })),
  );
  if (asked.length === 0) return null;
  const asks = table(
    ['Vendor', 'Ask', `Worth in NPV, ${H} months`],
    [3.6, 6.133, 2.6],
    ['left', 'left', 'right'],
    asked.map((a) => a.row),
    { smallAbove: 9 },
  );
  const warnings = saturationLines(counts, new Set(asked.map((a) => a.name)));
  return slide(
    'negotiation',
    'The negotiation asks and what each is worth',
    [
      `Each ask is priced by the engine in NPV: the vendor's NPV over ${H} months as bid, less its NPV with that one term changed (the taskpane's negotiation checklist). Only vendors that beat the status quo, and only asks worth more than 0.`,
      'Annual cap: at the first contract year’s usage. Drift discount: the fair discount for the vendor’s drifting count as billed, off every unit price. Own count: billing on the buyer’s definition (no overcount, no drift).',
    ],
    {
      tables: [asks],
      texts: warningsUnder(asks.y + asks.h, warnings),
    },
  );
}

function riskSlide({ scenario, result, money, moneyAxis, risk }: Deck): DeckSlide {
  const report = risk!;
  const sim = report.simulation;
  const kinds = optionKinds(scenario);
  // A horizontal bar chart draws its first category at the bottom: the largest swing goes last.
  const rows = [...report.tornado].reverse();
  return slide(
    'risk',
    `Risk: does ${report.recommendation} stay first?`,
    [
      `Margin = the next-best option's NPV - ${report.recommendation}'s NPV (positive: the recommendation is ahead); ${money(report.baseMargin)} at the base case (crossover risk --json, baseMargin).`,
      'Tornado: each range moved alone to its P10 and its P90, all others at base, largest swing first (tornado in crossover risk --json). Each bar starts at the base-case margin; a bar that crosses 0 flips the recommendation.',
      `Probability the recommendation holds: the share of ${formatNumber(sim.trials)} simulated trials (seed ${sim.seed}, ${sim.sampling} sampling) in which it has the lowest NPV (simulation.probabilityRecommendationHolds).`,
    ],
    {
      charts: [
        chart({
          kind: 'bar',
          title: `Margin of ${report.recommendation} at each input's P10 and P90, from the base case (${money(report.baseMargin)})`,
          categories: rows.map((r) => capitalised(fieldWords(kinds, r))),
          series: [
            { name: 'At P10', values: rows.map((r) => r.marginAtLow), color: '4E79A7' },
            { name: 'At P90', values: rows.map((r) => r.marginAtHigh), color: 'F28E2B' },
          ],
          xTitle: 'Input',
          yTitle: `Margin (${result.currency})`,
          numberFormat: moneyAxis,
          barsFrom: report.baseMargin,
        }),
      ],
      texts: [
        text({
          text: formatPercent(sim.probabilityRecommendationHolds, 0),
          ...{ x: 9.1, y: 1.5, w: 3.733, h: 1.0 },
          fontSize: 40,
          bold: true,
        }),
        text({
          text: `probability that ${report.recommendation} stays first over ${formatNumber(sim.trials)} trials (seed ${sim.seed})`,
          ...{ x: 9.1, y: 2.5, w: 3.733, h: 1.0 },
          fontSize: 18,
          color: MUTED,
        }),
        text({
          text: `Margin P10 ${money(sim.margin.p10)}\nP50 ${money(sim.margin.p50)}\nP90 ${money(sim.margin.p90)}`,
          ...{ x: 9.1, y: 3.8, w: 3.733, h: 1.6 },
          fontSize: 18,
        }),
        text({
          text: largestContributionLine(scenario, report.contributions) ?? '',
          ...{ x: 9.1, y: 5.5, w: 3.733, h: 1.2 },
          fontSize: 14,
          color: MUTED,
        }),
      ],
    },
  );
}
