// The look of the taskpane's compact tables: tight padding, tabular figures, numbers right-aligned,
// headers and labels free to wrap between words (never inside one) so a table fits Excel's 350 px taskpane.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useTableStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontVariantNumeric: 'tabular-nums',
    '& th, & td': {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'right',
      verticalAlign: 'top',
    },
    '& td': { whiteSpace: 'nowrap' },
    // a cell marked data-wrap may wrap between words (a class alone would lose to the rule above)
    '& td[data-wrap]': { whiteSpace: 'normal' },
    '& th[scope="row"], & thead th:first-child': {
      textAlign: 'left',
    },
    '& thead th': { fontWeight: tokens.fontWeightSemibold, verticalAlign: 'bottom' },
  },
  /** A cell of text, left-aligned; with data-wrap it wraps between words, never inside one. */
  wrap: { textAlign: 'left' },
  /** A table with many columns: a smaller type size so it fits 350 px. */
  small: { fontSize: tokens.fontSizeBase200 },
  negative: { color: tokens.colorPaletteRedForeground3 },
  total: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXS} 0` },
});
