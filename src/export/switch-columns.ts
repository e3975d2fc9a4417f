import type { OptionResult } from '../engine/evaluate';
import type { Scenario } from '../scenario/schema';
import type { SwitchOption, VendorOption } from '../engine/model';
import type { InputRefs } from './inputs-sheet';
import { COUNT, MONTH } from './number-formats';
import { prepaidColumns } from './prepaid-columns';
import type { RowContext, ScheduleColumn } from './schedule-column';
import { totalColumns } from './schedule-columns';

/**
 * Buy now, switch later (DOMAIN.md), built from the vendor's and the build's columns with the
 * switch month S an input cell: before S the vendor's months (its commitment and prepaid credit
 * rerun over the S - 1 months served), the build spend throughout, from S the build's run cost
 * and people, and the exit fee in month S.
 */
export function switchColumns(
  option: SwitchOption,
  result: OptionResult,
  scenario: Scenario,
  inputs: InputRefs,
): ScheduleColumn[] {
  const index = (name: string) => scenario.options.findIndex((o) => o.name === name);
  const vi = index(option.vendor);
  const bi = index(option.build);
  const vendor = scenario.options[vi] as VendorOption;
  const ch = vendor.charges;
  const own = inputs.options[scenario.options.indexOf(option)].fields;
  const S = own.switchMonth;
  const vf = inputs.options[vi].fields;
  const s = result.schedule;
  const switchMonth = result.switchMonth!;
  const served = switchMonth - 1;
  const V = (c: RowContext, key: string) => c.of(vi, key);
  const B = (c: RowContext, key: string) => c.of(bi, key);
  const serves = (c: RowContext) => `${c.at('serves')}=1`;
  /** The vendor's line before the switch, the build's (or 0) from it. */
  const either = (vendorKey: string, buildKey: string | null) => (c: RowContext) =>
    `IF(${serves(c)},${V(c, vendorKey)},${buildKey ? B(c, buildKey) : '0'})`;
  const value = (field: keyof typeof s) => (m: number) => s[field][m - 1];

  const cols: ScheduleColumn[] = [
    {
      key: 'serves',
      header: 'Vendor serves (1 = before the switch month)',
      numFmt: MONTH,
      formula: (c) => `IF($A${c.row}<${S},1,0)`,
      value: (m) => (m < switchMonth ? 1 : 0),
    },
    {
      key: 'trueOutcomes',
      header: 'True outcomes',
      numFmt: COUNT,
      formula: either('trueOutcomes', 'trueOutcomes'),
      value: value('trueOutcomes'),
    },
    {
      key: 'counted',
      header: 'Vendor-counted outcomes (the build: true outcomes)',
      numFmt: COUNT,
      formula: either('counted', 'trueOutcomes'),
      value: value('vendorCountedOutcomes'),
    },
  ];
  if (ch.annualCommit !== undefined) {
    cols.push({
      key: 'trueUp',
      header: 'Commitment true-up (over the S - 1 months served)',
      numFmt: 'money',
      formula: (c) =>
        `IF(AND(${serves(c)},OR(MOD($A${c.row},12)=0,$A${c.row}=${S}-1)),MAX(0,${vf.annualCommit}*($A${c.row}-($B${c.row}-1)*12)/12-${V(c, 'spendYearToDate')}),0)`,
      value: value('trueUp'),
    });
  }
  if (ch.prepaid) {
    cols.push(
      ...prepaidColumns({
        fields: vf,
        rolloverShare: ch.prepaid.rolloverShare ?? 0,
        horizon: () => `(${S}-1)`,
        horizonMonths: served,
        usage: (c) => V(c, 'usage'),
        usageValue: (m) => s.usage[m - 1],
        active: serves,
        lines: s,
      }),
    );
  }
  const charges = (c: RowContext) =>
    [
      ...(ch.prepaid ? [c.at('prepayment'), c.at('overage')] : [V(c, 'usage')]),
      V(c, 'platform'),
      V(c, 'oneTime'),
      ...(ch.gainShare ? [V(c, 'gainShare')] : []),
      ...(ch.annualCommit !== undefined ? [c.at('trueUp')] : []),
    ].join('+');
  cols.push(
    {
      key: 'vendorPart',
      header: 'Vendor charges before the switch',
      numFmt: 'money',
      formula: (c) => `IF(${serves(c)},${charges(c)},0)`,
      value: (m) => s.vendorCharges[m - 1] - s.exitFee[m - 1],
    },
    {
      key: 'exitFee',
      header: 'Exit fee',
      numFmt: 'money',
      formula: (c) => `IF($A${c.row}=${S},${own.exitFee},0)`,
      value: value('exitFee'),
    },
    {
      key: 'vendorCharges',
      header: 'Vendor charges',
      numFmt: 'money',
      formula: (c) => `${c.at('vendorPart')}+${c.at('exitFee')}`,
      value: value('vendorCharges'),
    },
    {
      key: 'buildSpend',
      header: 'Build spend (paid throughout)',
      numFmt: 'money',
      formula: (c) => B(c, 'buildSpend'),
      value: value('buildSpend'),
    },
    {
      key: 'run',
      header: 'Run cost (from the switch)',
      numFmt: 'money',
      formula: (c) => `IF(${serves(c)},0,${B(c, 'run')})`,
      value: value('run'),
    },
    {
      key: 'residual',
      header: 'People on unresolved contacts',
      numFmt: 'money',
      formula: either('residual', 'residual'),
      value: value('residual'),
    },
    {
      key: 'oversight',
      header: 'Oversight (the vendor)',
      numFmt: 'money',
      formula: either('oversight', null),
      value: value('oversight'),
    },
    ...totalColumns(result, ['buildSpend', 'vendorCharges', 'run', 'residual', 'oversight']),
  );
  return cols;
}
