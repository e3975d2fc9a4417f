import { Fragment, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatPercent, type SimulationResult } from '../../src/index';
import { useTableStyles } from '../components/table-styles';

const useStyles = makeStyles({
  toggle: {
    backgroundColor: 'transparent',
    border: 'none',
    padding: 0,
    font: 'inherit',
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
  const styles = useStyles();
  const table = useTableStyles();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (name: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(name)) next.add(name);
      return next;
    });
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
          const expanded = open.has(o.name);
          const detailsId = `risk-option-details-${i}`;
          return (
            <Fragment key={o.name}>
              <tr data-option={o.name}>
                <th scope="row" style={{ fontWeight: 'normal' }}>
                  <button
                    type="button"
                    className={styles.toggle}
                    aria-expanded={expanded}
                    aria-controls={expanded ? detailsId : undefined}
                    onClick={() => toggle(o.name)}
                  >
                    {o.name}
                  </button>
                </th>
                <td>{formatPercent(o.probabilityFirst)}</td>
                <td>{money(o.npv.p50)}</td>
              </tr>
              {expanded && (
                <tr id={detailsId} data-details={o.name}>
                  <td colSpan={3} className={table.wrap} data-wrap>
                    <dl className={styles.details} aria-label={`${o.name}: NPV spread`}>
                      <dt>NPV P10</dt>
                      <dd>{money(o.npv.p10)}</dd>
                      <dt>NPV P90</dt>
                      <dd>{money(o.npv.p90)}</dd>
                    </dl>
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
