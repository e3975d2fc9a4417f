import { memo } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatMoney } from '../../src/index';
import { useEvaluated } from '../state/scenario-store';

const useStyles = makeStyles({
  scroller: {
    overflowX: 'auto',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontVariantNumeric: 'tabular-nums',
    '& th, & td': {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'right',
      whiteSpace: 'nowrap',
    },
    '& th[scope="row"], & thead th:nth-child(-n+2), & td:first-child': { textAlign: 'left' },
    '& thead th': {
      fontWeight: tokens.fontWeightSemibold,
      verticalAlign: 'bottom',
      whiteSpace: 'normal',
    },
  },
  first: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  negative: { color: tokens.colorPaletteRedForeground3 },
});

/** Options by NPV, lowest first, with the figures procurement compares them on. */
export const RankingTable = memo(function RankingTable() {
  const styles = useStyles();
  const { result } = useEvaluated();
  const currency = result.currency;
  const money = (v: number | null, digits = 0) =>
    v === null ? 'n/a' : formatMoney(v, currency, digits);
  const byName = new Map(result.options.map((o) => [o.name, o]));
  return (
    <section aria-labelledby="ranking-heading">
      <h2 id="ranking-heading">Ranking by NPV</h2>
      <div className={styles.scroller} role="region" aria-labelledby="ranking-heading" tabIndex={0}>
        <table className={styles.table} data-testid="ranking">
          <caption className="visually-hidden">
            Options ranked by net present value over {result.horizonMonths} months, lowest cost
            first, in {currency}
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Option</th>
              <th scope="col">NPV</th>
              <th scope="col">Total cost</th>
              <th scope="col">Cost per contact</th>
              <th scope="col">Price per true outcome</th>
              <th scope="col">Savings vs status quo</th>
            </tr>
          </thead>
          <tbody>
            {result.ranking.map((name, i) => {
              const option = byName.get(name)!;
              return (
                <tr key={name} className={i === 0 ? styles.first : undefined} data-option={name}>
                  <td>{i + 1}</td>
                  <th scope="row">{name}</th>
                  <td>{money(option.npv)}</td>
                  <td>{money(option.totalCost)}</td>
                  <td>{money(option.costPerContact, 2)}</td>
                  <td>{money(option.effectivePricePerOutcome, 2)}</td>
                  <td className={option.savingsVsStatusQuo < 0 ? styles.negative : undefined}>
                    {money(option.savingsVsStatusQuo)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});
