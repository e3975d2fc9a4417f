import { formatNumber } from '../text/format';
import type { DriftVerdict } from './drift-verdict';
import type { CalibratedField, RangesReport, WrittenPoint } from './ranges-apply';

/** Why a field's sd would be 0, by field. */
const WHY_POINT: Record<CalibratedField, string> = {
  'overcount.initialRatio': 'every usable month lies on the fitted line',
  'overcount.driftAnnual': 'every usable month lies on the fitted line',
  resolutionRate: "every contact of the pilot is an outcome by the buyer's definition",
};

function pointSentence(point: WrittenPoint): string {
  const removed =
    point.removed === null ? '' : `; the scenario's input ${point.removed} is removed`;
  return `${point.field} is written as a point, ${point.value}: its sd would be 0 (${WHY_POINT[point.field]})${removed}.`;
}

/**
 * What --ranges (and the taskpane's "Use as ranges") wrote, as lines: each range with its index,
 * the correlation, points and dropped correlations, what the pilot cannot tell and why, and
 * what is not calibrated.
 */
export function rangesLines(report: RangesReport, verdict: DriftVerdict | null): string[] {
  const lines: string[] = [];
  if (report.createdBlock)
    lines.push(
      'The scenario had no uncertainty block: it now has one with the defaults (10,000 trials, seed 1, Latin hypercube sampling).',
    );
  for (const range of report.ranges) {
    const replaced = range.replaced === null ? '' : `, replacing ${range.replaced}`;
    const from =
      range.field === 'resolutionRate'
        ? ` (${formatNumber(report.outcomes)} outcomes by the buyer's definition in ${formatNumber(report.contacts)} contacts)`
        : ` (fit of ${report.monthsUsed} months)`;
    lines.push(
      `  uncertainty.inputs[${range.index}] ${range.field}: normal, mean ${range.mean}, sd ${range.sd}${from}${replaced}`,
    );
  }
  if (report.correlation) {
    const [i, j] = report.correlation.between;
    lines.push(
      `  uncertainty.correlations[${report.correlation.index}]: inputs ${i} and ${j}, rho ${report.correlation.rho} (a fitted k0 and drift move together)`,
    );
  }
  for (const dropped of report.droppedCorrelations)
    lines.push(
      `Dropped the scenario's uncertainty.correlations[${dropped.index}] (inputs ${dropped.between[0]} and ${dropped.between[1]}, rho ${dropped.rho}): it named inputs[${dropped.named}], which the pilot replaces.`,
    );
  for (const point of report.points) lines.push(pointSentence(point));
  if (verdict?.driftReason)
    lines.push(
      `What the pilot cannot tell is carried, not hidden: as a point, ${verdict.driftReason}; the drift is a range around the measured ${report.ranges.find((r) => r.field === 'overcount.driftAnnual')?.mean ?? 'value'}.`,
    );
  lines.push(
    'Demand is not calibrated: a pilot is usually one channel or one intent, not the whole volume.',
  );
  return lines;
}

/** The first line of --ranges' text: where the copy went and that the scenario is unchanged. */
export function rangesHeadline(
  report: RangesReport,
  written: string,
  scenarioPath: string,
): string {
  return `Wrote ${written}: option "${report.option}" now carries the pilot as ranges (normal; the bid's points are their means); ${scenarioPath} is unchanged.`;
}

/** What the pilot could not tell, and why, for --json: the drift as a point, points, demand. */
export function rangesCannotTell(report: RangesReport, verdict: DriftVerdict | null): string[] {
  return [
    ...(verdict?.driftReason ? [`driftAnnual as a point: ${verdict.driftReason}`] : []),
    ...report.points.map(pointSentence),
    'demand: a pilot is usually one channel or one intent, not the whole volume',
  ];
}
