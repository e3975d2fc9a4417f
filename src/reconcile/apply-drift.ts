import { formatProblem, parseScenario } from '../scenario/load';
import { InputProblem } from './input-problem';

/** What a reconciliation writes into a bid: k0 always, D only when the rules allow (null: kept). */
export interface MeasuredOvercount {
  initialRatio: number;
  /** null keeps the bid's own driftAnnual (see driftVerdict) */
  driftAnnual: number | null;
}

/** Measured figures are estimates: written with six significant digits. */
export const roundMeasured = (value: number) => Number(value.toPrecision(6));

/** A copy of a scenario document and its vendor option `optionName` (found by exact name). */
export interface VendorCopy {
  copy: Record<string, unknown>;
  /** the option's index in the scenario's options */
  index: number;
  /** the option inside the copy, to be changed in place */
  option: Record<string, unknown>;
}

/** A deep copy of the document with the named vendor option located in it; refuses any other. */
export function copyWithVendor(document: unknown, optionName: string): VendorCopy {
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    throw new InputProblem('the scenario file must hold a JSON object');
  const copy = structuredClone(document) as Record<string, unknown>;
  const options = copy.options;
  if (!Array.isArray(options)) throw new InputProblem('the scenario has no options list');
  const names = options.map((o) => (o as { name?: unknown })?.name);
  const index = names.indexOf(optionName);
  if (index === -1)
    throw new InputProblem(
      `option "${optionName}" is not in the scenario; its options are: ${names.map(String).join(', ')}`,
    );
  const option = options[index] as Record<string, unknown>;
  if (option.kind !== 'vendor')
    throw new InputProblem(
      `options[${index}] "${optionName}" is a ${String(option.kind)} option; the measured overcount applies to a vendor option`,
    );
  return { copy, index, option };
}

/** The copy when it is a valid scenario; otherwise an input problem saying what `change` broke. */
export function checkedCopy(
  copy: Record<string, unknown>,
  change: string,
): Record<string, unknown> {
  const checked = parseScenario(copy);
  if (!checked.ok)
    throw new InputProblem(
      `the scenario would be invalid with ${change}: ${checked.problems.map(formatProblem).join('; ')}`,
    );
  return copy;
}

/**
 * A copy of a scenario document (as read from JSON) whose vendor option `optionName` carries
 * the measured overcount (its driftAnnual kept when the measured one is null); every other
 * field, option and key order is kept. The result is checked against the scenario schema
 * before it is returned.
 */
export function applyMeasuredOvercount(
  document: unknown,
  optionName: string,
  measured: MeasuredOvercount,
): Record<string, unknown> {
  const { copy, option } = copyWithVendor(document, optionName);
  const previous =
    typeof option.overcount === 'object' && option.overcount !== null ? option.overcount : {};
  option.overcount = {
    ...previous,
    initialRatio: roundMeasured(measured.initialRatio),
    ...(measured.driftAnnual === null ? {} : { driftAnnual: roundMeasured(measured.driftAnnual) }),
  };
  return checkedCopy(copy, 'the measured overcount');
}

/** Where a vendor option sits in a scenario document that holds it, and its own driftAnnual. */
export interface VendorBid {
  /** its index in the scenario's options */
  index: number;
  /** its overcount.driftAnnual as bid (undefined: the default, 0) */
  driftAnnual: number | undefined;
}

/** The named option of a scenario document applyMeasuredOvercount accepted. */
export function vendorBid(document: unknown, optionName: string): VendorBid {
  const options = (document as { options: { name?: unknown; overcount?: unknown }[] }).options;
  const index = options.findIndex((o) => o?.name === optionName);
  const drift = (options[index]?.overcount as { driftAnnual?: unknown } | undefined)?.driftAnnual;
  return { index, driftAnnual: typeof drift === 'number' ? drift : undefined };
}
