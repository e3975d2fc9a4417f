// The recommendation card's words: which option, against which runner-up, and the comparison
// that decides between them. Every figure is read from the engine's result.
import { moneyFormat, formatNumber } from '../text/format';
import type { Comparison, OptionResult, ScenarioResult } from '../engine/evaluate';
import { breakevenWhen } from './result-sentences';

export interface Recommendation {
  best: OptionResult;
  runnerUp: OptionResult | null;
  /** The runner-up's NPV minus the best's: how far ahead the recommendation is. */
  margin: number | null;
  /** One line on why: the comparison between the two that decides. */
  why: string;
}

export function recommendation(result: ScenarioResult): Recommendation {
  const byName = new Map(result.options.map((o) => [o.name, o]));
  const best = byName.get(result.ranking[0])!;
  const runnerUp = result.ranking.length > 1 ? byName.get(result.ranking[1])! : null;
  const money = moneyFormat(result.currency, 0);
  const H = result.horizonMonths;
  if (!runnerUp) return { best, runnerUp, margin: null, why: `${best.name} is the only option.` };
  const margin = runnerUp.npv - best.npv;
  const pair = result.comparisons.find(
    (c) =>
      (c.build === best.name && c.vendor === runnerUp.name) ||
      (c.build === runnerUp.name && c.vendor === best.name),
  );
  let why = `Its NPV over ${H} months is ${money(margin)} below ${runnerUp.name}'s.`;
  if (pair) {
    // after the horizon, the month it would come, in the crossover table's words
    const when = breakevenWhen(pair, H);
    const breakeven =
      when === null
        ? `${pair.build} does not break even with ${pair.vendor} by month 240`
        : `${pair.build} breaks even with ${pair.vendor} ${when}`;
    const crossover = crossoverWords(pair);
    why = `${breakeven}; ${crossover}.`;
  }
  return { best, runnerUp, margin, why };
}

/** Where the build gets cheaper than the vendor, as the crossover table states it. */
export function crossoverWords(c: Comparison): string {
  const x = c.crossoverContactsPerMonth;
  if (x === null) return 'the build is never cheaper at any volume searched';
  if (c.buildCheaperThroughout === x)
    return `the build is cheaper above ${formatNumber(x)} contacts a month`;
  if (c.buildCheaperThroughout === null)
    return `the build is first cheaper at ${formatNumber(x)} contacts a month but not at the search limit`;
  return `the build is first cheaper at ${formatNumber(x)} contacts a month and cheaper throughout above ${formatNumber(c.buildCheaperThroughout)}`;
}
