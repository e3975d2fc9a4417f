import { Fragment, memo } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { moneyFormat } from '../../src/index';
import { useEvaluated } from '../state/scenario-store';
import { RowDetails, RowToggle, useOpenRows } from './disclosure-rows';
import { useTableStyles } from './table-styles';

const useStyles = makeStyles({
  first: { backgroundColor: tokens.colorPaletteGreenBackground1 },
});

/**
 * Options by NPV, lowest first: rank, option, NPV and the saving against the status quo, so it
 * fits a 350 px taskpane; an option's name opens its other figures beneath it.
 */
export const RankingTable = memo(function RankingTable() {
  const styles = useStyles();
  const table = useTableStyles();
  const { result } = useEvaluated();
  const [isOpen, toggle] = useOpenRows();
  const currency = result.currency;
  const whole = moneyFormat(currency, 0);
  const cents = moneyFormat(currency, 2);
  const money = (v: number | null, digits = 0) =>
    v === null ? 'n/a' : digits === 0 ? whole(v) : cents(v);
  const byName = new Map(result.options.map((o) => [o.name, o]));
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
            const expanded = isOpen(name);
            const detailsId = `ranking-details-${i}`;
            return (
              <Fragment key={name}>
                <tr className={i === 0 ? styles.first : undefined} data-option={name}>
                  <td style={{ textAlign: 'left' }}>{i + 1}</td>
                  <th scope="row">
                    <RowToggle
                      name={name}
                      expanded={expanded}
                      detailsId={detailsId}
                      onToggle={toggle}
                      bold
                    />
                  </th>
                  <td>{money(option.npv)}</td>
                  <td className={option.savingsVsStatusQuo < 0 ? table.negative : undefined}>
                    {money(option.savingsVsStatusQuo)}
                  </td>
                </tr>
                {expanded && (
                  <RowDetails
                    id={detailsId}
                    name={name}
                    label={`${name}: more figures`}
                    colSpan={4}
                    figures={[
                      ['Total cost', money(option.totalCost)],
                      ['Cost per contact', money(option.costPerContact, 2)],
                      ['Price per true outcome', money(option.effectivePricePerOutcome, 2)],
                    ]}
                  />
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
});
