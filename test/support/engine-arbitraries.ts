import fc from 'fast-check';

/** A number drawn from min to max (both included), never NaN. */
export const between = (min: number, max: number) => fc.double({ min, max, noNaN: true });
