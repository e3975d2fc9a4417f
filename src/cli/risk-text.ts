import { moneyFormat, formatNumber, formatPercent } from '../text/format';
import type { Scenario } from '../scenario/schema';
import {
  fieldWords,
  formatFieldValue,
  optionKinds,
  switchSentence,
} from '../uncertainty/describe-field';
import type { RiskReport } from '../uncertainty/risk-report';
import { textTable } from './table';

const BAR_WIDTH = 24;

/** P10, P50 and P90 as text. */
const percentiles = <T>(q: { p10: T; p50: T; p90: T }, show: (v: T) => string) => [
  show(q.p10),
  show(q.p50),
  show(q.p90),
];

/** A figure with its sign always written: +0.412, -3.1%. */
const signed = (text: string) =>
  /^[-0.%]+$/.test(text) || text.startsWith('-') ? text : `+${text}`;

/** The human view of `crossover risk`. */
export function riskToText(scenario: Scenario, report: RiskReport): string {
  const currency = scenario.currency;
  const money = moneyFormat(currency, 0);
  const kinds = optionKinds(scenario);
  const sim = report.simulation;
  const A = report.recommendation;
  const out: string[] = [];
  out.push(scenario.name);
  out.push(
    `Recommendation: ${A}, ahead of the next option by ${money(report.baseMargin)} of NPV in the base case`,
  );
  out.push(
    `Probability the recommendation holds: ${formatPercent(sim.probabilityRecommendationHolds)} (${formatNumber(sim.trials)} trials, seed ${sim.seed}, ${sim.sampling === 'lhs' ? 'Latin hypercube' : 'random'} sampling)`,
  );
  out.push(
    `Margin of ${A} over the next option: P10 ${money(sim.margin.p10)}, P50 ${money(sim.margin.p50)}, P90 ${money(sim.margin.p90)}`,
  );

  const pairs = scenario.uncertainty?.correlations?.length ?? 0;
  if (pairs > 0) {
    out.push(
      `Correlations: ${pairs} pair${pairs === 1 ? '' : 's'} of ranges move together (Iman-Conover); the tornado and the switch values move one input at a time and ignore them`,
    );
  }

  // a titled table after an empty line
  const section = (title: string, header: string[], rows: string[][]) =>
    out.push('', title, textTable(header, rows));

  const widest = Math.max(
    1,
    ...report.tornado.map((r) => Math.abs(r.marginAtHigh - r.marginAtLow)),
  );
  section(
    `Tornado: the margin with each input at its P10 and its P90, largest swing first`,
    ['Input', 'P10', 'P90', 'Margin at P10', 'Margin at P90', 'Swing', 'Winner changes'],
    report.tornado.map((r) => {
      const swing = Math.abs(r.marginAtHigh - r.marginAtLow);
      const bar = '#'.repeat(Math.max(swing > 0 ? 1 : 0, Math.round((BAR_WIDTH * swing) / widest)));
      const flips = [
        r.winnerAtLow !== A ? `at P10: ${r.winnerAtLow}` : '',
        r.winnerAtHigh !== A ? `at P90: ${r.winnerAtHigh}` : '',
      ].filter(Boolean);
      return [
        fieldWords(kinds, r),
        formatFieldValue(kinds, r, r.low, currency),
        formatFieldValue(kinds, r, r.high, currency),
        money(r.marginAtLow),
        money(r.marginAtHigh),
        bar.padEnd(BAR_WIDTH),
        flips.length ? flips.join('; ') : 'no',
      ];
    }),
  );

  const strongest = Math.max(1e-300, ...report.contributions.map((r) => Math.abs(r.contribution)));
  section(
    "Contribution to variance: each input's share of the margin's variance over the trials (rank correlation squared), with its sign",
    ['Input', 'Rank correlation', 'Contribution', 'Share'],
    report.contributions.map((r) => [
      fieldWords(kinds, r),
      signed(r.rankCorrelation.toFixed(3)),
      signed(formatPercent(r.contribution)),
      '#'.repeat(Math.round((BAR_WIDTH * Math.abs(r.contribution)) / strongest)).padEnd(BAR_WIDTH),
    ]),
  );

  out.push('');
  out.push('Switch values (each input alone, the others at base)');
  for (const row of report.switchValues) out.push(`  ${switchSentence(kinds, A, row, currency)}`);

  section(
    'NPV of each option over the trials',
    ['Option', 'P10', 'P50', 'P90', 'Mean', 'Probability cheapest'],
    sim.options.map((o) => [
      o.name,
      ...percentiles(o.npv, money),
      money(o.npv.mean),
      formatPercent(o.probabilityFirst),
    ]),
  );
  if (sim.pairs.length > 0) {
    const month = (m: number | null) => (m === null ? 'never' : formatNumber(m));
    section(
      'Build against each vendor',
      ['Build', 'Vendor', 'Probability build cheaper', 'Breakeven P10', 'P50', 'P90'],
      sim.pairs.map((p) => [
        p.build,
        p.vendor,
        formatPercent(p.probabilityBuildCheaper),
        ...percentiles(p.breakevenMonth, month),
      ]),
    );
  }
  return out.join('\n');
}
