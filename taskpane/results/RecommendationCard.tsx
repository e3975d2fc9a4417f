import { memo } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEvaluated } from '../state/scenario-store';
import { recommendation } from '../../src/index';
import { wholeMoney } from '../components/whole-money';
import { cardStyle } from '../components/card-style';

const useStyles = makeStyles({
  card: {
    ...cardStyle(tokens.colorPaletteGreenBorder2),
    backgroundColor: tokens.colorPaletteGreenBackground1,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  label: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  choice: { margin: 0, fontSize: '20px', fontWeight: tokens.fontWeightSemibold },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    '& dt': { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
    '& dd': { margin: 0, fontSize: '16px', fontWeight: tokens.fontWeightSemibold },
  },
  why: { margin: 0 },
});

/** The answer first: the option to choose, its NPV and saving, the runner-up and why. */
export const RecommendationCard = memo(function RecommendationCard() {
  const styles = useStyles();
  const { result } = useEvaluated();
  const r = recommendation(result);
  const money = wholeMoney(result.currency);
  return (
    <section
      className={styles.card}
      aria-labelledby="recommendation-heading"
      data-testid="recommendation"
    >
      <h2 id="recommendation-heading" className={styles.label} style={{ margin: 0 }}>
        Recommendation over {result.horizonMonths} months
      </h2>
      <p className={styles.choice} data-testid="recommendation-choice">
        {r.best.name}
      </p>
      <dl className={styles.figures}>
        <div>
          <dt>NPV</dt>
          <dd data-testid="recommendation-npv">{money(r.best.npv)}</dd>
        </div>
        <div>
          <dt>Saving against the status quo</dt>
          <dd data-testid="recommendation-saving">{money(r.best.savingsVsStatusQuo)}</dd>
        </div>
        {r.runnerUp && r.margin !== null && (
          <div>
            <dt>Ahead of {r.runnerUp.name} (NPV)</dt>
            <dd data-testid="recommendation-margin">{money(r.margin)}</dd>
          </div>
        )}
      </dl>
      <p className={styles.why} data-testid="recommendation-why">
        {r.why}
      </p>
    </section>
  );
});
