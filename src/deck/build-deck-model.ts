import { booksDifferFromCash } from '../analysis/accounting-ranking';
import { vendorWhatIfs } from '../analysis/what-if';
import type { ScenarioResult } from '../engine/evaluate';
import { wholeMoney } from '../export/number-formats';
import type { Scenario } from '../scenario/schema';
import { moneyFormat } from '../text/format';
import { riskReport } from '../uncertainty/risk-report';
import { accountingSlide } from './accounting-slide';
import { changesSlide, type DeckCompare } from './changes-slide';
import { crossoverSlide } from './crossover-slide';
import { cumulativeSlide } from './cumulative-slide';
import type { DeckModel, DeckSlide } from './deck-model';
import { negotiationSlide } from './negotiation-slide';
import { rankingSlide } from './ranking-slide';
import { reconciliationSlide, type DeckReconciliation } from './reconciliation-slide';
import { recommendationSlide, type DeckMeta } from './recommendation-slide';
import { riskSlide } from './risk-slide';
import type { Deck } from './slide-parts';
import { vendorCountLines } from '../analysis/vendor-count-lines';
import { vendorCountSlide } from './vendor-count-slide';

export type { DeckCompare } from './changes-slide';
export type { DeckMeta } from './recommendation-slide';
export type { DeckReconciliation } from './reconciliation-slide';

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
