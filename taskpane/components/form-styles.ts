import { makeStyles, tokens } from '@fluentui/react-components';

/** Layouts the input forms share. */
export const useFormStyles = makeStyles({
  /** Fields side by side, as many as fit, each at least 140 px. */
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    '& > *': { minWidth: 0 },
    alignItems: 'end',
    gap: tokens.spacingVerticalS,
  },
  /** One row of a table editor (tiers, classes, phases): its fields, then a Remove button. */
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(90px, 1fr)) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
});
