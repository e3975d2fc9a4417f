import type { OptionResult, VendorOption } from '../index';
import type { ScheduleField } from '../schedule';
import { runningTotals } from '../running-totals';
import { COUNT } from './number-formats';
import type { ScheduleColumn } from './schedule-columns';

/** Vendor terms the Schedule sheet does not yet write as native formulas. */
export function usesNewTerms(option: VendorOption): boolean {
  const ch = option.charges;
  return Boolean(
    ch.classes || ch.tierBasis === 'year-to-date' || ch.phases || ch.priceLock || ch.prepaid,
  );
}

const VALUE_FIELDS: [key: string, field: ScheduleField, header: string, numFmt: string][] = [
  ['trueOutcomes', 'trueOutcomes', 'True outcomes', COUNT],
  ['counted', 'vendorCountedOutcomes', 'Vendor-counted outcomes', COUNT],
  ['usage', 'usage', 'Usage charged', 'money'],
  ['prepayment', 'prepayment', 'Prepayment', 'money'],
  ['prepaidDrawn', 'prepaidDrawn', 'Prepaid credit drawn', 'money'],
  ['prepaidExpired', 'prepaidExpired', 'Prepaid credit expired', 'money'],
  ['buildSpend', 'buildSpend', 'Build spend', 'money'],
  ['run', 'run', 'Run cost', 'money'],
  ['residual', 'residual', 'People on unresolved contacts', 'money'],
  ['exitFee', 'exitFee', 'Exit fee', 'money'],
  ['vendorCharges', 'vendorCharges', 'Vendor charges', 'money'],
  ['total', 'total', 'Total (engine values)', 'money'],
];

/** The engine's monthly values as constants, and the cumulative total as a formula. */
export function engineValueColumns(result: OptionResult): ScheduleColumn[] {
  const s = result.schedule;
  const sums = runningTotals(s.total);
  return [
    ...VALUE_FIELDS.map(([key, field, header, numFmt]): ScheduleColumn => ({
      key,
      header,
      numFmt,
      formula: null,
      value: (m) => s[field][m - 1],
    })),
    {
      key: 'cumulative',
      header: 'Cumulative total',
      numFmt: 'money',
      formula: (c) => (c.first ? c.at('total') : `${c.above('cumulative')}+${c.at('total')}`),
      value: (m) => sums[m - 1],
    },
  ];
}
