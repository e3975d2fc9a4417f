import type { VendorOption } from '../engine/model';
import { fieldRows, input, inputColumn, type Field } from './input-fields';
import { MONTH } from './number-formats';
import type { CellStyle, CellValue } from './workbook-model';

/** One outcome class on Inputs: its month-1 share, price and annual drift of its weight. */
export interface ClassRefs {
  share: string;
  price: string;
  driftAnnual: string;
}

/** One phase on Inputs: its length in months and its price factor. */
export interface PhaseRefs {
  months: string;
  priceFactor: string;
}

/** Writes a table under a header row; returns the absolute reference of every cell, row by row. */
export type Table = (headers: string[], rows: [CellValue, CellStyle][][]) => string[][];

export interface VendorTermRefs {
  fields: Record<string, string>;
  classes?: ClassRefs[];
  phases?: PhaseRefs[];
}

/**
 * The vendor terms of DOMAIN.md "More vendor terms" as Inputs cells: the class table, the tier
 * basis, the phase table, the price lock and the prepaid credit.
 */
export function vendorTermInputs(
  option: VendorOption,
  field: Field,
  table: Table,
  currency: string,
): VendorTermRefs {
  const c = option.charges;
  const column = (display: 'money' | 'percent' | 'number', values: number[]) =>
    inputColumn(display, values, currency);
  const refs: VendorTermRefs = { fields: {} };
  if (c.classes) {
    const classes = c.classes;
    const share = column(
      'percent',
      classes.map((k) => k.share),
    );
    const price = column(
      'money',
      classes.map((k) => k.price),
    );
    const drift = column(
      'percent',
      classes.map((k) => k.driftAnnual ?? 0),
    );
    const rows = table(
      ['Outcome class', 'Share in month 1', 'Price per outcome', 'Drift of its weight'],
      classes.map((k) => [
        [k.name, { role: 'label' }],
        [k.share, share],
        [k.price, price],
        [k.driftAnnual ?? 0, drift],
      ]),
    );
    refs.classes = rows.map(([, share, price, driftAnnual]) => ({ share, price, driftAnnual }));
  }
  if (c.tierBasis === 'year-to-date') {
    field(
      'Tier basis',
      c.tierBasis,
      { role: 'input' },
      'tiers over the units charged since the contract anniversary',
    );
  }
  if (c.phases) {
    let first = 1;
    const factor = column(
      'number',
      c.phases.map((p) => p.priceFactor),
    );
    const rows = table(
      ['Phase', 'Months', 'Price factor', ''],
      c.phases.map((p, j) => {
        const label = `Phase ${j + 1} (from month ${first})`;
        first += p.months;
        return [
          [label, { role: 'label' }],
          [p.months, input(MONTH)],
          [p.priceFactor, factor],
          ['x usage', { role: 'note' }],
        ];
      }),
    );
    refs.phases = rows.map(([, months, priceFactor]) => ({ months, priceFactor }));
  }
  refs.fields = fieldRows(field, [
    c.priceLock !== undefined && [
      'lockMonths',
      'Price lock: months',
      c.priceLock.months,
      'months',
      'months from month 1 the ceiling holds',
    ],
    c.priceLock !== undefined && [
      'lockCeiling',
      'Price lock: monthly ceiling',
      c.priceLock.monthlyCeiling,
      'money',
      'most usage charged in a locked month',
    ],
    c.prepaid !== undefined && [
      'prepaidAmount',
      'Prepaid credit',
      c.prepaid.annualAmount,
      'money',
      'paid in the first month of each contract year, prorated in a final partial year',
    ],
    c.prepaid !== undefined && [
      'rolloverShare',
      'Prepaid rollover share',
      c.prepaid.rolloverShare ?? 0,
      'percent',
      'of the balance left at a year end carried over; the rest expires',
    ],
  ]);
  return refs;
}
