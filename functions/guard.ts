import { escapeControlCharacters } from '../src/index';
import { FunctionError, invalidNumber, invalidValue } from './errors';

/** What a function hands back to the sheet: a value, a spilled block, or an Excel error. */
export type Cell = number | string;

/**
 * Runs a function body so that nothing escapes to the sheet but a finite number, text, a block
 * of those, or a FunctionError: argument errors thrown by the coercion helpers become values,
 * an unexpected exception becomes #VALUE!, and NaN or Infinity becomes #NUM!.
 */
export function guard<T extends Cell | Cell[][]>(body: () => T): T | FunctionError {
  let result: T;
  try {
    result = body();
  } catch (error) {
    if (error instanceof FunctionError)
      return new FunctionError(error.kind, escapeControlCharacters(error.message, true));
    return invalidValue(
      escapeControlCharacters(
        `unexpected error: ${(error as Error)?.message ?? String(error)}`,
        true,
      ),
    );
  }
  if (Array.isArray(result)) {
    for (const row of result) {
      for (const cell of row) {
        if (typeof cell === 'number' && !Number.isFinite(cell)) return notFinite();
      }
    }
  } else if (typeof result === 'number' && !Number.isFinite(result)) {
    return notFinite();
  }
  return result;
}

function notFinite(): FunctionError {
  return invalidNumber('the result is too large to be a number (check the magnitudes given)');
}
