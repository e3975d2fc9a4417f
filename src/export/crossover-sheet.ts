import { amortizationMonthsOf } from '../engine/crossover/crossover';
import { blendedClassPrice } from '../engine/pricing/classes';
import { buildSteadyYearLines, vendorSteadyYearLines } from '../engine/crossover/steady-year';
import type { BuildOption, VendorOption } from '../engine/model';
import type { ScenarioResult } from '../engine/evaluate';
import { absoluteRef } from './a1';
import {
  CHECK_TOLERANCE,
  type InputRefs,
  type OptionInputRefs,
  type SheetOverInputs,
} from './inputs-sheet';
import { COUNT, figureDecimals, MONTH, unitMoney, wholeMoney } from './number-formats';
import { sheetBuilder, type SheetBuilder } from './sheet-builder';
import {
  isYearToDate,
  steadyBlendedPriceFormula,
  steadyPrepaidFormulas,
  steadyUnitsBeforeFormula,
  steadyUsageFormula,
} from './steady-year-terms';
import type { CellStyle } from './workbook-model';

export const CROSSOVER = 'Crossover';
const MONTHS = 12;

/** Per comparison: the solver's volume and both steady-state years at it; null without a crossover. */
export type CrossoverRefs = (CrossoverCheck | null)[];

export interface CrossoverCheck {
  volume: string;
  buildYear: string;
  vendorYear: string;
  /** The engine's steady-state years at the volume. */
  buildYearValue: number;
  vendorYearValue: number;
  /** When a price step makes several crossings: the same check at buildCheaperThroughout. */
  throughout?: CrossoverCheck;
}

/**
 * The check of each crossover volume found by the engine's solver: one steady-state year of the
 * build and of the vendor at that volume, by formula over Inputs (DOMAIN.md "crossover volume":
 * 12 live months, month-1 human cost, no growth, no drift beyond k0, no escalation, no one-time
 * fee, cap and commitment applied to that one year).
 */
export const crossoverSheet: SheetOverInputs<CrossoverRefs> = (scenario, result, inputs) => {
  const b = sheetBuilder();
  const money: CellStyle = { role: 'working', numFmt: wholeMoney(scenario.currency) };
  const count: CellStyle = { role: 'working', numFmt: COUNT };
  // the only per-unit line: a blended class price in month 1
  const blendedPrices = scenario.options.flatMap((o) =>
    o.kind === 'vendor' && o.charges.classes ? [blendedClassPrice(o.charges.classes, 1)] : [],
  );
  const unitPrice: CellStyle = {
    role: 'working',
    numFmt: unitMoney(scenario.currency, figureDecimals(blendedPrices)),
  };
  const h = scenario.humanCostPerContact;
  const names = scenario.options.map((o) => o.name);
  let row = 1;
  b.value(1, row++, 'Crossover: both options one steady-state year at the solved volume', {
    role: 'title',
  });
  b.value(
    1,
    row++,
    'The volume is the solver result (a value). Every line below it is a formula; Summary compares the two years.',
    { role: 'note' },
  );

  const checkBlock = (
    comparison: ScenarioResult['comparisons'][number],
    V: number,
    title: string,
    volumeLabel: string,
  ): CrossoverCheck => {
    const bi = names.indexOf(comparison.build);
    const vi = names.indexOf(comparison.vendor);
    const build = scenario.options[bi] as BuildOption;
    const vendor = scenario.options[vi] as VendorOption;
    row++;
    b.value(1, row++, title, { role: 'header' });
    const line = (label: string, formula: string, value: number, style: CellStyle) => {
      b.value(1, row, label, { role: 'label' });
      b.formula(2, row, formula, value, style);
      return `B${row++}`;
    };
    b.value(1, row, volumeLabel, { role: 'label' });
    const volume = b.value(2, row, V, { role: 'output', numFmt: COUNT });
    b.value(3, row++, 'contacts per month', { role: 'note' });
    const buildRefs = inputs.options[bi].fields;
    const amortization = amortizationMonthsOf(build);
    const buildLines = buildSteadyYearLines(build, V, h, amortization);
    const buildRun = line(
      'Build: run cost per month',
      `${buildRefs.runFixedMonthly}+${buildRefs.marginalPerContact}*${volume}`,
      buildLines.run,
      money,
    );
    const buildResidual = line(
      'Build: people on unresolved contacts per month',
      `(${volume}-${buildRefs.resolutionRate}*${volume})*${inputs.humanCostPerContact}`,
      buildLines.residual,
      money,
    );
    const buildAmortized = line(
      'Build: build cost amortized per month',
      `${buildRefs.buildCost}/${buildRefs.amortizationMonths}`,
      buildLines.amortized,
      money,
    );
    const buildYearValue = buildLines.total;
    const buildYear = line(
      'Build: steady-state year',
      `12*(${buildRun}+${buildResidual}+${buildAmortized})`,
      buildYearValue,
      { ...money, role: 'output' },
    );
    const block = vendorYearBlock(
      { b, inputs, volume, V, h, money, count, unitPrice },
      vendor,
      inputs.options[vi],
      row,
    );
    row = block.nextRow;
    const vendorYear = block.yearRow;
    const vendorYearValue = block.total;
    return {
      volume: absoluteRef(CROSSOVER, 2, Number(volume.slice(1))),
      buildYear: absoluteRef(CROSSOVER, 2, Number(buildYear.slice(1))),
      vendorYear: absoluteRef(CROSSOVER, 2, vendorYear),
      buildYearValue,
      vendorYearValue,
    };
  };

  const refs: CrossoverRefs = result.comparisons.map((comparison) => {
    const V = comparison.crossoverContactsPerMonth;
    if (V === null) return null;
    const pair = `${comparison.build} vs ${comparison.vendor}`;
    const check = checkBlock(comparison, V, pair, 'Crossover volume (solver)');
    const T = comparison.buildCheaperThroughout;
    if (T === null || T === V) return check;
    const throughout = checkBlock(
      comparison,
      T,
      `${pair}: the build stays cheaper above this volume (a price step crosses more than once)`,
      'Build cheaper throughout above (solver)',
    );
    const at = Number(throughout.buildYear.split('$').pop());
    const buildCell = `B${at}`;
    const vendorCell = `B${Number(throughout.vendorYear.split('$').pop())}`;
    b.value(1, row, 'Check: build year against vendor year at this volume', { role: 'label' });
    const equal =
      Math.abs(throughout.buildYearValue - throughout.vendorYearValue) <=
      CHECK_TOLERANCE *
        Math.max(Math.abs(throughout.buildYearValue), Math.abs(throughout.vendorYearValue));
    b.formula(
      2,
      row++,
      `IF(ABS(${buildCell}-${vendorCell})<=${inputs.checkTolerance}*MAX(ABS(${buildCell}),ABS(${vendorCell})),"equal",IF(${buildCell}<${vendorCell},"build cheaper here (no equal point)","CHECK FAILS"))`,
      equal
        ? 'equal'
        : throughout.buildYearValue < throughout.vendorYearValue
          ? 'build cheaper here (no equal point)'
          : 'CHECK FAILS',
      { role: 'check' },
    );
    return { ...check, throughout };
  });

  if (refs.every((r) => r === null)) {
    b.value(
      1,
      row + 1,
      'No build option is cheaper than a vendor option at any volume checked, so there is no crossover to check.',
      {
        role: 'note',
      },
    );
  }
  return {
    sheet: {
      name: CROSSOVER,
      cells: b.cells,
      columnWidths: [12, 12, 12, 12, 12, 12, 12, 12],
      print: { orientation: 'landscape', fit: 'width' },
    },
    refs,
  };
};

/** The vendor's steady-state year: scalar lines, then 12 months (the cap binds within the year). */
interface BlockContext {
  b: SheetBuilder;
  inputs: InputRefs;
  /** The cell holding the crossover volume, and its value. */
  volume: string;
  V: number;
  /** Month-1 human cost per contact. */
  h: number;
  money: CellStyle;
  count: CellStyle;
  unitPrice: CellStyle;
}

function vendorYearBlock(
  { b, inputs, volume, V, h, money, count, unitPrice }: BlockContext,
  vendor: VendorOption,
  refs: OptionInputRefs,
  startRow: number,
): { yearRow: number; nextRow: number; total: number } {
  const f = refs.fields;
  const ch = vendor.charges;
  const lines = vendorSteadyYearLines(vendor, V, h);
  let row = startRow;
  const line = (label: string, formula: string, value: number, style: CellStyle) => {
    b.value(1, row, label, { role: 'label' });
    b.formula(2, row, formula, value, style);
    return `B${row++}`;
  };
  const outcomes = lines.trueOutcomes;
  const counted = lines.vendorCountedOutcomes;
  const units = lines.billedUnits;
  const owedValue = lines.months[0].owed;
  const usage = lines.months[0].beforeCredit;

  const O = line(
    'Vendor: true outcomes per month',
    `${f.resolutionRate}*${volume}`,
    outcomes,
    count,
  );
  const Ov = line(
    'Vendor: vendor-counted outcomes per month (k0)',
    `MIN(${volume},${O}*${f.initialRatio})`,
    counted,
    count,
  );
  // The usage owed after the SLA credit, for the usage before credits in cell u.
  const afterSla = (u: string) =>
    `${u}-IF(${f.resolutionRate}<${f.guaranteedResolutionRate},${f.creditRate}*${u},0)`;
  // Year-to-date tiers: the month's usage owed differs month by month (columns F to H below).
  const ytd = ch.unit !== 'none' && isYearToDate(ch);
  let Q = '';
  let owed: string;
  if (ch.unit === 'none') {
    b.value(1, row, 'Vendor: usage owed per month (no usage charge)', { role: 'label' });
    b.value(2, row, 0, { ...money, role: 'label' });
    owed = `B${row++}`;
  } else {
    const billed = line(
      'Vendor: billed units per month',
      steadyBilledFormula(vendor, refs, volume, Ov),
      units,
      count,
    );
    Q = line(
      'Vendor: chargeable units per month',
      `MAX(0,${billed}-${f.includedUnitsPerMonth})`,
      lines.chargeableUnits,
      count,
    );
    const blended = ch.classes
      ? line(
          'Vendor: blended price per outcome (month-1 class mix)',
          steadyBlendedPriceFormula(refs),
          blendedClassPrice(ch.classes, 1),
          unitPrice,
        )
      : undefined;
    const u = line(
      ytd ? 'Vendor: usage before credits in month 1' : 'Vendor: usage before credits per month',
      steadyUsageFormula(Q, ch, refs, { blended }),
      usage,
      money,
    );
    owed = ch.sla
      ? line(
          ytd
            ? 'Vendor: usage owed after SLA credit in month 1'
            : 'Vendor: usage owed after SLA credit per month',
          afterSla(u),
          owedValue,
          money,
        )
      : u;
  }
  const platform = line(
    'Vendor: platform fee per month',
    f.platformFeeMonthly,
    lines.platform,
    money,
  );
  const residual = line(
    'Vendor: people on unresolved contacts per month',
    `(${volume}-${O})*${inputs.humanCostPerContact}`,
    lines.residual,
    money,
  );
  const baseline = line(
    'Status-quo cost per month',
    `${volume}*${inputs.humanCostPerContact}`,
    lines.baseline,
    money,
  );

  // 12 identical months, except where the annual cap stops the charges.
  const header = [
    'Month',
    'Usage charged',
    'Usage charged this year',
    'Gain-share fee',
    'Month total',
    ...(ytd ? ['Units charged earlier this year', 'Usage before credits', 'Usage owed'] : []),
  ];
  header.forEach((label, i) => b.value(1 + i, row, label, { role: 'header', wrap: true }));
  row++;
  const first = row;
  for (let j = 1; j <= MONTHS; j++, row++) {
    const month = lines.months[j - 1];
    b.value(1, row, j, { role: 'label', numFmt: MONTH });
    let owedNow = owed;
    if (ytd) {
      const before = `F${row}`;
      b.formula(
        6,
        row,
        steadyUnitsBeforeFormula(j === 1, `F${row - 1}`, Q),
        (j - 1) * lines.chargeableUnits,
        count,
      );
      b.formula(7, row, steadyUsageFormula(Q, ch, refs, { before }), month.beforeCredit, money);
      b.formula(8, row, ch.sla ? afterSla(`G${row}`) : `G${row}`, month.owed, money);
      owedNow = `H${row}`;
    }
    b.formula(
      2,
      row,
      ch.annualCap === undefined
        ? owedNow
        : j === 1
          ? `MIN(${owedNow},${f.annualCap})`
          : `MIN(${owedNow},${f.annualCap}-C${row - 1})`,
      month.usage,
      money,
    );
    b.formula(3, row, j === 1 ? `B${row}` : `C${row - 1}+B${row}`, month.chargedToDate, money);
    b.formula(
      4,
      row,
      ch.gainShare ? `${f.gainShare}*MAX(0,${baseline}-(B${row}+${platform}+${residual}))` : '0',
      month.gainShare,
      money,
    );
    b.formula(
      5,
      row,
      `B${row}+${platform}+D${row}+${residual}+${f.oversightMonthly}`,
      month.total,
      money,
    );
  }
  const last = row - 1;
  let trueUp = '';
  if (ch.annualCommit !== undefined) {
    trueUp = `+${line(
      'Vendor: commitment true-up for the year',
      `MAX(0,${f.annualCommit}-(C${last}+12*${platform}))`,
      lines.trueUp,
      money,
    )}`;
  }
  let prepaid = '';
  if (ch.prepaid) {
    const p = steadyPrepaidFormulas(refs, `C${last}`);
    const prepayment = line(
      'Vendor: prepayment for the year (prepaid credit, no carry-in)',
      p.prepayment,
      lines.prepayment,
      money,
    );
    const overage = line(
      'Vendor: overage beyond the credit',
      p.overage(prepayment),
      lines.overage,
      money,
    );
    // The prepayment and the overage are paid in place of the usage charged.
    prepaid = `-C${last}+${prepayment}+${overage}`;
  }
  const yearRow = row;
  line('Vendor: steady-state year', `SUM(E${first}:E${last})${trueUp}${prepaid}`, lines.total, {
    ...money,
    role: 'output',
  });
  return { yearRow, nextRow: row, total: lines.total };
}
function steadyBilledFormula(
  vendor: VendorOption,
  refs: OptionInputRefs,
  volume: string,
  counted: string,
): string {
  const f = refs.fields;
  switch (vendor.charges.unit) {
    case 'outcome':
      return counted;
    case 'contact':
    case 'action':
      return `${volume}*${f.unitsPerContact}`;
    case 'token':
      return `${volume}*${f.unitsPerContact}/1000000`;
    case 'seat':
      return f.seats;
    case 'none':
      return '0';
  }
}
