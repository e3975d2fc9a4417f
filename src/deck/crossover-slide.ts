import { formatMoney, formatNumber } from '../text/format';
import type { DeckSlide } from './deck-model';
import { slide, table, type Deck } from './slide-parts';
import type { VendorCountLines } from '../analysis/vendor-count-lines';
import { warningsUnder, saturationLines } from './saturation-warnings';

// The exact crossover against the rule of thumb, for each build and vendor pair.

export function crossoverSlide(
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
