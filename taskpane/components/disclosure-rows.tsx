// A table row whose first cell opens more figures beneath it, so a table shows few columns at
// 350 px and the rest a tap away (the ranking, the Risk tab's chance of being cheapest).
import { useState, type ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTableStyles } from './table-styles';

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
  bold: { fontWeight: tokens.fontWeightSemibold },
  details: {
    display: 'grid',
    gridTemplateColumns: 'auto auto',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    '& dd': { margin: 0, textAlign: 'right' },
  },
});

/** Which rows are open, by name, and a toggle for one. */
export function useOpenRows(): [(name: string) => boolean, (name: string) => void] {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (name: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(name)) next.add(name);
      return next;
    });
  return [(name) => open.has(name), toggle];
}

/** The row's name as the button that opens its details. */
export function RowToggle(props: {
  name: string;
  expanded: boolean;
  detailsId: string;
  onToggle: (name: string) => void;
  bold?: boolean;
}) {
  const styles = useStyles();
  return (
    <button
      type="button"
      className={mergeClasses(styles.toggle, props.bold && styles.bold)}
      aria-expanded={props.expanded}
      aria-controls={props.expanded ? props.detailsId : undefined}
      onClick={() => props.onToggle(props.name)}
    >
      {props.name}
    </button>
  );
}

/** The opened row: the figures as a list of terms and values across the whole table. */
export function RowDetails(props: {
  id: string;
  name: string;
  label: string;
  colSpan: number;
  figures: readonly (readonly [string, ReactNode])[];
}) {
  const styles = useStyles();
  const table = useTableStyles();
  return (
    <tr id={props.id} data-details={props.name}>
      <td colSpan={props.colSpan} className={table.wrap} data-wrap>
        <dl className={styles.details} aria-label={props.label}>
          {props.figures.map(([term, value]) => [
            <dt key={`${term}-t`}>{term}</dt>,
            <dd key={`${term}-d`}>{value}</dd>,
          ])}
        </dl>
      </td>
    </tr>
  );
}
