import { DEFAULT_SEED, DEFAULT_TRIALS } from '../scenario/uncertainty-schema';
import { checkedCopy, copyWithVendor, roundMeasured } from './apply-drift';
import type { CalibratedRanges, NormalRange } from './ranges-fit';

/** The bid's fields a pilot calibrates, in the order they are written. */
export const CALIBRATED_FIELDS = [
  'overcount.initialRatio',
  'overcount.driftAnnual',
  'resolutionRate',
] as const;
export type CalibratedField = (typeof CALIBRATED_FIELDS)[number];

/** A range written into the copy's uncertainty inputs. */
export interface WrittenRange {
  /** its index in the copy's `uncertainty.inputs` */
  index: number;
  field: CalibratedField;
  mean: number;
  sd: number;
  /** the input it replaced (at the same index), as the scenario had it; null when new */
  replaced: string | null;
}

/** A calibrated field written as a point because its sd would be 0. */
export interface WrittenPoint {
  field: CalibratedField;
  value: number;
  /** the scenario's input on that field, removed because a point replaces it; null when none */
  removed: string | null;
}

/** A correlation of the scenario that the copy no longer has. */
export interface DroppedCorrelation {
  /** its index in the scenario's `uncertainty.correlations` */
  index: number;
  /** the inputs it named, by their index in the scenario */
  between: [number, number];
  rho: number;
  /** the input of the pair that the pilot replaced (by its index in the scenario) */
  named: number;
}

/** What --ranges wrote into the copy, for the text and --json. */
export interface RangesReport {
  option: string;
  /** the option's index in the scenario's options */
  optionIndex: number;
  /** the scenario had no uncertainty block: one was created with its defaults */
  createdBlock: boolean;
  ranges: WrittenRange[];
  points: WrittenPoint[];
  /** the correlation of k0 and D, by the copy's input indices; null when either is a point */
  correlation: { index: number; between: [number, number]; rho: number } | null;
  droppedCorrelations: DroppedCorrelation[];
  monthsUsed: number;
  outcomes: number;
  contacts: number;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An input as the report names it: `pert (low 0.05, mode 0.18, high 0.3), group "drift"`. */
function describeInput(input: Loose): string {
  const parameters = ['low', 'mode', 'high', 'mean', 'sd']
    .filter((key) => input[key] !== undefined)
    .map((key) => `${key} ${String(input[key])}`);
  const group =
    typeof input.group === 'string' ? ` (it leaves its group ${JSON.stringify(input.group)})` : '';
  return `${String(input.dist)}(${parameters.join(', ')})${group}`;
}

/** Whether a scenario input ranges `field` of the option named `option`. */
const ranges = (input: unknown, option: string, field: string) =>
  isObject(input) &&
  typeof input.option === 'string' &&
  input.option.trim() === option.trim() &&
  input.field === field;

/** The pair of a correlation entry, when it is one. */
function pairOf(correlation: unknown): [number, number] | null {
  const between = isObject(correlation) ? correlation.between : undefined;
  return Array.isArray(between) && between.length === 2 ? (between as [number, number]) : null;
}

/**
 * A copy of a scenario document whose vendor option `optionName` carries the pilot's ranges
 * (DOMAIN.md "As ranges"): the bid's points become the means; each field with an sd above 0
 * gets a normal input, replacing the option's input on that field at its index or appended;
 * a field whose sd would be 0 is a point, and an input on it is removed; correlations naming a
 * replaced or removed input are dropped; k0 and D get their correlation. An absent uncertainty
 * block is created with its defaults. Every figure has six significant digits. The copy is
 * checked against the scenario schema.
 */
export function applyCalibratedRanges(
  document: unknown,
  optionName: string,
  calibrated: CalibratedRanges,
): { document: Record<string, unknown>; report: RangesReport } {
  const { copy, index: optionIndex, option } = copyWithVendor(document, optionName);
  const written = Object.fromEntries(
    CALIBRATED_FIELDS.map((field) => {
      const range: NormalRange = {
        initialRatio: calibrated.initialRatio,
        driftAnnual: calibrated.driftAnnual,
        resolutionRate: calibrated.resolutionRate,
      }[field.replace('overcount.', '') as 'initialRatio' | 'driftAnnual' | 'resolutionRate'];
      return [field, { mean: roundMeasured(range.mean), sd: roundMeasured(range.sd) }];
    }),
  ) as Record<CalibratedField, NormalRange>;

  const overcount = isObject(option.overcount) ? option.overcount : {};
  option.overcount = {
    ...overcount,
    initialRatio: written['overcount.initialRatio'].mean,
    driftAnnual: written['overcount.driftAnnual'].mean,
  };
  option.resolutionRate = written.resolutionRate.mean;

  const block = isObject(copy.uncertainty) ? copy.uncertainty : null;
  const inputs: unknown[] = Array.isArray(block?.inputs) ? [...block.inputs] : [];
  const correlations: unknown[] = Array.isArray(block?.correlations) ? block.correlations : [];
  const touched = new Set<number>();
  const removed = new Set<number>();
  const rangesWritten: WrittenRange[] = [];
  const points: WrittenPoint[] = [];
  for (const field of CALIBRATED_FIELDS) {
    const { mean, sd } = written[field];
    const existing = inputs.findIndex((input) => ranges(input, option.name as string, field));
    const previous = existing >= 0 ? describeInput(inputs[existing] as Loose) : null;
    if (!(sd > 0)) {
      if (existing >= 0) removed.add(existing);
      points.push({ field, value: mean, removed: previous });
      continue;
    }
    const input = { option: option.name, field, dist: 'normal', mean, sd };
    if (existing >= 0) {
      inputs[existing] = input;
      touched.add(existing);
    }
    const at = existing >= 0 ? existing : inputs.push(input) - 1;
    rangesWritten.push({ index: at, field, mean, sd, replaced: previous });
  }

  const droppedCorrelations: DroppedCorrelation[] = [];
  const keptCorrelations = correlations.filter((correlation, index) => {
    const pair = pairOf(correlation);
    const named = pair?.find((i) => touched.has(i) || removed.has(i));
    if (pair === null || named === undefined) return true;
    droppedCorrelations.push({
      index,
      between: [...pair],
      rho: (correlation as { rho: number }).rho,
      named,
    });
    return false;
  });

  // removing an input moves every later one down: the indices are renumbered
  const renumber = (i: number) => i - [...removed].filter((r) => r < i).length;
  const finalInputs = inputs.filter((_, i) => !removed.has(i));
  const finalCorrelations: unknown[] = keptCorrelations.map((correlation) => {
    const [i, j] = pairOf(correlation) ?? [];
    return i === undefined
      ? correlation
      : { ...(correlation as Loose), between: [renumber(i), renumber(j!)] };
  });
  for (const range of rangesWritten) range.index = renumber(range.index);

  const k0 = rangesWritten.find((r) => r.field === 'overcount.initialRatio');
  const drift = rangesWritten.find((r) => r.field === 'overcount.driftAnnual');
  const correlation =
    k0 && drift && calibrated.rho !== null
      ? {
          index: finalCorrelations.length,
          between: [k0.index, drift.index] as [number, number],
          rho: roundMeasured(calibrated.rho),
        }
      : null;
  if (correlation) finalCorrelations.push({ between: correlation.between, rho: correlation.rho });

  const kept: Loose = {
    ...(block ?? { trials: DEFAULT_TRIALS, seed: DEFAULT_SEED, sampling: 'lhs' }),
  };
  kept.inputs = finalInputs;
  if (finalCorrelations.length > 0) kept.correlations = finalCorrelations;
  else delete kept.correlations;
  if (finalInputs.length > 0) copy.uncertainty = kept;
  else delete copy.uncertainty;

  return {
    document: checkedCopy(copy, 'the pilot as ranges'),
    report: {
      option: optionName,
      optionIndex,
      createdBlock: block === null && finalInputs.length > 0,
      ranges: rangesWritten,
      points,
      correlation,
      droppedCorrelations,
      monthsUsed: calibrated.monthsUsed,
      outcomes: calibrated.outcomes,
      contacts: calibrated.contacts,
    },
  };
}
