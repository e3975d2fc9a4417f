import { InputProblem } from '../input-problem';
import type { Column } from './event-table';

const YES = new Set(['1', 'true', 'yes', 'y', 'billed']);
const NO = new Set(['0', 'false', 'no', 'n', 'not billed']);

/** 1 where the vendor billed the row. Accepts 1/0, true/false, yes/no; an empty cell is not billed. */
export function billedFlags(column: Column): Uint8Array {
  const flags = new Uint8Array(column.values.length);
  for (let i = 0; i < column.values.length; i++) {
    const value = column.values[i];
    if (value === null) continue;
    if (typeof value === 'boolean') flags[i] = value ? 1 : 0;
    else if (typeof value === 'number' && (value === 0 || value === 1)) flags[i] = value;
    else {
      const text = String(value).trim().toLowerCase();
      if (YES.has(text)) flags[i] = 1;
      else if (!NO.has(text))
        throw new InputProblem(
          `billed column "${column.name}", data row ${i + 1}: expected 1/0, true/false or yes/no, got ${JSON.stringify(value)}`,
        );
    }
  }
  return flags;
}
