import { largestContributionLine } from '../uncertainty/contribution-line';
import { fieldWords, optionKinds } from '../uncertainty/describe-field';
import { formatNumber, formatPercent } from '../text/format';
import type { DeckSlide } from './deck-model';
import { chart, MUTED, slide, text, type Deck } from './slide-parts';

// The risk (with ranges): the tornado from the base-case margin and the probability it holds.

const capitalised = (s: string) => `${s[0].toUpperCase()}${s.slice(1)}`;

export function riskSlide({ scenario, result, money, moneyAxis, risk }: Deck): DeckSlide {
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
