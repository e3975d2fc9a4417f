import { rankingCells } from '../analysis/ranking-cells';
import type { DeckSlide } from './deck-model';
import { slide, table, type Deck } from './slide-parts';
import type { VendorCountLines } from '../analysis/vendor-count-lines';
import { warningsUnder, saturationLines } from './saturation-warnings';

// The ranking by NPV, with the saturation warnings of the options it lists.

export function rankingSlide(
  { result, ranked }: Deck,
  counts: readonly VendorCountLines[],
): DeckSlide {
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
