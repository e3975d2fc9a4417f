import { Fragment, memo, useState } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { moneyFormat } from '../../src/index';
import { useEvaluated } from '../state/scenario-store';
import { useTableStyles } from './table-styles';

const useStyles = makeStyles({
  first: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  toggle: {
    backgroundColor: 'transparent',
    border: 'none',
    padding: 0,
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    textAlign: 'left',
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  details: {
    display: 'grid',
    gridTemplateColumns: 'auto auto',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    '& dd': { margin: 0, textAlign: 'right' },
  },
});

/**
 * Options by NPV, lowest first: rank, option, NPV and the saving against the status quo, so it
 * fits a 350 px taskpane; an option's name opens its other figures beneath it.
 */
export const RankingTable = memo(function RankingTable() {
  const styles = useStyles();
  const table = useTableStyles();
  const { result } = useEvaluated();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const currency = result.currency;
  const whole = moneyFormat(currency, 0);
  const cents = moneyFormat(currency, 2);
  const money = (v: number | null, digits = 0) =>
    v === null ? 'n/a' : digits === 0 ? whole(v) : cents(v);
  const byName = new Map(result.options.map((o) => [o.name, o]));
  const toggle = (name: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(name)) next.add(name);
      return next;
    });
  return (
    <section aria-labelledby="ranking-heading">
      <h2 id="ranking-heading">Ranking by NPV</h2>
      <table className={table.table} data-testid="ranking">
        <caption className="visually-hidden">
          Options ranked by net present value over {result.horizonMonths} months, lowest cost first,
          in {currency}; select an option for its total cost, cost per contact and price per true
          outcome
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col" style={{ textAlign: 'left' }}>
              Option
            </th>
            <th scope="col">NPV</th>
            <th scope="col">Saving vs status quo</th>
          </tr>
        </thead>
        <tbody>
          {result.ranking.map((name, i) => {
            const option = byName.get(name)!;
            const expanded = open.has(name);
            const detailsId = `ranking-details-${i}`;
            return (
              <Fragment key={name}>
                <tr className={i === 0 ? styles.first : undefined} data-option={name}>
                  <td style={{ textAlign: 'left' }}>{i + 1}</td>
                  <th scope="row">
                    <button
                      type="button"
                      className={styles.toggle}
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      onClick={() => toggle(name)}
                    >
                      {name}
                    </button>
                  </th>
                  <td>{money(option.npv)}</td>
                  <td className={option.savingsVsStatusQuo < 0 ? table.negative : undefined}>
                    {money(option.savingsVsStatusQuo)}
                  </td>
                </tr>
                {expanded && (
                  <tr id={detailsId} data-details={name}>
                    <td colSpan={4} className={mergeClasses(table.wrap)} data-wrap>
                      <dl className={styles.details} aria-label={`${name}: more figures`}>
                        <dt>Total cost</dt>
                        <dd>{money(option.totalCost)}</dd>
                        <dt>Cost per contact</dt>
                        <dd>{money(option.costPerContact, 2)}</dd>
                        <dt>Price per true outcome</dt>
                        <dd>{money(option.effectivePricePerOutcome, 2)}</dd>
                      </dl>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
});
