import { anniversaryFactor, monthlyFactor } from '../engine/time';
import { chargeableUnits } from '../engine/pricing/allowance';
import { overcountRatio } from '../engine/drift';
import type { BuildOption, VendorOption } from '../engine/model';
import type { OptionResult } from '../engine/evaluate';
import { usageBeforeCredit } from '../engine/options/vendor-month';
import { phaseFactor } from '../engine/pricing/phases';
import { classMixColumns } from './class-mix-columns';
import type { OptionInputRefs } from './inputs-sheet';
import { COUNT, MONTH, RATIO } from './number-formats';
import { phaseFactorColumn } from './phase-column';
import { prepaidColumns } from './prepaid-columns';
import { priceFormula } from './price-formula';
import { priceLockColumn } from './price-lock-column';
import { unitsBeforeColumn, yearToDatePriceFormula } from './year-to-date-columns';
import type { RowContext, ScheduleColumn } from './schedule-column';

// Common columns of the timeline: A month, B contract year, C contacts, D human cost, E baseline.
const MONTH_COL = '$A';
const YEAR_COL = '$B';
const CONTACTS = '$C';
const HUMAN_COST = '$D';
const BASELINE = '$E';

const monthOf = (c: RowContext) => `${MONTH_COL}${c.row}`;
const yearOf = (c: RowContext) => `${YEAR_COL}${c.row}`;
const contactsOf = (c: RowContext) => `${CONTACTS}${c.row}`;
const sameYear = (c: RowContext) => `${YEAR_COL}${c.row}=${YEAR_COL}${c.row - 1}`;

/** Running sum within the contract year: restarts at each anniversary. */
function yearToDate(key: string, addend: (c: RowContext) => string) {
  return (c: RowContext) =>
    c.first ? addend(c) : `IF(${sameYear(c)},${c.above(key)},0)+${addend(c)}`;
}

export function cumulative(option: OptionResult): ScheduleColumn {
  return {
    key: 'cumulative',
    header: 'Cumulative total',
    numFmt: 'money',
    formula: (c) => (c.first ? c.at('total') : `${c.above('cumulative')}+${c.at('total')}`),
    value: runningSum(option.schedule.total),
  };
}

function runningSum(values: ArrayLike<number>): (m: number) => number {
  const sums = new Float64Array(values.length);
  let total = 0;
  for (let i = 0; i < values.length; i++) sums[i] = total += values[i];
  return (m) => sums[m - 1];
}

function runningYearSum(values: (m: number) => number, months: number): (m: number) => number {
  const sums = new Float64Array(months);
  let total = 0;
  for (let m = 1; m <= months; m++) {
    if ((m - 1) % 12 === 0) total = 0;
    sums[m - 1] = total += values(m);
  }
  return (m) => sums[m - 1];
}

export function statusQuoColumns(option: OptionResult): ScheduleColumn[] {
  const s = option.schedule;
  return [
    {
      key: 'total',
      header: 'Total (people handle every contact)',
      numFmt: 'money',
      formula: (c) => `${BASELINE}${c.row}`,
      value: (m) => s.total[m - 1],
    },
    cumulative(option),
  ];
}

/** The columns of one kind of option, as formulas over its Inputs references. */
type OptionColumns<Option> = (
  option: Option,
  result: OptionResult,
  refs: OptionInputRefs,
) => ScheduleColumn[];

export const buildColumns: OptionColumns<BuildOption> = (option, result, refs) => {
  const s = result.schedule;
  const f = refs.fields;
  return [
    liveColumn(f.buildMonths, option.buildMonths),
    trueOutcomesColumn(result, refs),
    {
      key: 'buildSpend',
      header: 'Build spend',
      numFmt: 'money',
      formula: (c) =>
        `IF(${f.buildMonths}=0,IF(${monthOf(c)}=1,${f.buildCost},0),IF(${monthOf(c)}<=${f.buildMonths},${f.buildCost}/${f.buildMonths},0))`,
      value: (m) => s.buildSpend[m - 1],
    },
    {
      key: 'escalation',
      header: 'Run cost escalation',
      numFmt: RATIO,
      formula: (c) => `POWER(1+${f.costEscalatorAnnual},(${monthOf(c)}-1)/12)`,
      value: (m) => monthlyFactor(option.costEscalatorAnnual, m),
    },
    {
      key: 'run',
      header: 'Run cost',
      numFmt: 'money',
      formula: (c) =>
        `${c.at('live')}*(${f.runFixedMonthly}+${f.marginalPerContact}*${contactsOf(c)})*${c.at('escalation')}`,
      value: (m) => s.run[m - 1],
    },
    residualColumn(result),
    ...totalColumns(result, ['buildSpend', 'run', 'residual']),
  ];
};

/** 1 from the month after the build or onboarding months, else 0. */
function liveColumn(monthsRef: string, months: number): ScheduleColumn {
  return {
    key: 'live',
    header: 'Live (1 = yes)',
    numFmt: MONTH,
    formula: (c) => `IF(${monthOf(c)}>${monthsRef},1,0)`,
    value: (m) => (m > months ? 1 : 0),
  };
}

/** Outcomes as the buyer defines them: live x resolution rate x contacts. */
function trueOutcomesColumn(result: OptionResult, refs: OptionInputRefs): ScheduleColumn {
  return {
    key: 'trueOutcomes',
    header: 'True outcomes',
    numFmt: COUNT,
    formula: (c) => `${c.at('live')}*${refs.fields.resolutionRate}*${contactsOf(c)}`,
    value: (m) => result.schedule.trueOutcomes[m - 1],
  };
}

/** The month's total as the sum of the given columns, and its running total. */
export function totalColumns(result: OptionResult, parts: string[]): ScheduleColumn[] {
  return [
    {
      key: 'total',
      header: 'Total',
      numFmt: 'money',
      formula: (c) => parts.map((k) => c.at(k)).join('+'),
      value: (m) => result.schedule.total[m - 1],
    },
    cumulative(result),
  ];
}

function residualColumn(result: OptionResult): ScheduleColumn {
  return {
    key: 'residual',
    header: 'People on unresolved contacts',
    numFmt: 'money',
    formula: (c) => `(${contactsOf(c)}-${c.at('trueOutcomes')})*${HUMAN_COST}${c.row}`,
    value: (m) => result.schedule.residual[m - 1],
  };
}

export const vendorColumns: OptionColumns<VendorOption> = (option, result, refs) => {
  const s = result.schedule;
  const f = refs.fields;
  const ch = option.charges;
  const months = s.total.length;
  const cols: ScheduleColumn[] = [
    liveColumn(f.onboardingMonths, option.onboardingMonths),
    trueOutcomesColumn(result, refs),
    {
      key: 'overcount',
      header: 'Overcount ratio k',
      numFmt: RATIO,
      formula: (c) => `${f.initialRatio}*POWER(1+${f.driftAnnual},(${monthOf(c)}-1)/12)`,
      value: (m) => overcountRatio(option.overcount.initialRatio, option.overcount.driftAnnual, m),
    },
    {
      key: 'counted',
      header: 'Vendor-counted outcomes',
      numFmt: COUNT,
      formula: (c) =>
        `MIN(${c.at('live')}*${contactsOf(c)},${c.at('trueOutcomes')}*${c.at('overcount')})`,
      value: (m) => s.vendorCountedOutcomes[m - 1],
    },
  ];
  const chargesUsage = ch.unit !== 'none';
  if (chargesUsage) {
    cols.push(
      {
        key: 'billed',
        header: `Billed units (${ch.unit === 'token' ? 'million tokens' : `${ch.unit}s`})`,
        numFmt: COUNT,
        formula: billedFormula(option, refs),
        value: (m) => s.billedUnits[m - 1],
      },
      {
        key: 'chargeable',
        header: 'Chargeable units',
        numFmt: COUNT,
        formula: (c) => `MAX(0,${c.at('billed')}-${f.includedUnitsPerMonth})`,
        value: (m) => chargeableUnits(s.billedUnits[m - 1], ch.includedUnitsPerMonth),
      },
    );
  }
  if (chargesUsage && ch.classes) cols.push(...classMixColumns(ch.classes, refs.classes!));
  const ytdTiers = chargesUsage && ch.tierBasis === 'year-to-date' && !!ch.tiers;
  if (ytdTiers) cols.push(unitsBeforeColumn(ch, s.billedUnits));
  if (ch.phases) cols.push(phaseFactorColumn(ch.phases, refs.phases!));
  cols.push({
    key: 'escalation',
    header: 'Price escalation',
    numFmt: RATIO,
    formula: (c) => `POWER(1+${f.escalatorAnnual},${yearOf(c)}-1)`,
    value: (m) => anniversaryFactor(ch.escalatorAnnual, m),
  });
  const price = (c: RowContext) =>
    ch.classes
      ? `${c.at('chargeable')}*${c.at('blendedPrice')}`
      : ytdTiers
        ? yearToDatePriceFormula(c, ch, refs)
        : priceFormula(c.at('chargeable'), ch, refs);
  const before = ytdTiers ? unitsBeforeColumn(ch, s.billedUnits).value : () => 0;
  const usageValue = (m: number) =>
    usageBeforeCredit(
      ch,
      s.billedUnits[m - 1],
      anniversaryFactor(ch.escalatorAnnual, m),
      m,
      before(m),
    ) * phaseFactor(ch.phases, m);
  cols.push({
    key: 'usageBeforeCredit',
    header: chargesUsage ? 'Usage before credits' : 'Usage (no usage charge)',
    numFmt: 'money',
    formula: chargesUsage
      ? (c) => `(${price(c)})*${c.at('escalation')}${ch.phases ? `*${c.at('phaseFactor')}` : ''}`
      : null,
    value: usageValue,
  });
  if (ch.sla) {
    cols.push({
      key: 'slaCredit',
      header: 'SLA credit',
      numFmt: 'money',
      formula: (c) =>
        `IF(AND(${c.at('live')}=1,${f.resolutionRate}<${f.guaranteedResolutionRate}),${f.creditRate}*${c.at('usageBeforeCredit')},0)`,
      value: (m) => s.slaCredit[m - 1],
    });
  }
  const credited = (c: RowContext) =>
    ch.sla ? `${c.at('usageBeforeCredit')}-${c.at('slaCredit')}` : c.at('usageBeforeCredit');
  if (ch.priceLock) {
    cols.push(
      priceLockColumn(ch.priceLock, f, credited, (m) => usageValue(m) - s.slaCredit[m - 1]),
    );
  }
  const owed = ch.priceLock ? (c: RowContext) => c.at('owedAfterLock') : credited;
  if (ch.annualCap !== undefined) {
    const cap = f.annualCap;
    cols.push(
      {
        key: 'usage',
        header: 'Usage charged (after cap)',
        numFmt: 'money',
        formula: (c) =>
          c.first
            ? `MIN(${owed(c)},${cap})`
            : `MIN(${owed(c)},${cap}-IF(${sameYear(c)},${c.above('usageYearToDate')},0))`,
        value: (m) => s.usage[m - 1],
      },
      {
        key: 'usageYearToDate',
        header: 'Usage charged this contract year',
        numFmt: 'money',
        formula: yearToDate('usageYearToDate', (c) => c.at('usage')),
        value: runningYearSum((m) => s.usage[m - 1], months),
      },
    );
  } else {
    cols.push({
      key: 'usage',
      header: 'Usage charged',
      numFmt: 'money',
      formula: ch.sla || chargesUsage || ch.priceLock ? owed : null,
      value: (m) => s.usage[m - 1],
    });
  }
  cols.push(
    {
      key: 'platform',
      header: 'Platform fee',
      numFmt: 'money',
      formula: (c) => `${f.platformFeeMonthly}*${c.at('escalation')}`,
      value: (m) => s.platform[m - 1],
    },
    {
      key: 'oneTime',
      header: 'One-time fee',
      numFmt: 'money',
      formula: (c) => `IF(${monthOf(c)}=1,${f.oneTimeFee},0)`,
      value: (m) => s.oneTime[m - 1],
    },
    residualColumn(result),
  );
  if (ch.gainShare) {
    cols.push({
      key: 'gainShare',
      header: 'Gain-share fee',
      numFmt: 'money',
      formula: (c) =>
        `${f.gainShare}*MAX(0,${BASELINE}${c.row}-(${c.at('usage')}+${c.at('platform')}+${c.at('residual')}))`,
      value: (m) => s.gainShare[m - 1],
    });
  }
  if (ch.annualCommit !== undefined) {
    cols.push(
      {
        key: 'spendYearToDate',
        header: 'Usage + platform this contract year',
        numFmt: 'money',
        formula: yearToDate('spendYearToDate', (c) => `(${c.at('usage')}+${c.at('platform')})`),
        value: runningYearSum((m) => s.usage[m - 1] + s.platform[m - 1], months),
      },
      {
        key: 'trueUp',
        header: 'Commitment true-up',
        numFmt: 'money',
        formula: (c) =>
          `IF(OR(MOD(${monthOf(c)},12)=0,${monthOf(c)}=${c.horizonRef}),MAX(0,${f.annualCommit}*(${monthOf(c)}-(${yearOf(c)}-1)*12)/12-${c.at('spendYearToDate')}),0)`,
        value: (m) => s.trueUp[m - 1],
      },
    );
  }
  if (ch.prepaid) {
    cols.push(
      ...prepaidColumns({
        fields: f,
        rolloverShare: ch.prepaid.rolloverShare ?? 0,
        horizon: (c) => c.horizonRef,
        horizonMonths: months,
        usage: (c) => c.at('usage'),
        usageValue: (m) => s.usage[m - 1],
        lines: s,
      }),
    );
  }
  const charges = ch.prepaid
    ? ['prepayment', 'overage', 'platform', 'oneTime']
    : ['usage', 'platform', 'oneTime'];
  if (ch.gainShare) charges.push('gainShare');
  if (ch.annualCommit !== undefined) charges.push('trueUp');
  cols.push(
    {
      key: 'oversight',
      header: 'Oversight',
      numFmt: 'money',
      formula: () => f.oversightMonthly,
      value: (m) => s.oversight[m - 1],
    },
    {
      key: 'vendorCharges',
      header: 'Vendor charges',
      numFmt: 'money',
      formula: (c) => charges.map((k) => c.at(k)).join('+'),
      value: (m) => s.vendorCharges[m - 1],
    },
    ...totalColumns(result, ['vendorCharges', 'residual', 'oversight']),
  );
  return cols;
};

function billedFormula(option: VendorOption, refs: OptionInputRefs): (c: RowContext) => string {
  const f = refs.fields;
  switch (option.charges.unit) {
    case 'outcome':
      return (c) => c.at('counted');
    case 'contact':
    case 'action':
      return (c) => `${c.at('live')}*${contactsOf(c)}*${f.unitsPerContact}`;
    case 'token':
      return (c) => `${c.at('live')}*${contactsOf(c)}*${f.unitsPerContact}/1000000`;
    case 'seat':
      return () => f.seats;
    case 'none':
      return () => '0';
  }
}
