import { InputProblem } from '../input-problem';
import { BILLED_NO, BILLED_YES } from './cell-forms';
import { cellAt, firstRowWith, type Column } from './event-table';
import { dayToIso, microsToIso } from './dates';
import { shownCell } from './period';

const YES: ReadonlySet<string> = new Set(BILLED_YES);
const NO: ReadonlySet<string> = new Set(BILLED_NO);

/** The error for a billed cell that is no clear yes or no (both engines give it). */
export function billedCellProblem(column: string, dataRow: number, shown: string): InputProblem {
  return new InputProblem(
    `billed column "${column}", data row ${dataRow}: expected 1/0, true/false or yes/no, got ${shown}`,
    'billed',
  );
}

/**
 * 1 where the vendor billed the row. Accepts 1/0, true/false, yes/no (y/n, billed/not billed),
 * in any case; an empty cell is not billed. Anything else (2, 0.5, "maybe") is refused: counting
 * it as not billed would understate the vendor's count.
 */
export function billedFlags(column: Column): Uint8Array {
  // per distinct value: 1 billed, 0 not, -1 refused
  const ofValue = Int8Array.from(column.distinct, (value) => {
    if (value === null) return 0;
    if (typeof value === 'boolean') return value ? 1 : 0;
    // a date column holds day numbers: 1970-01-02 is no flag, though its day number is 1
    if (column.type === 'number' && (value === 0 || value === 1)) return value;
    const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
    return YES.has(text) ? 1 : NO.has(text) ? 0 : -1;
  });
  const bad = firstRowWith(column, (code) => ofValue[code] === -1);
  if (bad !== -1) {
    const value = cellAt(column, bad);
    const shown =
      column.type === 'date'
        ? dayToIso(value as number)
        : column.type === 'timestamp'
          ? microsToIso(value as number)
          : value;
    throw billedCellProblem(column.name, bad + 1, shownCell(shown));
  }
  const flags = new Uint8Array(column.codes.length);
  for (let row = 0; row < flags.length; row++) flags[row] = ofValue[column.codes[row]];
  return flags;
}
