import type { OptionSpec, ScenarioModel } from '../engine/model';
import type { ValueKind } from './value-kinds';

// The one catalogue of the model's numbers: every numeric field of a scenario, where it lives,
// its kind (and so its valid range) and a label. Validation of the uncertainty block, clamping of
// draws, the taskpane's range picker and the functions all read it. test/uncertainty/fields
// checks it against the zod schema, so a new number of the model cannot be forgotten here.

/** Where a field lives: the scenario itself, or an option of that kind. */
export type FieldScope = 'scenario' | 'vendor' | 'build' | 'switch';

export type FieldDisplay = 'money' | 'number' | 'percent' | 'months';

export interface RangeableField {
  scope: FieldScope;
  /** Path inside the scenario or the option; `[]` stands for any array index. */
  path: string;
  kind: ValueKind;
  label: string;
  /** How a value is shown: money, a plain number, a percentage or whole months (from the kind). */
  display: FieldDisplay;
  /** The base value when the file leaves the field out and it has no schema default. */
  fallback?: (scenario: ScenarioModel, option: OptionSpec | undefined) => number | undefined;
}

// Amounts that are counts rather than money.
const COUNTS: ReadonlySet<string> = new Set([
  'demand.contactsPerMonth',
  'ruleOfThumb.outcomesPerMonth',
  'overcount.initialRatio',
  'charges.unitsPerContact',
  'charges.seats',
  'charges.includedUnitsPerMonth',
]);

function displayOf(kind: ValueKind, path: string): FieldDisplay {
  if (kind === 'share' || kind === 'rate') return 'percent';
  if (kind === 'amount') return COUNTS.has(path) ? 'number' : 'money';
  return 'months';
}

const field = (
  scope: FieldScope,
  path: string,
  kind: ValueKind,
  label: string,
  fallback?: RangeableField['fallback'],
): RangeableField => ({
  scope,
  path,
  kind,
  label,
  display: displayOf(kind, path),
  ...(fallback ? { fallback } : {}),
});

export const RANGEABLE_FIELDS: readonly RangeableField[] = [
  field('scenario', 'discountRateAnnual', 'rate', 'Discount rate (annual)'),
  field('scenario', 'demand.contactsPerMonth', 'amount', 'Contacts per month'),
  field('scenario', 'demand.growthAnnual', 'rate', 'Volume growth (annual)'),
  field('scenario', 'humanCostPerContact', 'amount', 'Human cost per contact'),
  field('scenario', 'wageInflationAnnual', 'rate', 'Wage inflation (annual)'),
  field('scenario', 'ruleOfThumb.outcomesPerMonth', 'amount', 'Rule of thumb: outcomes/month'),
  field('scenario', 'ruleOfThumb.price', 'amount', 'Rule of thumb: price'),

  field('vendor', 'resolutionRate', 'share', 'Resolution rate'),
  field('vendor', 'onboardingMonths', 'months', 'Onboarding months'),
  field('vendor', 'oversightMonthly', 'amount', 'Oversight per month'),
  field('vendor', 'overcount.initialRatio', 'amount', 'Overcount ratio (initial)'),
  field('vendor', 'overcount.driftAnnual', 'rate', 'Overcount drift (annual)'),
  field('vendor', 'charges.unitsPerContact', 'amount', 'Units per contact'),
  field('vendor', 'charges.seats', 'amount', 'Seats'),
  field('vendor', 'charges.price', 'amount', 'Price per unit'),
  field('vendor', 'charges.tiers[].price', 'amount', 'Tier price'),
  field('vendor', 'charges.tiers[].flatFee', 'amount', 'Tier flat fee'),
  field('vendor', 'charges.package.price', 'amount', 'Package price'),
  field('vendor', 'charges.includedUnitsPerMonth', 'amount', 'Included units per month'),
  field('vendor', 'charges.platformFeeMonthly', 'amount', 'Platform fee per month'),
  field('vendor', 'charges.oneTimeFee', 'amount', 'One-time fee'),
  field('vendor', 'charges.escalatorAnnual', 'rate', 'Price escalator (annual)'),
  field('vendor', 'charges.annualCap', 'amount', 'Annual cap'),
  field('vendor', 'charges.annualCommit', 'amount', 'Annual commitment'),
  field('vendor', 'charges.sla.guaranteedResolutionRate', 'share', 'SLA guaranteed rate'),
  field('vendor', 'charges.sla.creditRate', 'share', 'SLA credit rate'),
  field('vendor', 'charges.gainShare.share', 'share', 'Gain-share'),
  field(
    'vendor',
    'charges.gainShare.baselinePerContact',
    'amount',
    'Gain-share baseline per contact',
    (scenario, option) =>
      option?.kind === 'vendor' && option.charges.gainShare
        ? scenario.humanCostPerContact
        : undefined,
  ),
  field('vendor', 'charges.classes[].price', 'amount', 'Class price'),
  field('vendor', 'charges.classes[].driftAnnual', 'rate', 'Class mix drift (annual)'),
  field('vendor', 'charges.phases[].priceFactor', 'amount', 'Phase price factor'),
  field('vendor', 'charges.priceLock.months', 'months', 'Price lock months'),
  field('vendor', 'charges.priceLock.monthlyCeiling', 'amount', 'Price lock ceiling per month'),
  field('vendor', 'charges.prepaid.annualAmount', 'amount', 'Prepaid credit per year'),
  field('vendor', 'charges.prepaid.rolloverShare', 'share', 'Prepaid rollover share'),

  field('switch', 'switchMonth', 'switchMonth', 'Switch month'),
  field('switch', 'exitFee', 'amount', 'Exit fee'),

  field('build', 'resolutionRate', 'share', 'Resolution rate'),
  field('build', 'buildCost', 'amount', 'Build cost'),
  field('build', 'buildMonths', 'months', 'Build months'),
  field('build', 'runFixedMonthly', 'amount', 'Run cost per month (fixed)'),
  field('build', 'marginalPerContact', 'amount', 'Marginal cost per contact'),
  field('build', 'costEscalatorAnnual', 'rate', 'Cost escalator (annual)'),
  field('build', 'amortizationMonths', 'positiveMonths', 'Amortization months', (_, option) =>
    option?.kind === 'build' ? option.usefulLifeMonths : undefined,
  ),
  field('build', 'capitalizedShare', 'share', 'Capitalised share (accounting)'),
  field('build', 'usefulLifeMonths', 'positiveMonths', 'Useful life months (accounting)'),
];

/**
 * Numbers of the model that cannot take a range, because a draw could break a rule that clamping
 * cannot mend, with the reason shown to the user.
 */
export const FIXED_FIELDS: readonly { scope: FieldScope; path: string; reason: string }[] = [
  { scope: 'scenario', path: 'version', reason: 'the file format version is not a model input' },
  { scope: 'scenario', path: 'horizonMonths', reason: 'the horizon cannot take a range' },
  {
    scope: 'scenario',
    path: 'demand.contactsByMonth[]',
    reason:
      'entries of a monthly series cannot take a range (range contactsPerMonth without a series)',
  },
  { scope: 'vendor', path: 'charges.tiers[].upTo', reason: 'tier bounds cannot take a range' },
  {
    scope: 'vendor',
    path: 'charges.classes[].share',
    reason: 'class shares cannot take a range (they must sum to 1)',
  },
  {
    scope: 'vendor',
    path: 'charges.phases[].months',
    reason: 'phase lengths cannot take a range',
  },
  {
    scope: 'vendor',
    path: 'charges.package.size',
    reason: 'a package size cannot take a range (a draw of 0 has no meaning)',
  },
];

/** `charges.tiers[1].price` -> `charges.tiers[].price`: the catalogue pattern of a path. */
export function fieldPattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

export function rangeableField(scope: FieldScope, path: string): RangeableField | undefined {
  const pattern = fieldPattern(path);
  return RANGEABLE_FIELDS.find((f) => f.scope === scope && f.path === pattern);
}

export function fixedField(scope: FieldScope, path: string) {
  const pattern = fieldPattern(path);
  return FIXED_FIELDS.find((f) => f.scope === scope && f.path === pattern);
}

export function fieldsOfScope(scope: FieldScope): RangeableField[] {
  return RANGEABLE_FIELDS.filter((f) => f.scope === scope);
}
