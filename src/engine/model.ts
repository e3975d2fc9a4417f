// The scenario the engine computes on: a validated scenario with every default applied
// (DOMAIN.md "Scenario inputs" and "Options"). src/scenario checks a file against these shapes
// and fills the defaults; the engine trusts them.

/** One tier of a tier table: (upTo of the tier before, upTo]; the last tier has upTo null. */
export interface Tier {
  upTo: number | null;
  price: number;
  flatFee?: number;
}

export type TierMode = 'graduated' | 'volume';

/** An outcome class (DOMAIN.md "More vendor terms"): priced by complexity, its weight drifting. */
export interface OutcomeClass {
  name: string;
  share: number;
  price: number;
  driftAnnual?: number;
}

/** A consecutive period from month 1 in which usage is multiplied by its price factor. */
export interface Phase {
  months: number;
  priceFactor: number;
}

/** A monthly ceiling on usage for the first `months` months. */
export interface PriceLock {
  months: number;
  monthlyCeiling: number;
}

/** Prepaid credit: paid at each anniversary, drawn down by usage, a share rolling over. */
export interface Prepaid {
  annualAmount: number;
  rolloverShare?: number;
}

export const UNITS = Object.freeze([
  'outcome',
  'contact',
  'action',
  'token',
  'seat',
  'none',
] as const);
export type Unit = (typeof UNITS)[number];

/** What a vendor charges, defaults applied. */
export interface Charges {
  unit: Unit;
  unitsPerContact: number;
  seats?: number;
  price?: number;
  tiers?: Tier[];
  tierMode: TierMode;
  tierBasis: 'month' | 'year-to-date';
  package?: { size: number; price: number };
  includedUnitsPerMonth: number;
  platformFeeMonthly: number;
  oneTimeFee: number;
  escalatorAnnual: number;
  annualCap?: number;
  annualCommit?: number;
  sla?: { guaranteedResolutionRate: number; creditRate: number };
  /** The contract's baseline cost per contact defaults to the buyer's human cost per contact. */
  gainShare?: { share: number; baselinePerContact?: number };
  classes?: Required<OutcomeClass>[];
  phases?: Phase[];
  priceLock?: PriceLock;
  prepaid?: { annualAmount: number; rolloverShare: number };
}

interface OptionBase {
  name: string;
  notes?: string;
  source?: string;
}

export interface StatusQuoOption extends OptionBase {
  kind: 'status-quo';
}

export interface VendorOption extends OptionBase {
  kind: 'vendor';
  resolutionRate: number;
  onboardingMonths: number;
  oversightMonthly: number;
  overcount: { initialRatio: number; driftAnnual: number };
  charges: Charges;
}

export interface BuildOption extends OptionBase {
  kind: 'build';
  resolutionRate: number;
  buildCost: number;
  buildMonths: number;
  runFixedMonthly: number;
  marginalPerContact: number;
  costEscalatorAnnual: number;
  /** Spreads the build cost in the crossover's steady-state year; defaults to usefulLifeMonths. */
  amortizationMonths?: number;
  capitalizedShare: number;
  usefulLifeMonths: number;
}

export interface SwitchOption extends OptionBase {
  kind: 'switch';
  vendor: string;
  build: string;
  switchMonth?: number;
  exitFee: number;
}

export type OptionSpec = StatusQuoOption | VendorOption | BuildOption | SwitchOption;

/** The scenario as the engine reads it (a loaded scenario may carry more: its ranges). */
export interface ScenarioModel {
  version: 1;
  name: string;
  description?: string;
  currency: string;
  horizonMonths: number;
  discountRateAnnual: number;
  demand: { contactsPerMonth?: number; growthAnnual: number; contactsByMonth?: number[] };
  humanCostPerContact: number;
  wageInflationAnnual: number;
  ruleOfThumb: { outcomesPerMonth: number; price: number };
  options: OptionSpec[];
}
