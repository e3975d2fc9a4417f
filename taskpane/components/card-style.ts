import { tokens } from '@fluentui/react-components';

/** A bordered card's style: its border colour and the space inside it (for makeStyles). */
export const cardStyle = (
  border: string = tokens.colorNeutralStroke1,
  padding: string = tokens.spacingHorizontalM,
) => ({
  border: `1px solid ${border}`,
  borderRadius: tokens.borderRadiusMedium,
  padding,
});
