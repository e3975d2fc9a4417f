import type { DeckSlide } from './deck-model';
import { slide, table, type Deck } from './slide-parts';

// The P&L beside the cash, when some option's expense differs from its cash.

export function accountingSlide({ result, ranked, money }: Deck): DeckSlide {
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
