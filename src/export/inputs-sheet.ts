import { monthOneContacts } from '../engine/demand';
import type { BuildOption, VendorOption } from '../engine/model';
import type { Scenario } from '../scenario/schema';
import { saturationMessage } from '../scenario/warnings';
import type { ScenarioResult } from '../engine/evaluate';
import { absoluteRef } from './a1';
import { accountingInputs } from './accounting-inputs';
import {
  fieldRows,
  fieldStyle,
  input,
  inputColumn,
  type Field,
  type FieldStyle,
} from './input-fields';
import { sheetBuilder, type SheetBuilder } from './sheet-builder';
import { switchInputs } from './switch-inputs';
import { vendorTermInputs, type ClassRefs, type PhaseRefs, type Table } from './vendor-term-inputs';
import type { CellStyle, SheetModel } from './workbook-model';

export const INPUTS = 'Inputs';
const LABEL = 1;
const VALUE = 2;
const UNIT = 3;
const NOTE = 4;

export interface TierRefs {
  /** null for the last, unbounded tier. */
  upTo: string | null;
  price: string;
  flatFee: string;
}

/** Absolute references (e.g. Inputs!$B$9) of one option's inputs, by DOMAIN.md field name. */
export interface OptionInputRefs {
  fields: Record<string, string>;
  tiers: TierRefs[];
  /** Outcome classes and phases (DOMAIN.md "More vendor terms"), when the bid has them. */
  classes?: ClassRefs[];
  phases?: PhaseRefs[];
}

export interface InputRefs {
  horizonMonths: string;
  discountRateAnnual: string;
  contactsPerMonth: string;
  growthAnnual: string;
  humanCostPerContact: string;
  wageInflationAnnual: string;
  ruleOutcomesPerMonth: string;
  rulePrice: string;
  checkTolerance: string;
  /** The explicit monthly series, one reference per month; null when contacts grow from C0. */
  contactsByMonth: string[] | null;
  options: OptionInputRefs[];
}

/** A sheet of formulas over Inputs, with the references the sheets after it read from it. */
export type SheetOverInputs<Refs> = (
  scenario: Scenario,
  result: ScenarioResult,
  inputs: InputRefs,
) => { sheet: SheetModel; refs: Refs };

/** Relative tolerance of the crossover check cells (build year = vendor year at the crossover). */
export const CHECK_TOLERANCE = 1e-9;

/** Every scenario input, labelled with its unit; input cells carry the 'input' role. */
/**
 * The Inputs sheet; with the scenario's result, a vendor whose count saturates says so beside
 * its drift (DOMAIN.md: every face warns where it shows the option).
 */
export function inputsSheet(
  scenario: Scenario,
  result?: ScenarioResult,
): { sheet: SheetModel; refs: InputRefs } {
  const b = sheetBuilder();
  const currency = scenario.currency;
  let row = 1;
  const ref = (r: number) => absoluteRef(INPUTS, VALUE, r);
  // free text (a name, a source, a long unit) wraps in its column rather than widening it
  const wrapped = (text: number | string, style: CellStyle): CellStyle =>
    typeof text === 'string' && text.length > 20 ? { ...style, wrap: true } : style;
  const field = (label: string, value: number | string, style: FieldStyle, unit: string) => {
    b.value(LABEL, row, label, { role: 'label' });
    b.value(VALUE, row, value, wrapped(value, fieldStyle(style, value, currency)));
    b.value(UNIT, row, unit, wrapped(unit, { role: 'note' }));
    return ref(row++);
  };
  const table: Table = (labels, rows) => {
    header(b, row++, labels);
    return rows.map((cells) => {
      const refs = cells.map(([value, style], k) => {
        b.value(LABEL + k, row, value, style);
        return absoluteRef(INPUTS, LABEL + k, row);
      });
      row++;
      return refs;
    });
  };

  b.value(LABEL, row++, 'Inputs', { role: 'title' });
  b.value(
    LABEL,
    row++,
    'Shaded cells are inputs. Every figure on Schedule, Crossover and Summary is a formula over them.',
    { role: 'note' },
  );
  if (scenario.description) b.value(LABEL, row++, scenario.description, { role: 'note' });
  row++;
  header(b, row++, ['Scenario', 'Value', 'Unit']);
  field('Scenario name', scenario.name, { role: 'input' }, '');
  field('Currency', scenario.currency, { role: 'input' }, 'ISO 4217');
  const horizonMonths = field('Horizon (H)', scenario.horizonMonths, 'months', 'months');
  const discountRateAnnual = field(
    'Discount rate',
    scenario.discountRateAnnual,
    'percent',
    'per year',
  );
  const contactsPerMonth = field(
    'Contacts in month 1 (C0)',
    scenario.demand.contactsPerMonth ?? monthOneContacts(scenario),
    'number',
    scenario.demand.contactsByMonth
      ? 'contacts (ignored: the monthly series below is used)'
      : 'contacts',
  );
  const growthAnnual = field(
    'Demand growth (G)',
    scenario.demand.growthAnnual,
    'percent',
    scenario.demand.contactsByMonth ? 'per year (ignored: monthly series)' : 'per year',
  );
  const humanCostPerContact = field(
    'Human cost per contact',
    scenario.humanCostPerContact,
    'money',
    `${scenario.currency} per contact, fully loaded, month 1`,
  );
  const wageInflationAnnual = field(
    'Wage inflation (W)',
    scenario.wageInflationAnnual,
    'percent',
    'per year',
  );
  const ruleOutcomesPerMonth = field(
    'Rule of thumb: outcomes per month',
    scenario.ruleOfThumb.outcomesPerMonth,
    'number',
    'vendor-counted outcomes in month H',
  );
  const rulePrice = field(
    'Rule of thumb: price per outcome',
    scenario.ruleOfThumb.price,
    'money',
    `${scenario.currency} per outcome`,
  );
  const checkTolerance = field(
    'Check tolerance',
    CHECK_TOLERANCE,
    input('0.0E+00'),
    'relative; used by the crossover check cells',
  );

  const options = scenario.options.map((option, i): OptionInputRefs => {
    row++;
    header(b, row++, [`Option ${i + 1}: ${option.name} (${option.kind})`, 'Value', 'Unit']);
    if (option.source) field('Source', option.source, { role: 'note' }, '');
    if (option.notes) field('Notes', option.notes, { role: 'note' }, '');
    if (option.kind === 'status-quo') {
      b.value(LABEL, row++, 'Every contact handled by people at the human cost per contact.', {
        role: 'note',
      });
      return { fields: {}, tiers: [] };
    }
    if (option.kind === 'build') return buildInputs(option, field);
    if (option.kind === 'switch') {
      b.value(
        LABEL,
        row++,
        `The vendor ${option.vendor} until the switch month, then the build ${option.build}; the build is paid for throughout.`,
        { role: 'note' },
      );
      return { fields: switchInputs(option, scenario, field), tiers: [] };
    }
    const tiersAt = () => {
      const tiers: TierRefs[] = [];
      const all = (option as VendorOption).charges.tiers!;
      // each column shows its values alike
      const upTo = inputColumn(
        'number',
        all.flatMap((t) => (t.upTo === null ? [] : [t.upTo])),
        currency,
      );
      const price = inputColumn(
        'money',
        all.map((t) => t.price),
        currency,
      );
      const flatFee = inputColumn(
        'money',
        all.map((t) => t.flatFee ?? 0),
        currency,
      );
      header(b, row++, ['Tier', 'Up to (units)', 'Price per unit', 'Flat fee']);
      all.forEach((tier, t) => {
        b.value(LABEL, row, `Tier ${t + 1}`, { role: 'label' });
        b.value(VALUE, row, tier.upTo ?? 'no limit', tier.upTo === null ? { role: 'label' } : upTo);
        b.value(UNIT, row, tier.price, price);
        b.value(NOTE, row, tier.flatFee ?? 0, flatFee);
        tiers.push({
          upTo: tier.upTo === null ? null : ref(row),
          price: absoluteRef(INPUTS, UNIT, row),
          flatFee: absoluteRef(INPUTS, NOTE, row),
        });
        row++;
      });
      return tiers;
    };
    const saturated = result?.options[i]?.saturatedFromMonth ?? null;
    const refs = vendorInputs(option, field, tiersAt, currency, saturated);
    const terms = vendorTermInputs(option, field, table, currency);
    return { ...refs, ...terms, fields: { ...refs.fields, ...terms.fields } };
  });

  let contactsByMonth: string[] | null = null;
  const series = scenario.demand.contactsByMonth;
  if (series) {
    row++;
    header(b, row++, ['Contacts by month', 'Contacts', 'Unit']);
    contactsByMonth = [];
    for (let m = 1; m <= scenario.horizonMonths; m++) {
      contactsByMonth.push(field(`Month ${m}`, series[m - 1], 'number', 'contacts'));
    }
  }

  return {
    sheet: {
      name: INPUTS,
      cells: b.cells,
      columnWidths: [30, 22, 30, 12],
      freeze: { rows: 0, columns: 1 },
      print: { orientation: 'portrait', fit: 'width' },
    },
    refs: {
      horizonMonths,
      discountRateAnnual,
      contactsPerMonth,
      growthAnnual,
      humanCostPerContact,
      wageInflationAnnual,
      ruleOutcomesPerMonth,
      rulePrice,
      checkTolerance,
      contactsByMonth,
      options,
    },
  };
}

function header(b: SheetBuilder, row: number, labels: string[]): void {
  labels.forEach((label, i) => b.value(LABEL + i, row, label, { role: 'header' }));
}

function buildInputs(option: BuildOption, field: Field): OptionInputRefs {
  const fields: Record<string, string> = {
    resolutionRate: field(
      'Resolution rate (r)',
      option.resolutionRate,
      'percent',
      'share of contacts, buyer definition',
    ),
    buildCost: field('Build cost', option.buildCost, 'money', 'one-time, total'),
    buildMonths: field(
      'Build months (B)',
      option.buildMonths,
      'months',
      'months before going live',
    ),
    runFixedMonthly: field(
      'Run cost, fixed',
      option.runFixedMonthly,
      'money',
      'per month once live',
    ),
    marginalPerContact: field(
      'Marginal cost per contact',
      option.marginalPerContact,
      'money',
      'tokens, infrastructure, review',
    ),
    costEscalatorAnnual: field(
      'Run cost escalator (E)',
      option.costEscalatorAnnual,
      'percent',
      'per year, smooth',
    ),
  };
  const accounting = accountingInputs(option, field);
  // without its own figure the crossover spreads the build over the useful life: its cell when
  // the build capitalises (one input feeds both), otherwise a cell of its own
  fields.amortizationMonths =
    option.amortizationMonths === undefined && option.capitalizedShare > 0
      ? accounting.usefulLifeMonths
      : field(
          'Amortization months',
          option.amortizationMonths ?? option.usefulLifeMonths,
          'months',
          option.amortizationMonths === undefined
            ? 'for the crossover (the useful life)'
            : 'for the crossover',
        );
  Object.assign(fields, accounting);
  return { fields, tiers: [] };
}

function vendorInputs(
  option: VendorOption,
  field: Field,
  tiersAt: () => TierRefs[],
  currency: string,
  saturatedFromMonth: number | null,
): OptionInputRefs {
  const c = option.charges;
  const f = fieldRows(field, [
    [
      'resolutionRate',
      'Resolution rate (r)',
      option.resolutionRate,
      'percent',
      'share of contacts, buyer definition',
    ],
    [
      'onboardingMonths',
      'Onboarding months',
      option.onboardingMonths,
      'months',
      'months before going live',
    ],
    ['oversightMonthly', 'Oversight', option.oversightMonthly, 'money', 'internal cost per month'],
    [
      'initialRatio',
      'Overcount ratio at start (k0)',
      option.overcount.initialRatio,
      'number',
      'vendor count / true count',
    ],
    [
      'driftAnnual',
      'Overcount drift (D)',
      option.overcount.driftAnnual,
      'percent',
      saturatedFromMonth === null
        ? 'per year, smooth'
        : `per year, smooth. Warning: ${saturationMessage(saturatedFromMonth)}`,
    ],
  ]);
  field('Billing unit', c.unit, { role: 'input' }, unitDescription(c.unit));
  if (c.unit === 'contact' || c.unit === 'action' || c.unit === 'token') {
    f.unitsPerContact = field(
      'Units per contact',
      c.unitsPerContact,
      'number',
      c.unit === 'token' ? 'tokens per contact' : `${c.unit}s per contact`,
    );
  }
  if (c.unit === 'seat') f.seats = field('Seats', c.seats ?? 0, 'number', 'billed every month');
  const per =
    c.unit === 'token' ? 'per million tokens' : `per ${c.unit === 'none' ? 'unit' : c.unit}`;
  let tiers: TierRefs[] = [];
  if (c.tiers) {
    field(
      'Tier mode',
      c.tierMode,
      { role: 'input' },
      c.tierMode === 'volume' ? 'one tier prices every unit' : 'each tier prices its own units',
    );
    tiers = tiersAt();
  } else if (c.package) {
    f.packageSize = field('Package size', c.package.size, 'number', 'units per package');
    f.packagePrice = field('Package price', c.package.price, 'money', `${currency} per package`);
  } else if (c.price !== undefined) {
    f.price = field('Price', c.price, 'money', `${currency} ${per}`);
  }
  Object.assign(
    f,
    fieldRows(field, [
      [
        'includedUnitsPerMonth',
        'Included units',
        c.includedUnitsPerMonth,
        'number',
        'per month, before charging',
      ],
      [
        'platformFeeMonthly',
        'Platform fee',
        c.platformFeeMonthly,
        'money',
        'per month from month 1, escalated',
      ],
      ['oneTimeFee', 'One-time fee', c.oneTimeFee, 'money', 'in month 1'],
      [
        'escalatorAnnual',
        'Price escalator',
        c.escalatorAnnual,
        'percent',
        'step at each contract anniversary',
      ],
      c.annualCap !== undefined && [
        'annualCap',
        'Annual cap',
        c.annualCap,
        'money',
        'most usage charged per contract year',
      ],
      c.annualCommit !== undefined && [
        'annualCommit',
        'Annual commitment',
        c.annualCommit,
        'money',
        'least usage + platform per contract year, prorated in a final partial year',
      ],
      !!c.sla && [
        'guaranteedResolutionRate',
        'SLA guaranteed resolution rate',
        c.sla.guaranteedResolutionRate,
        'percent',
        'credit applies below it',
      ],
      !!c.sla && [
        'creditRate',
        'SLA credit rate',
        c.sla.creditRate,
        'percent',
        'share of usage credited',
      ],
      !!c.gainShare && [
        'gainShare',
        'Gain-share',
        c.gainShare.share,
        'percent',
        'share of savings against the status quo, paid to the vendor',
      ],
    ]),
  );
  return { fields: f, tiers };
}

function unitDescription(unit: string): string {
  switch (unit) {
    case 'outcome':
      return 'vendor-counted outcomes';
    case 'token':
      return 'millions of tokens';
    case 'none':
      return 'no usage charge';
    default:
      return `${unit}s`;
  }
}
