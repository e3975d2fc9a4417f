// The Risk tab: ranges on any number and correlations between them, the tornado, each input's
// contribution to the variance, the spider, each option's chance of being cheapest, the NPV
// S-curves and the switch values, from a simulation run in a Web Worker with progress and
// Cancel; every trial can be downloaded as CSV. Results re-run after every valid edit and are
// marked stale while they do.
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { memo, useMemo, useState } from 'react';
import {
  formatNumber,
  formatPercent,
  largestContributionLine,
  optionKinds,
  switchSentence,
} from '../../src/index';
import { downloadText } from '../components/FileBar';
import { CSV_TYPE, exportBaseName } from '../export/downloads';
import { useEvaluated } from '../state/scenario-store';
import { ContributionBars } from './ContributionBars';
import { CorrelationsEditor } from './CorrelationsEditor';
import { RangesEditor } from './RangesEditor';
import { SpiderChart } from './SpiderChart';
import { SCurveChart } from './SCurveChart';
import { TornadoBars } from './TornadoBars';
import type { RiskJobResult } from './risk-job';
import type { RiskRunner } from './risk-runner';
import { useRiskRun } from './use-risk-run';
import { CheapestTable } from './CheapestTable';
import { wholeMoney } from '../components/whole-money';

const useStyles = makeStyles({
  status: { display: 'grid', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
  statusRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
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
          correlated={(run.resultScenario?.uncertainty?.correlations?.length ?? 0) > 0}
          trialsCsv={run.trialsCsv}
          fileName={`${exportBaseName(run.resultScenario?.name ?? scenario.name)}-trials.csv`}
        />
      )}
      <RangesEditor />
      <CorrelationsEditor />
    </>
  );
});

interface ResultsProps {
  result: RiskJobResult;
  stale: boolean;
  kinds: ReadonlyMap<string, string>;
  currency: string;
  where: RiskRunner['where'];
  /** Whether the run had correlations (the tornado and switch values ignore them). */
  correlated: boolean;
  trialsCsv(): Promise<string>;
  fileName: string;
}

/** The last finished run; kept apart so progress ticks do not re-render it. */
const RiskResults = memo(function RiskResults({
  result,
  stale,
  kinds,
  currency,
  where,
  correlated,
  trialsCsv,
  fileName,
}: ResultsProps) {
  const styles = useStyles();
  const money = wholeMoney(currency);
  const report = result.report;
  const sim = report.simulation;
  const { scenario } = useEvaluated();
  const [download, setDownload] = useState<string | null>(null);
  const downloadTrials = () => {
    setDownload('Preparing the trials…');
    trialsCsv().then(
      (csv) => {
        downloadText(csv, fileName, CSV_TYPE);
        setDownload(`Downloaded ${fileName} (${formatNumber(sim.trials)} trials).`);
      },
      (error: unknown) =>
        setDownload(
          `The trials could not be made: ${error instanceof Error ? error.message : String(error)}`,
        ),
    );
  };
  const largest = largestContributionLine(scenario, report.contributions);
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
        {correlated && ' It moves one input at a time and ignores the correlations.'}
      </p>
      <TornadoBars report={report} kinds={kinds} currency={currency} />

      <h2>Contribution to variance</h2>
      <p style={{ margin: 0, fontSize: '12px' }} data-testid="risk-largest-contribution">
        Each input&apos;s share of the variance of the margin over the trials (its rank correlation
        with the margin, squared), with inputs moving together as they do in the trials. {largest}.
      </p>
      <ContributionBars rows={report.contributions} kinds={kinds} />

      <h2>Spider</h2>
      <p style={{ margin: 0, fontSize: '12px' }}>
        The margin with each input alone at its P10, P25, P50, P75 and P90, the others at base
        {correlated && ' (correlations ignored, as in the tornado)'}.
      </p>
      <SpiderChart rows={report.spider} kinds={kinds} currency={currency} />

      <h2>Chance of being cheapest</h2>
      <CheapestTable options={sim.options} money={money} />

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
      <div className={styles.statusRow}>
        <Button onClick={downloadTrials}>Download trials (.csv)</Button>
        {download && (
          <span role="status" style={{ fontSize: '12px' }} data-testid="trials-download">
            {download}
          </span>
        )}
      </div>
      <p style={{ fontSize: '12px' }} data-elapsed-ms={result.elapsedMs}>
        Ran in {where === 'worker' ? 'a background worker' : 'the page'} in{' '}
        {formatNumber(result.elapsedMs)} ms.
      </p>
    </div>
  );
});
