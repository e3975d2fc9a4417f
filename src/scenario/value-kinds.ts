import { z } from 'zod';

// The kinds of number the model holds, each with its valid range. The zod schema validates with
// these builders and the uncertainty block clamps draws to the same ranges, so a range is
// written once.

export type ValueKind =
  | 'share' // [0, 1]
  | 'amount' // >= 0
  | 'rate' // an annual rate, > -1 (draws clamped to >= -0.99)
  | 'months' // a whole number of months >= 0
  | 'positiveMonths' // a whole number of months >= 1
  | 'switchMonth'; // a whole month 1..H+1

export const share = () => z.number().finite().min(0).max(1);
export const nonNegative = () => z.number().finite().nonnegative();
export const annualRate = () => z.number().finite().gt(-1);
export const wholeMonths = () => z.number().int().nonnegative();
export const positiveWholeMonths = () => z.number().int().positive();

/** The lowest annual rate a draw is clamped to (a rate of -1 or less has no meaning). */
export const LOWEST_DRAWN_RATE = -0.99;

export function isWholeMonths(kind: ValueKind): boolean {
  return kind === 'months' || kind === 'positiveMonths' || kind === 'switchMonth';
}

/** The valid interval of a kind; horizonMonths bounds the switch month. */
export function validRange(kind: ValueKind, horizonMonths: number): [number, number] {
  switch (kind) {
    case 'share':
      return [0, 1];
    case 'amount':
    case 'months':
      return [0, Infinity];
    case 'rate':
      return [LOWEST_DRAWN_RATE, Infinity];
    case 'positiveMonths':
      return [1, Infinity];
    case 'switchMonth':
      return [1, horizonMonths + 1];
  }
}

/** A drawn value made valid: whole months rounded (halves up) first, then clamped. */
export function roundAndClamp(kind: ValueKind, value: number, horizonMonths: number): number {
  const [min, max] = validRange(kind, horizonMonths);
  const rounded = isWholeMonths(kind) ? Math.floor(value + 0.5) : value;
  return Math.min(max, Math.max(min, rounded));
}
