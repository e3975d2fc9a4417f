import { memo, useState } from 'react';
import { booksDifferFromCash, rankingDifferences, type AccountingBasis } from '../../src/index';
import { CumulativeChart } from '../charts/CumulativeChart';
import { useTableStyles } from '../components/table-styles';
import { useEvaluated } from '../state/scenario-store';
import { AccountingYears } from './AccountingYears';
import { basisLabel } from './basis';
import { BasisSwitch } from './BasisSwitch';

/** Where the P&L or EBITDA order of the options differs from the cash order, in words. */
function RankingNote() {
  const table = useTableStyles();
  const { result } = useEvaluated();
  const { cash, differences } = rankingDifferences(result);
  if (differences.length === 0) return null;
  return (
    <div role="note" data-testid="ranking-differs" className={table.note}>
      {differences.map((d) => (
        <p key={d.basis} style={{ margin: 0 }}>
          Ranked by {basisLabel(d.basis)} over {result.horizonMonths} months the order differs from
          cash: {d.ranking.join(', ')} (cash: {cash.join(', ')}; both undiscounted).
        </p>
      ))}
    </div>
  );
}

/** The cumulative chart with its cash / P&L / EBITDA switch, and the year table. */
export const CostOverTime = memo(function CostOverTime() {
  const table = useTableStyles();
  const { result } = useEvaluated();
  const [basis, setBasis] = useState<AccountingBasis>('cash');
  return (
    <>
      <section aria-labelledby="cumulative-heading">
        <h2 id="cumulative-heading">Cumulative cost</h2>
        <BasisSwitch basis={basis} onChange={setBasis} />
        <RankingNote />
        <CumulativeChart basis={basis} />
      </section>
      {booksDifferFromCash(result) ? (
        <AccountingYears />
      ) : (
        // As `crossover run` does: the year table only when some option books differently.
        <p className={table.note} data-testid="books-equal-cash">
          No option capitalises a build or prepays credit: the P&amp;L expense and the cost above
          EBITDA equal the cash, month by month.
        </p>
      )}
    </>
  );
});
