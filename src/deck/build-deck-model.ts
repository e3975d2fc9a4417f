import { booksDifferFromCash, rankingDifferences } from '../analysis/accounting-ranking';
import type { ScenarioComparison } from '../analysis/npv-bridge';
import { pricedAsks, vendorWhatIfs, type PricedAsk, type VendorWhatIf } from '../analysis/what-if';
import { largestContributionLine } from '../uncertainty/contribution-line';
import { riskReport } from '../uncertainty/risk-report';
import { SERIES_COLORS } from '../export/summary-sheet';
import { rankingCells } from '../analysis/ranking-cells';
import { runningTotals } from '../engine/running-totals';
import { formatMoney, moneyFormat, formatNumber, formatPercent } from '../text/format';
import type { OptionResult, ScenarioResult } from '../engine/evaluate';
import type { Scenario } from '../scenario/schema';
import { bridgeBars } from '../analysis/bridge-bars';
import type { DeckChart, DeckModel, DeckSlide, DeckTable, DeckText } from './deck-model';

export interface DeckMeta {
  /** ISO date shown on the first slide. */
  date: string;
  version: string;
}

/** What the deck compares with (`--compare OLD.json`): the bridge and the old file's name. */
export interface DeckCompare {
  comparison: ScenarioComparison;
  label: string;
}

/** What every slide reads: the scenario, its result, the options in rank order, money as shown. */
interface Deck {
  scenario: Scenario;
  result: ScenarioResult;
  ranked: OptionResult[];
  money: (v: number) => string;
}

const BODY_SIZE = 20;
const TABLE_SIZE = 16;
const MARGIN = 0.5;
const WIDTH = 13.333 - 2 * MARGIN;
const DARK = '1F2937';
const MUTED = '4B5563';
const SOURCE =
  'Every figure is the Crossover engine’s (DOMAIN.md); the same numbers are in `crossover run --json` and the board workbook.';

/**
 * The board deck: the recommendation, the ranking, cumulative cost with breakeven months, the
 * crossover against the rule of thumb, the P&L beside cash when it differs, what changed (with a
 * comparison) and the negotiation asks with their priced value. Every figure is the engine's.
 */
export function buildDeckModel(
  scenario: Scenario,
  result: ScenarioResult,
  meta: DeckMeta,
  compare?: DeckCompare,
): DeckModel {
  const money = moneyFormat(result.currency, 0);
  const byName = new Map(result.options.map((o) => [o.name, o]));
  const ranked = result.ranking.map((n) => byName.get(n)!);
  const deck: Deck = { scenario, result, ranked, money };
  const slides: DeckSlide[] = [
    recommendationSlide(deck, meta),
    rankingSlide(deck),
    cumulativeSlide(deck),
    crossoverSlide(deck),
  ];
  if (booksDifferFromCash(result)) slides.push(accountingSlide(deck));
  if (scenario.uncertainty) slides.push(riskSlide(deck));
  if (compare) slides.push(changesSlide(deck, compare));
  slides.push(negotiationSlide(deck));
  return { title: `${scenario.name}: board deck`, slides };
}

const text = (t: Omit<DeckText, 'fontSize'> & { fontSize?: number }): DeckText => ({
  fontSize: BODY_SIZE,
  color: DARK,
  ...t,
});

/**
 * A table across the slide under its title: `rowHeight` inches a row (the header's too), in
 * smaller type when it has more than `smallAbove` rows.
 */
function table(
  header: string[],
  columnWidths: number[],
  rows: string[][],
  { rowHeight = 0.5, smallAbove = 8 } = {},
): DeckTable {
  return {
    x: MARGIN,
    y: 1.4,
    w: WIDTH,
    h: rowHeight * (rows.length + 1),
    fontSize: rows.length > smallAbove ? 12 : TABLE_SIZE,
    header,
    columnWidths,
    rows,
  };
}

/** A chart under the slide's title, `w` inches wide from the left margin, whole numbers on its axis. */
function chart(
  c: Pick<DeckChart, 'kind' | 'title' | 'categories' | 'series' | 'xTitle' | 'yTitle'>,
  w = 8.4,
): DeckChart {
  return {
    kind: c.kind,
    title: c.title,
    x: MARGIN,
    y: 1.3,
    w,
    h: 5.8,
    categories: c.categories,
    series: c.series,
    xTitle: c.xTitle,
    yTitle: c.yTitle,
    numberFormat: '#,##0',
  };
}

function slide(id: string, title: string, notes: string[], parts: Partial<DeckSlide>): DeckSlide {
  return {
    id,
    title,
    texts: [],
    tables: [],
    charts: [],
    notes: [...notes, SOURCE].join('\n'),
    ...parts,
  };
}

function recommendationSlide({ scenario, result, ranked, money }: Deck, meta: DeckMeta): DeckSlide {
  const best = ranked[0];
  const next = ranked[1];
  const H = result.horizonMonths;
  const figures: [string, string][] = [
    [`NPV over ${H} months`, money(best.npv)],
    [`Total cost over ${H} months`, money(best.totalCost)],
    ['Savings against the status quo', money(best.savingsVsStatusQuo)],
  ];
  if (next) figures.push([`Ahead of ${next.name} (NPV)`, money(next.npv - best.npv)]);
  const boxW = WIDTH / figures.length;
  const texts: DeckText[] = [
    text({
      text: `${scenario.name}`,
      x: MARGIN,
      y: 1.35,
      w: WIDTH,
      h: 0.6,
      fontSize: 22,
      color: MUTED,
    }),
    text({
      text: `${meta.date} · ${result.currency} · ${H} months · discount rate ${formatPercent(scenario.discountRateAnnual, 1)} a year`,
      x: MARGIN,
      y: 1.95,
      w: WIDTH,
      h: 0.5,
      fontSize: 18,
      color: MUTED,
    }),
    ...figures.flatMap(([label, value], i): DeckText[] => [
      text({
        text: value,
        x: MARGIN + i * boxW,
        y: 3.1,
        w: boxW - 0.2,
        h: 1.0,
        fontSize: 36,
        bold: true,
      }),
      text({
        text: label,
        x: MARGIN + i * boxW,
        y: 4.1,
        w: boxW - 0.2,
        h: 0.8,
        fontSize: 18,
        color: MUTED,
      }),
    ]),
  ];
  const differences = rankingDifferences(result).differences;
  const ebitda = differences.find((d) => d.basis === 'ebitdaCost');
  if (ebitda && ebitda.ranking[0] !== best.name)
    texts.push(
      text({
        text: `Above EBITDA over ${H} months, ${ebitda.ranking[0]} costs least (capitalised build cost is amortised below EBITDA).`,
        x: MARGIN,
        y: 5.4,
        w: WIDTH,
        h: 0.8,
        fontSize: 18,
        color: MUTED,
      }),
    );
  return slide(
    'recommendation',
    `Recommendation: ${best.name}`,
    [
      `The recommendation is the option with the lowest NPV: ${best.name}, ${money(best.npv)} (npv in crossover run --json; Summary sheet, NPV column).`,
      `NPV = sum of each month's total cost discounted at (1 + ${scenario.discountRateAnnual})^(1/12) - 1, cash at month end (Excel's NPV).`,
      `Total cost ${money(best.totalCost)} = sum of the ${H} monthly totals (totalCost). Savings ${money(best.savingsVsStatusQuo)} = status-quo total cost - this total cost (savingsVsStatusQuo).`,
      ...(next
        ? [
            `Ahead of ${next.name} by ${money(next.npv - best.npv)}: the difference of the two NPVs.`,
          ]
        : []),
    ],
    { texts },
  );
}

function rankingSlide({ result, ranked }: Deck): DeckSlide {
  const ranking = table(
    ['#', 'Option', 'NPV', 'Total cost', 'Per contact', 'Per outcome', 'Savings vs status quo'],
    [0.5, 3.633, 1.6, 1.6, 1.4, 1.4, 2.2],
    ranked.map((o, i) => {
      const c = rankingCells(o, result.currency);
      return [String(i + 1), o.name, c.npv, c.totalCost, c.perContact, c.perOutcome, c.savings];
    }),
  );
  return slide(
    'ranking',
    `The ranking: ${result.horizonMonths} months, by NPV`,
    [
      'Options ranked by NPV, lowest first (ranking in crossover run --json).',
      'Per contact = total cost / all contacts; per outcome = vendor charges / outcomes as the buyer defines them (effectivePricePerOutcome), so a vendor’s drifting count is priced in.',
      'Savings vs status quo = the status quo’s total cost - the option’s total cost.',
    ],
    { tables: [ranking] },
  );
}

function cumulativeSlide({ scenario, result, money }: Deck): DeckSlide {
  const H = result.horizonMonths;
  const series = result.options.map((o, i) => ({
    name: o.name,
    values: runningTotals(o.schedule.total),
    color: SERIES_COLORS[i % SERIES_COLORS.length],
  }));
  const lines = result.comparisons.map((c) =>
    c.breakevenMonth === null
      ? `${c.build} vs ${c.vendor}: no breakeven within ${H} months`
      : `${c.build} vs ${c.vendor}: breaks even in month ${c.breakevenMonth}`,
  );
  const hasLines = lines.length > 0;
  return slide(
    'cumulative',
    'Cumulative cost and the breakeven months',
    [
      'Each line is the running sum of an option’s monthly total cost (the Schedule sheet’s cumulative columns).',
      'Breakeven month: the first month in which the build’s cumulative cost is at most the vendor’s (breakevenMonth in comparisons).',
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
            yTitle: `Cumulative cost (${scenario.currency})`,
          },
          hasLines ? 8.4 : WIDTH,
        ),
      ],
      texts: hasLines
        ? [text({ text: lines.join('\n'), x: 9.1, y: 1.5, w: 3.733, h: 5.4, fontSize: 18 })]
        : [],
    },
  );
}

function crossoverSlide({ scenario, result }: Deck): DeckSlide {
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
  const rule = scenario.ruleOfThumb;
  return slide(
    'crossover',
    'The exact crossover against the rule of thumb',
    [
      'Crossover: the steady-state contacts per month at which a year of the build costs the same as a year of the vendor (crossoverContactsPerMonth; the Crossover sheet shows both years by formula).',
      `Exact answer at today’s volume: build when the crossover is at or below month-1 contacts (${formatNumber(today)}).`,
      `Rule of thumb: build when the vendor’s counted outcomes in month ${result.horizonMonths} exceed ${formatNumber(rule.outcomesPerMonth)} a month and its price per outcome exceeds ${formatMoney(rule.price, result.currency, 2)} (ruleOfThumb in comparisons).`,
    ],
    rows.length === 0
      ? {
          texts: [
            text({
              text: 'The scenario has no build and vendor pair to compare.',
              x: MARGIN,
              y: 1.5,
              w: WIDTH,
              h: 1,
            }),
          ],
        }
      : {
          tables: [
            table(
              [
                'Build vs vendor',
                'Crossover (contacts/month)',
                `At ${formatNumber(today)} contacts/month`,
                'Rule of thumb',
              ],
              [5.333, 2.6, 2.4, 2.0],
              rows,
              { rowHeight: 0.55 },
            ),
          ],
        },
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

function changesSlide({ result, money }: Deck, compare: DeckCompare): DeckSlide {
  const c = compare.comparison;
  const names = Object.keys(c.totalChange);
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
      ...c.bridge.map((s) => `${s.paths.join(' + ')}: ${money(s.effect[focus])}.`),
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
        }),
      ],
      texts: [
        text({
          text: [
            ...lines,
            '',
            ...c.bridge.map(
              (s, i) => `${i + 1}. ${s.paths.join(' + ')}: ${signed(money, s.effect[focus])}`,
            ),
          ].join('\n'),
          x: 9.1,
          y: 1.4,
          w: 3.733,
          h: 5.6,
          fontSize: 14,
        }),
      ],
    },
  );
}

const signed = (money: (v: number) => string, v: number) => (v > 0 ? `+${money(v)}` : money(v));

function negotiationSlide({ scenario, result, money }: Deck): DeckSlide {
  const H = result.horizonMonths;
  const rank = new Map(result.ranking.map((n, i) => [n, i]));
  // asks only of vendors that beat the status quo, each priced in NPV, none worth 0
  const vendors = vendorWhatIfs(scenario, result)
    .filter((w) => w.beatsStatusQuo)
    .sort((a, b) => rank.get(a.name)! - rank.get(b.name)!)
    .slice(0, 3);
  const askWords = (w: VendorWhatIf, ask: PricedAsk) =>
    ask.id === 'cap'
      ? `An annual cap at ${money(w.cap.cap)}`
      : ask.id === 'drift-discount'
        ? `A ${formatPercent(w.driftDiscount!.discount)} drift discount`
        : 'Bill on our own count of outcomes';
  const rows = vendors.flatMap((w) =>
    pricedAsks(w).map((ask) => [w.name, askWords(w, ask), money(ask.worthNpv)]),
  );
  return slide(
    'negotiation',
    'The negotiation asks and what each is worth',
    [
      `Each ask is priced by the engine in NPV: the vendor's NPV over ${H} months as bid, less its NPV with that one term changed (the taskpane's negotiation checklist). Only vendors that beat the status quo, and only asks worth more than 0.`,
      'Annual cap: at the first contract year’s usage. Drift discount: the fair discount for the vendor’s drifting count as billed, off every unit price. Own count: billing on the buyer’s definition (no overcount, no drift).',
    ],
    rows.length === 0
      ? {
          texts: [
            text({
              text: 'No vendor bid beats the status quo with an ask worth pricing.',
              x: MARGIN,
              y: 1.5,
              w: WIDTH,
              h: 1,
            }),
          ],
        }
      : {
          tables: [
            table(['Vendor', 'Ask', `Worth in NPV, ${H} months`], [3.6, 6.133, 2.6], rows, {
              smallAbove: 9,
            }),
          ],
        },
  );
}

function riskSlide({ scenario, result, money }: Deck): DeckSlide {
  const report = riskReport(scenario);
  const sim = report.simulation;
  const label = (r: { option: string | null; field: string }) =>
    r.option === null ? r.field : `${r.option}: ${r.field}`;
  // A horizontal bar chart draws its first category at the bottom: the largest swing goes last.
  const rows = [...report.tornado].reverse();
  return slide(
    'risk',
    `Risk: does ${report.recommendation} stay first?`,
    [
      `Margin = the next-best option's NPV - ${report.recommendation}'s NPV (positive: the recommendation is ahead); ${money(report.baseMargin)} at the base case (crossover risk --json, baseMargin).`,
      'Tornado: each range moved alone to its P10 and its P90, all others at base, largest swing first (tornado in crossover risk --json).',
      `Probability the recommendation holds: the share of ${formatNumber(sim.trials)} simulated trials (seed ${sim.seed}, ${sim.sampling} sampling) in which it has the lowest NPV (simulation.probabilityRecommendationHolds).`,
    ],
    {
      charts: [
        chart({
          kind: 'bar',
          title: `Margin of ${report.recommendation} at each input's P10 and P90, ${result.currency}`,
          categories: rows.map(label),
          series: [
            { name: 'At P10', values: rows.map((r) => r.marginAtLow), color: '4E79A7' },
            { name: 'At P90', values: rows.map((r) => r.marginAtHigh), color: 'F28E2B' },
          ],
          xTitle: 'Input',
          yTitle: `Margin (${result.currency})`,
        }),
      ],
      texts: [
        text({
          text: formatPercent(sim.probabilityRecommendationHolds),
          x: 9.1,
          y: 1.5,
          w: 3.733,
          h: 1.0,
          fontSize: 40,
          bold: true,
        }),
        text({
          text: `probability that ${report.recommendation} stays first over ${formatNumber(sim.trials)} trials`,
          x: 9.1,
          y: 2.5,
          w: 3.733,
          h: 1.0,
          fontSize: 18,
          color: MUTED,
        }),
        text({
          text: `Margin P10 ${money(sim.margin.p10)}\nP50 ${money(sim.margin.p50)}\nP90 ${money(sim.margin.p90)}`,
          x: 9.1,
          y: 3.8,
          w: 3.733,
          h: 1.6,
          fontSize: 18,
        }),
        text({
          text: largestContributionLine(scenario, report.contributions) ?? '',
          x: 9.1,
          y: 5.5,
          w: 3.733,
          h: 1.2,
          fontSize: 14,
          color: MUTED,
        }),
      ],
    },
  );
}
