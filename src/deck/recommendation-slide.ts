import { rankingDifferences } from '../analysis/accounting-ranking';
import { recommendation } from '../analysis/recommendation';
import { formatPercent } from '../text/format';
import { probabilityLineOf } from '../uncertainty/probability-line';
import type { DeckSlide, DeckText } from './deck-model';
import { shortMoney } from './short-money';
import { MARGIN, MUTED, WIDTH, slide, text, type Deck } from './slide-parts';

export interface DeckMeta {
  /** ISO date shown on the first slide. */
  date: string;
  version: string;
}

/**
 * Slide 1: the recommendation, why (the decisive comparison in one line: its NPV against the next
 * best's) and, with ranges, how sure (the probability it holds, with the trials and the seed).
 */
export function recommendationSlide(deck: Deck, meta: DeckMeta): DeckSlide {
  const { scenario, result, ranked, money, risk } = deck;
  const best = ranked[0];
  const next = ranked[1];
  const H = result.horizonMonths;
  const short = shortMoney(result.currency);
  const lead = next ? next.npv - best.npv : 0;
  const why = !next
    ? `${best.name} costs ${short(best.npv)} in NPV over ${H} months; it is the only option.`
    : money(lead) === money(0)
      ? `${best.name} and ${next.name} cost the same in NPV over ${H} months (${short(best.npv)}): the choice rests on what the figures leave out.`
      : `${best.name} costs ${short(best.npv)} in NPV over ${H} months, ${short(lead)} less than ${next.name}, the next best.`;
  const figures: [string, string][] = [
    [`NPV over ${H} months`, money(best.npv)],
    [`Total cost over ${H} months`, money(best.totalCost)],
    ['Savings against the status quo', money(best.savingsVsStatusQuo)],
  ];
  if (next) figures.push([`Ahead of ${next.name} (NPV)`, money(next.npv - best.npv)]);
  const boxW = WIDTH / figures.length;
  const sure = risk
    ? risk.recommendation === best.name
      ? `${probabilityLineOf(risk.simulation)}.`
      : `The simulation's base case ranks ${risk.recommendation} first, not ${best.name}; see the risk slide.`
    : null;
  const texts: DeckText[] = [
    text({
      text: scenario.name,
      ...{ x: MARGIN, y: 1.25, w: WIDTH, h: 0.55 },
      fontSize: 22,
      color: MUTED,
    }),
    text({
      text: `${meta.date} · ${result.currency} · ${H} months · discount rate ${formatPercent(scenario.discountRateAnnual, 1)} a year`,
      ...{ x: MARGIN, y: 1.8, w: WIDTH, h: 0.45 },
      fontSize: 16,
      color: MUTED,
    }),
    text({ text: why, x: MARGIN, y: 2.35, w: WIDTH, h: 0.95, fontSize: 24, bold: true }),
    ...figures.flatMap(([label, value], i): DeckText[] => [
      text({
        text: value,
        ...{ x: MARGIN + i * boxW, y: 3.4, w: boxW - 0.2, h: 1.0 },
        fontSize: 30,
        bold: true,
      }),
      text({
        text: label,
        ...{ x: MARGIN + i * boxW, y: 4.35, w: boxW - 0.2, h: 0.7 },
        fontSize: 16,
        color: MUTED,
      }),
    ]),
  ];
  if (sure) texts.push(text({ text: sure, x: MARGIN, y: 5.25, w: WIDTH, h: 0.6, fontSize: 20 }));
  const ebitda = rankingDifferences(result).differences.find((d) => d.basis === 'ebitdaCost');
  if (ebitda && ebitda.ranking[0] !== best.name)
    texts.push(
      text({
        text: `Above EBITDA over ${H} months, ${ebitda.ranking[0]} costs least (capitalised build cost is amortised below EBITDA).`,
        ...{ x: MARGIN, y: 5.95, w: WIDTH, h: 0.7 },
        fontSize: 16,
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
            `Ahead of ${next.name} by ${money(next.npv - best.npv)}: the difference of the two NPVs; the headline rounds it.`,
            recommendation(result).why,
          ]
        : []),
      ...(risk
        ? [
            `How sure: the share of ${risk.simulation.trials} simulated trials (seed ${risk.simulation.seed}, ${risk.simulation.sampling} sampling) in which ${risk.recommendation} has the lowest NPV (simulation.probabilityRecommendationHolds in crossover risk --json).`,
          ]
        : []),
    ],
    { texts },
  );
}
