import { InputProblem } from '../input-problem';
import { BILLED_NO, BILLED_YES } from './cell-forms';
import type { Column } from './event-table';
import { dayToIso } from './dates';
import { shownCell } from './period';

const YES = new Set<string>(BILLED_YES);
const NO = new Set<string>(BILLED_NO);

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
  const flags = new Uint8Array(column.values.length);
  for (let i = 0; i < column.values.length; i++) {
    const value = column.values[i];
    if (value === null) continue;
    if (typeof value === 'boolean') flags[i] = value ? 1 : 0;
    // a date column holds day numbers: 1970-01-02 is no flag, though its day number is 1
    else if (column.type === 'number' && (value === 0 || value === 1)) flags[i] = value as number;
    else {
      const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
      if (YES.has(text)) flags[i] = 1;
      else if (!NO.has(text)) {
        const shown = column.type === 'date' ? dayToIso(value as number) : value;
        throw billedCellProblem(column.name, i + 1, shownCell(shown));
      }
    }
  }
  return flags;
}
