// The Excel table named `Bids`: one row per option, one column per field (docs/taskpane.md).
// Rows become option objects for the engine to validate; blank cells are left out so the
// engine's defaults apply, and a cell the engine rejects is reported with its JSON path.

export interface BidsTable {
  headers: string[];
  rows: unknown[][];
}

export interface BidsImport {
  options: Record<string, unknown>[];
  /** Problems with the table itself (unknown columns, no Name column). */
  problems: string[];
}

const CHARGES_FIELDS = [
  'unit',
  'price',
  'unitsPerContact',
  'seats',
  'includedUnitsPerMonth',
  'platformFeeMonthly',
  'oneTimeFee',
  'escalatorAnnual',
  'annualCap',
  'annualCommit',
  'tierBasis',
];
const BUILD_FIELDS = [
  'buildCost',
  'buildMonths',
  'runFixedMonthly',
  'marginalPerContact',
  'costEscalatorAnnual',
  'amortizationMonths',
  'capitalizedShare',
  'usefulLifeMonths',
];
const SWITCH_FIELDS = ['vendor', 'build', 'switchMonth', 'exitFee'];

/** One column per field under `parent`, each headed by the field's name capitalised after `prefix`. */
function columnsFor(parent: string[], fields: string[], prefix = '') {
  return Object.fromEntries(
    fields.map((f) => [prefix + f.charAt(0).toUpperCase() + f.slice(1), [...parent, f]]),
  );
}

/** Column header (compared without case, spaces or punctuation) -> path inside an option. */
export const BID_COLUMNS: Record<string, readonly string[]> = {
  ...columnsFor([], ['name', 'kind', 'resolutionRate', 'onboardingMonths', 'oversightMonthly']),
  OvercountInitialRatio: ['overcount', 'initialRatio'],
  DriftAnnual: ['overcount', 'driftAnnual'],
  ...columnsFor(['charges'], CHARGES_FIELDS),
  GainShare: ['charges', 'gainShare', 'share'],
  SlaGuaranteedRate: ['charges', 'sla', 'guaranteedResolutionRate'],
  SlaCreditRate: ['charges', 'sla', 'creditRate'],
  ...columnsFor(['charges', 'package'], ['size', 'price'], 'Package'),
  ...columnsFor(['charges', 'priceLock'], ['months', 'monthlyCeiling'], 'PriceLock'),
  ...columnsFor(['charges', 'prepaid'], ['annualAmount', 'rolloverShare'], 'Prepaid'),
  ...columnsFor([], BUILD_FIELDS),
  ...columnsFor([], SWITCH_FIELDS),
};

const VENDOR_ONLY = new Set(['overcount', 'charges', 'onboardingMonths', 'oversightMonthly']);
const BUILD_ONLY = new Set(BUILD_FIELDS);
const SWITCH_ONLY = new Set(SWITCH_FIELDS);

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');
const byNormalised = new Map(Object.keys(BID_COLUMNS).map((k) => [normalise(k), k]));

const isBlank = (cell: unknown) => cell === null || cell === undefined || cell === '';

function put(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    node[key] = (node[key] as Record<string, unknown>) ?? {};
    node = node[key] as Record<string, unknown>;
  });
  node[path[path.length - 1]] = value;
}

/** Text cells that hold numbers ("0.99") become numbers; anything else reaches the engine as is. */
function cellValue(cell: unknown, column: string): unknown {
  if (typeof cell !== 'string') return cell;
  const text = cell.trim();
  if (['Name', 'Vendor', 'Build'].includes(column)) return text;
  if (['Kind', 'Unit', 'TierBasis'].includes(column)) return text.toLowerCase();
  const number = Number(text);
  return text !== '' && Number.isFinite(number) ? number : text;
}

export function bidsToOptions(table: BidsTable): BidsImport {
  const problems: string[] = [];
  const columns = table.headers.map((header) => {
    const column = byNormalised.get(normalise(String(header)));
    if (!column) problems.push(`Bids table: unknown column "${header}"`);
    return column;
  });
  if (!columns.includes('Name')) problems.push('Bids table: a "Name" column is required');
  const options = table.rows
    .filter((row) => row.some((cell) => !isBlank(cell)))
    .map((row) => {
      const option: Record<string, unknown> = {};
      row.forEach((cell, i) => {
        const column = columns[i];
        if (column && !isBlank(cell)) put(option, BID_COLUMNS[column], cellValue(cell, column));
      });
      option.kind = option.kind ?? 'vendor';
      // Fields of the other kinds are dropped so a shared table can mix vendors and builds.
      for (const key of Object.keys(option)) {
        if (option.kind !== 'vendor' && VENDOR_ONLY.has(key)) delete option[key];
        if (option.kind !== 'build' && BUILD_ONLY.has(key)) delete option[key];
        if (option.kind !== 'switch' && SWITCH_ONLY.has(key)) delete option[key];
        if ((option.kind === 'status-quo' || option.kind === 'switch') && key === 'resolutionRate')
          delete option[key];
      }
      return option;
    });
  return { options, problems };
}

/** Numbers of a range read row by row; the first cell not a number is an error. */
export function seriesFromRange(values: unknown[][]): number[] {
  const out: number[] = [];
  values.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isBlank(cell)) return;
      const n = typeof cell === 'number' ? cell : Number(String(cell).trim());
      if (!Number.isFinite(n)) {
        throw new Error(
          `the selected range must hold numbers only; row ${r + 1}, column ${c + 1} holds ${JSON.stringify(cell)}`,
        );
      }
      out.push(n);
    }),
  );
  if (out.length === 0) throw new Error('the selected range holds no numbers');
  return out;
}
