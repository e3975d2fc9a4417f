// The Risk tab: ranges on any number, the tornado, each option's chance of being cheapest, the
// NPV S-curves and the switch values, from a simulation run in a Web Worker with progress and
// Cancel. Results re-run after every valid edit and are marked stale while they do.
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { memo, useMemo } from 'react';
import { formatNumber, formatPercent, optionKinds, switchSentence } from '../../src/index';
import { useEvaluated } from '../state/scenario-store';
import { RangesEditor } from './RangesEditor';
import { SCurveChart } from './SCurveChart';
import { TornadoBars } from './TornadoBars';
import type { RiskJobResult } from './risk-job';
import type { RiskRunner } from './risk-runner';
import { useRiskRun } from './use-risk-run';
import { ColumnHeads } from '../components/ColumnHeads';
import { wholeMoney } from '../components/whole-money';

const useStyles = makeStyles({
  status: { display: 'grid', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
  statusRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: '13px',
    tableLayout: 'fixed',
    '& th, & td': { textAlign: 'right', padding: '2px 4px', overflowWrap: 'anywhere' },
    '& th:first-child, & td:first-child': { textAlign: 'left' },
  },
  stale: { opacity: 0.6 },
});

export const RiskPanel = memo(function RiskPanel({
  makeRunner,
}: {
  makeRunner?: () => RiskRunner;
}) {
  const styles = useStyles();
  const { scenario } = useEvaluated();
  const run = useRiskRun(scenario, makeRunner);
  const kinds = useMemo(() => optionKinds(scenario), [scenario]);
  const currency = scenario.currency;
  const result = run.result;

  return (
    <>
      {scenario.uncertainty && (
        <div className={styles.status}>
          {run.status === 'running' && (
            <>
              <ProgressBar
                value={run.trials > 0 ? run.done / run.trials : 0}
                aria-label="Simulation progress"
              />
              <div className={styles.statusRow}>
                <span data-testid="risk-progress">
                  Simulating: {formatNumber(run.done)} of {formatNumber(run.trials)} trials
                </span>
                <Button size="small" onClick={run.cancel}>
                  Cancel
                </Button>
              </div>
            </>
          )}
          {run.status === 'cancelled' && (
            <div className={styles.statusRow} role="status">
              <span>Simulation cancelled.</span>
              <Button size="small" onClick={run.rerun}>
                Run again
              </Button>
            </div>
          )}
          {run.status === 'failed' && (
            <MessageBar intent="error">
              <MessageBarBody>The simulation failed: {run.error}</MessageBarBody>
            </MessageBar>
          )}
          {run.stale && result && (
            <Badge color="warning" appearance="tint" data-testid="risk-stale" role="status">
              Results below are from before the last change
            </Badge>
          )}
        </div>
      )}
      {result && (
        <RiskResults
          result={result}
          stale={run.stale}
          kinds={kinds}
          currency={currency}
          where={run.where}
        />
      )}
      <RangesEditor />
    </>
  );
});

interface ResultsProps {
  result: RiskJobResult;
  stale: boolean;
  kinds: ReadonlyMap<string, string>;
  currency: string;
  where: RiskRunner['where'];
}

/** The last finished run; kept apart so progress ticks do not re-render it. */
const RiskResults = memo(function RiskResults({
  result,
  stale,
  kinds,
  currency,
  where,
}: ResultsProps) {
  const styles = useStyles();
  const money = wholeMoney(currency);
  const report = result.report;
  const sim = report.simulation;
  return (
    <div className={stale ? styles.stale : undefined} data-testid="risk-results">
      <h2>Recommendation under uncertainty</h2>
      <p data-testid="risk-holds">
        {report.recommendation} is first in the base case, ahead by {money(report.baseMargin)} of
        NPV. Probability it holds:{' '}
        <strong>{formatPercent(sim.probabilityRecommendationHolds)}</strong> (
        {formatNumber(sim.trials)} trials, seed {sim.seed},{' '}
        {sim.sampling === 'lhs' ? 'Latin hypercube' : 'random'} sampling).
      </p>

      <h2>Tornado</h2>
      <p style={{ margin: 0, fontSize: '12px' }}>
        The margin over the next option with each input at its P10 (blue) and P90 (orange), the
        others at base; the dark line is the base case.
      </p>
      <TornadoBars report={report} kinds={kinds} currency={currency} />

      <h2>Chance of being cheapest</h2>
      <table className={styles.table} data-testid="risk-options">
        <ColumnHeads names={['Option', 'Cheapest', 'NPV P10', 'P50', 'P90']} />
        <tbody>
          {sim.options.map((o) => (
            <tr key={o.name} data-option={o.name}>
              <th scope="row" style={{ fontWeight: 'normal' }}>
                {o.name}
              </th>
              <td>{formatPercent(o.probabilityFirst)}</td>
              <td>{money(o.npv.p10)}</td>
              <td>{money(o.npv.p50)}</td>
              <td>{money(o.npv.p90)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>NPV distributions</h2>
      <SCurveChart curves={result.curves} currency={currency} />

      <h2>Switch values</h2>
      <ul data-testid="risk-switch-values">
        {report.switchValues.map((v) => (
          <li key={`${v.option ?? ''}|${v.field}`}>
            {switchSentence(kinds, report.recommendation, v, currency)}
          </li>
        ))}
      </ul>
      {sim.pairs.length > 0 && (
        <>
          <h2>Build against each vendor</h2>
          <ul>
            {sim.pairs.map((p) => (
              <li key={`${p.build}|${p.vendor}`}>
                {p.build} is cheaper than {p.vendor} in {formatPercent(p.probabilityBuildCheaper)}{' '}
                of trials; breakeven month P50{' '}
                {p.breakevenMonth.p50 === null ? 'never' : formatNumber(p.breakevenMonth.p50)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p style={{ fontSize: '12px' }} data-elapsed-ms={result.elapsedMs}>
        Ran in {where === 'worker' ? 'a background worker' : 'the page'} in{' '}
        {formatNumber(result.elapsedMs)} ms.
      </p>
    </div>
  );
});
