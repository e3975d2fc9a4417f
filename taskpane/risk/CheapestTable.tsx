import { Fragment } from 'react';
import { formatPercent, type SimulationResult } from '../../src/index';
import { RowDetails, RowToggle, useOpenRows } from '../components/disclosure-rows';
import { useTableStyles } from '../components/table-styles';

/**
 * Each option's chance of being cheapest and its median NPV, so it fits a 350 px taskpane; an
 * option's name opens its NPV P10 and P90 beneath it, as the ranking does.
 */
export function CheapestTable({
  options,
  money,
}: {
  options: SimulationResult['options'];
  money: (value: number) => string;
}) {
  const table = useTableStyles();
  const [isOpen, toggle] = useOpenRows();
  return (
    <table className={table.table} data-testid="risk-options">
      <caption className="visually-hidden">
        Each option&apos;s chance of being cheapest over the trials and its median NPV; select an
        option for its NPV at P10 and P90
      </caption>
      <thead>
        <tr>
          <th scope="col">Option</th>
          <th scope="col">Chance cheapest</th>
          <th scope="col">NPV P50</th>
        </tr>
      </thead>
      <tbody>
        {options.map((o, i) => {
          const expanded = isOpen(o.name);
          const detailsId = `risk-option-details-${i}`;
          return (
            <Fragment key={o.name}>
              <tr data-option={o.name}>
                <th scope="row" style={{ fontWeight: 'normal' }}>
                  <RowToggle
                    name={o.name}
                    expanded={expanded}
                    detailsId={detailsId}
                    onToggle={toggle}
                  />
                </th>
                <td>{formatPercent(o.probabilityFirst)}</td>
                <td>{money(o.npv.p50)}</td>
              </tr>
              {expanded && (
                <RowDetails
                  id={detailsId}
                  name={o.name}
                  label={`${o.name}: NPV spread`}
                  colSpan={3}
                  figures={[
                    ['NPV P10', money(o.npv.p10)],
                    ['NPV P90', money(o.npv.p90)],
                  ]}
                />
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
