import { CLAUSE_TABLE_HEADER } from '../reconcile/clause-rows';
import type { Reconciliation } from '../reconcile/reconcile-counts';
import { reconciliationFigures } from '../reconcile/report/reconciliation-figures';
import { formatNumber } from '../text/format';
import { COUNT } from '../export/number-formats';
import type { DeckSlide } from './deck-model';
import { chart, MARGIN, slide, table, text, WIDTH, type Deck } from './slide-parts';

/** A reconciliation for the board (`deck --reconciliation R.json`, R.json from `reconcile --json`). */
export interface DeckReconciliation {
  reconciliation: Reconciliation;
  definition: string;
  /** Where it came from, e.g. "R.json (crossover reconcile --json)". */
  source: string;
}

const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * The overcharge in one sentence, the vendor's count against the buyer's month by month (native
 * columns) and the clause table that closes to the overcharge: what a board asked to approve a
 * dispute reads. The figures are reconciliationFigures', as on the workbook's sheet.
 */
export function reconciliationSlide({ result, money }: Deck, r: DeckReconciliation): DeckSlide {
  const figures = reconciliationFigures(r.reconciliation, result.currency);
  const rows = figures.clauses.map((c) => [
    c.label,
    formatNumber(c.firstFailing),
    c.failing === null ? '' : formatNumber(c.failing),
    money(c.overcharge),
  ]);
  const n = figures.months.length;
  return slide(
    'reconciliation',
    `The vendor's count against ours: ${money(figures.overcharge)} overcharged`,
    [
      `From ${r.source}. Definition of an outcome: ${r.definition}`,
      'Overcharge = the vendor invoice - the corrected invoice, month by month: within the tolerance the vendor count is billed; above it, the buyer count (crossover reconcile).',
      `Vendor invoice ${money(figures.vendorInvoice)}; corrected invoice ${money(figures.correctedInvoice)}; ${figures.monthsOverTolerance} of ${n} months over the tolerance.`,
      'Clause table: each clause counts the billed contacts that are not outcomes by the first clause they fail (priced) and by every clause they fail; the last rows subtract the outcomes the vendor did not bill, so the rows add up to vendor - buyer and to the overcharge.',
    ],
    {
      texts: [text({ text: figures.headline, x: MARGIN, y: 1.25, w: WIDTH, h: 1.0, fontSize: 16 })],
      charts: [
        chart(
          {
            kind: 'column',
            title: 'Outcomes by month',
            categories: figures.months,
            series: [
              { name: 'Vendor count', values: figures.vendorCounts, color: 'E15759' },
              { name: 'Our count', values: figures.buyerCounts, color: '4E79A7' },
            ],
            xTitle: 'Month',
            yTitle: 'Outcomes',
            numberFormat: COUNT,
            y: 2.3,
            h: 4.9,
          },
          5.6,
        ),
      ],
      tables: [
        table(
          CLAUSE_TABLE_HEADER.map(capitalised),
          [2.8, 1.05, 1.0, 1.5],
          ['left', 'right', 'right', 'right'],
          rows,
          { x: 6.3, y: 2.4, rowHeight: 0.45, smallAbove: 0 },
        ),
      ],
    },
  );
}
