import { z } from 'zod';
import {
  type UnitPricing,
  type Tier,
  type TierMode,
  checkTierBounds,
  tierSchema,
} from '../src/index';
import { choice, describe, grid, isBlank, NON_NEGATIVE, requiredNumber, single } from './coerce';
import { FunctionError, invalidValue } from './errors';

const tiersSchema = z.array(tierSchema).min(1).superRefine(checkTierBounds);
const COLUMNS = ['up_to', 'price', 'flat_fee'] as const;

// Excel on the web passes the empty cells of a range as blanks, Excel desktop as 0. Both read
// the same here: a row of blanks or zeros at the bottom is not a tier, and the last tier's
// up_to, which must be unbounded, may be blank or 0.
const isEmptyCell = (cell: unknown) => isBlank(cell) || cell === 0;

/**
 * A tier table from a 2- or 3-column range (up_to, price, [flat_fee]). A blank up_to means no
 * limit (last row only); empty rows at the bottom are ignored, so a generous selection works.
 * The rules are the scenario file's (src/scenario/rules.ts).
 */
export function tierTable(name: string, value: unknown): Tier[] {
  // A sheet of BUYCOST cells passes the same table thousands of times: validate it once.
  const key = `${name}\u0000${JSON.stringify(value)}`;
  const cached = parsedTables.get(key);
  if (cached instanceof FunctionError) throw cached;
  if (cached) return cached;
  let parsed: Tier[] | FunctionError;
  try {
    parsed = parseTierTable(name, value);
  } catch (error) {
    if (!(error instanceof FunctionError)) throw error;
    parsed = error;
  }
  if (parsedTables.size >= CACHE_CAPACITY) parsedTables.delete(parsedTables.keys().next().value!);
  parsedTables.set(key, parsed);
  if (parsed instanceof FunctionError) throw parsed;
  return parsed;
}

const CACHE_CAPACITY = 64;
// Tiers are never mutated after parsing (the engine only reads them), so sharing is safe.
const parsedTables = new Map<string, Tier[] | FunctionError>();

function parseTierTable(name: string, value: unknown): Tier[] {
  const rows = grid(value);
  const width = rows[0]?.length ?? 0;
  if (width < 2 || width > 3)
    throw invalidValue(
      `${name} must be a range of 2 or 3 columns (up_to, price, [flat_fee]), got ${describe(value)}`,
    );
  let used = rows.length;
  while (used > 0 && rows[used - 1].every(isEmptyCell)) used--;
  if (used === 0) throw invalidValue(`${name} has no tiers (every row is blank)`);
  const tiers = rows.slice(0, used).map((row, i): Tier => {
    const where = (column: number) => `${name} row ${i + 1} ${COLUMNS[column]}`;
    const unbounded = isBlank(row[0]) || (i === used - 1 && row[0] === 0);
    const upTo = unbounded ? null : requiredNumber(where(0), row[0], NON_NEGATIVE);
    const price = requiredNumber(where(1), row[1], NON_NEGATIVE);
    const flatFee =
      width === 3 && !isBlank(row[2]) ? requiredNumber(where(2), row[2], NON_NEGATIVE) : 0;
    return { upTo, price, flatFee };
  });
  const checked = tiersSchema.safeParse(tiers);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const [row, field] = issue.path as [number, string];
    const column = field === 'upTo' ? 'up_to' : field === 'flatFee' ? 'flat_fee' : field;
    throw invalidValue(`${name} row ${row + 1} ${column}: ${issue.message}`);
  }
  return tiers;
}

export const TIER_MODES: readonly TierMode[] = ['graduated', 'volume'];

export function tierMode(name: string, value: unknown): TierMode {
  return choice(name, value, TIER_MODES, 'graduated');
}

/** A unit price (a number or a 1x1 range) or a tier table (a 2- or 3-column range). */
export function priceOrTiers(name: string, value: unknown, mode: TierMode): UnitPricing {
  const rows = grid(value);
  if (rows.length === 1 && rows[0].length === 1) {
    const v = single(name, value);
    if (isBlank(v)) throw invalidValue(`${name} is required, got a blank`);
    return { price: requiredNumber(name, v, NON_NEGATIVE) };
  }
  return { tiers: tierTable(name, value), tierMode: mode };
}
