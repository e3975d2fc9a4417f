import { formatPercent } from '../../text/format';
import type { MeasuredOvercount } from '../apply-drift';
import type { DriftVerdict } from '../drift-verdict';
import type { DriftEstimate } from '../estimate-drift';

const sixDigits = (value: number) => value.toPrecision(6);
const sentence = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}.`;

/** The measured overcount with its intervals, as one line. */
export function driftLine(drift: DriftEstimate): string {
  const k = drift.interval.initialRatio;
  const d = drift.interval.driftAnnual;
  return `Measured overcount: k0 = ${drift.initialRatio.toFixed(4)} (${formatPercent(drift.confidence, 0)} interval ${k.low.toFixed(4)} to ${k.high.toFixed(4)}), drift ${formatPercent(drift.driftAnnual)} a year (${formatPercent(d.low)} to ${formatPercent(d.high)}), from ${drift.monthsUsed} months.`;
}

/** Why the measured drift would not go into a bid, as a sentence; null when it would. */
export function driftVerdictLine(verdict: DriftVerdict): string | null {
  return verdict.driftReason === null ? null : sentence(verdict.driftReason);
}

/** What --apply-to wrote into the copy, with what it kept and why. */
export function appliedSentence(input: {
  written: string;
  scenarioPath: string;
  option: string;
  measured: MeasuredOvercount;
  /** the bid's own driftAnnual (absent: the default, 0) */
  keptDrift: number | undefined;
  verdict: DriftVerdict;
}): string {
  const { measured, verdict } = input;
  const ratio = `overcount.initialRatio ${sixDigits(measured.initialRatio)}`;
  const now =
    measured.driftAnnual === null
      ? `${ratio}; its driftAnnual ${input.keptDrift ?? '0 (the default)'} is kept: ${verdict.driftReason}`
      : `${ratio} and driftAnnual ${sixDigits(measured.driftAnnual)}`;
  const noDiscount =
    measured.driftAnnual !== null && measured.driftAnnual <= 0
      ? ` A measured drift of ${formatPercent(measured.driftAnnual)} a year gives no drift discount: the count does not drift upward.`
      : '';
  return `Wrote ${input.written}: option "${input.option}" now has ${now}; ${input.scenarioPath} is unchanged.${noDiscount}`;
}

/** DOMAIN.md's warning "a measured drift not applied", naming the option by index and name. */
export function driftNotAppliedWarning(
  index: number,
  option: string,
  verdict: DriftVerdict,
): string | null {
  if (verdict.driftApplied) return null;
  return `options[${index}] (${JSON.stringify(option)}).overcount.driftAnnual: a measured drift not applied (${verdict.driftReason}); the bid keeps its own`;
}
