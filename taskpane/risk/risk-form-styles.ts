import { tokens } from '@fluentui/react-components';
import { cardStyle } from '../components/card-style';

/** What the Risk tab's editors (ranges, correlations) share, for their makeStyles. */
export const riskFormStyles = {
  card: {
    ...cardStyle(tokens.colorNeutralStroke1, tokens.spacingHorizontalS),
    marginBottom: tokens.spacingVerticalS,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  grow: { flex: '1 1 160px', minWidth: 0 },
  select: { width: '100%', minWidth: 0, '& select': { width: '100%', minWidth: 0 } },
} as const;
