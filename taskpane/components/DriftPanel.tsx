import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { memo, useMemo } from 'react';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  overcountSentences,
  overcountSpan,
  vendorWhatIfs,
} from '../../src/index';
import { EffectivePriceChart } from '../charts/EffectivePriceChart';
import { useEvaluated } from '../state/scenario-store';
import { wholeMoney } from './whole-money';
import { cardStyle } from './card-style';

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalM, padding: 0, listStyle: 'none' },
  card: { ...cardStyle(), minWidth: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto auto',
    justifyContent: 'start',
    columnGap: tokens.spacingHorizontalL,
    margin: 0,
    '& dd': { margin: 0, fontVariantNumeric: 'tabular-nums' },
  },
  title: { margin: 0, fontSize: '15px' },
  said: { margin: `${tokens.spacingVerticalS} 0 0` },
});

/** A sentence shared with the CLI, started with a capital. */
const sentence = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}.`;

export const DriftPanel = memo(function DriftPanel() {
  const styles = useStyles();
  const { scenario, result } = useEvaluated();
  const whatIfs = useMemo(() => vendorWhatIfs(scenario, result), [scenario, result]);
  const said = useMemo(
    () => new Map(overcountSentences(result, whatIfs).map((v) => [v.index, v])),
    [result, whatIfs],
  );
  const money = wholeMoney(result.currency);
  if (whatIfs.length === 0) return <p>This scenario has no vendor bid.</p>;
  return (
    <section aria-labelledby="drift-heading">
      <h2 id="drift-heading">Counting drift</h2>
      <p>
        A vendor&apos;s classifier counts more outcomes than your definition, and the gap grows. The
        price per outcome you really pay is the vendor&apos;s charges divided by your own outcomes.
      </p>
      <EffectivePriceChart result={result} />
      <ul className={styles.list}>
        {whatIfs.map((w) => {
          const option = scenario.options[w.index];
          if (option.kind !== 'vendor') return null;
          const outcome = result.options[w.index];
          const span = overcountSpan(option.overcount, result.horizonMonths);
          const words = said.get(w.index);
          return (
            <li key={w.name} className={styles.card}>
              <h3 className={styles.title}>{w.name}</h3>
              <dl className={styles.facts}>
                <dt>Overcount</dt>
                <dd>
                  {formatNumber(span.first, 2)}× in month 1, {formatNumber(span.last, 2)}× in month{' '}
                  {result.horizonMonths}
                </dd>
                <dt>Drift</dt>
                <dd>{formatPercent(option.overcount.driftAnnual)} a year</dd>
                <dt>Counted vs true</dt>
                <dd>
                  {formatNumber(outcome.vendorCountedOutcomes)} counted,{' '}
                  {formatNumber(outcome.trueOutcomes)} true
                </dd>
                <dt>Price per true outcome</dt>
                <dd>
                  {outcome.effectivePricePerOutcome === null
                    ? 'n/a'
                    : formatMoney(outcome.effectivePricePerOutcome, result.currency)}
                </dd>
                <dt>{w.cap.existing ? 'Its cap saves' : 'A cap would save'}</dt>
                <dd>
                  {money(w.cap.worthNpv)} in NPV ({w.cap.detail}: {money(w.cap.cap)} a year)
                </dd>
              </dl>
              {words?.overcharge && (
                <p className={styles.said} data-testid={`overcharge-${w.index}`}>
                  {sentence(words.overcharge)}
                </p>
              )}
              <p className={styles.said} data-testid={`drift-discount-${w.index}`}>
                {words?.driftDiscount
                  ? sentence(words.driftDiscount)
                  : 'No fair drift discount needed: no drift.'}
              </p>
              {words?.saturation && (
                <MessageBar intent="warning" layout="multiline" className={styles.said}>
                  <MessageBarBody data-testid={`saturation-${w.index}`}>
                    {sentence(words.saturation)}
                  </MessageBarBody>
                </MessageBar>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
