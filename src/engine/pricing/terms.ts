import type { Charges, VendorOption } from '../model';
import type { Prepaid } from '../prepaid';
import { blendedClassPrice, type OutcomeClass } from './classes';
import { packagePrice } from './package';
import type { Phase } from './phases';
import type { PriceLock } from './price-lock';
import { graduatedPriceIn, tierTableOf, volumePriceIn, type TierTable } from './tiers';
import { yearToDatePriceIn } from './year-to-date';

// A vendor bid's terms read once into one fixed-shape object, defaults applied, so the month
// loops (the schedule, the steady-state year, the crossover search) read local fields instead of
// probing optional ones of differently shaped `charges` objects every month.

/** How P prices a month's chargeable units (DOMAIN.md: classes, year-to-date tiers, tiers, package, price). */
export const PRICED_BY_UNIT_PRICE = 0;
export const PRICED_BY_GRADUATED_TIERS = 1;
export const PRICED_BY_VOLUME_TIERS = 2;
export const PRICED_BY_PACKAGE = 3;
export const PRICED_BY_CLASSES = 4;
export const PRICED_BY_YEAR_TO_DATE_TIERS = 5;

const NONE: readonly number[] = Object.freeze([]);
const NO_TIERS: TierTable = Object.freeze({
  lowers: NONE,
  uppers: NONE,
  prices: NONE,
  flatFees: NONE,
  chargedBelow: NONE,
});
const NO_CLASSES: readonly OutcomeClass[] = Object.freeze([]);

/** The parts of the charges that price chargeable units. */
export interface PricingTerms {
  pricedBy: number;
  price: number;
  /** The tiers read once (empty without tiers). */
  tierTable: TierTable;
  packageSize: number;
  packagePrice: number;
  classes: readonly OutcomeClass[];
}

export function pricingTerms(charges: Charges): PricingTerms {
  const { tiers, classes } = charges;
  const pricedBy = classes
    ? PRICED_BY_CLASSES
    : tiers && charges.tierBasis === 'year-to-date'
      ? PRICED_BY_YEAR_TO_DATE_TIERS
      : tiers
        ? charges.tierMode === 'volume'
          ? PRICED_BY_VOLUME_TIERS
          : PRICED_BY_GRADUATED_TIERS
        : charges.package
          ? PRICED_BY_PACKAGE
          : PRICED_BY_UNIT_PRICE;
  return {
    pricedBy,
    price: charges.price ?? 0,
    tierTable: tiers ? tierTableOf(tiers) : NO_TIERS,
    packageSize: charges.package?.size ?? 1,
    packagePrice: charges.package?.price ?? 0,
    classes: classes ?? NO_CLASSES,
  };
}

/**
 * P for a month's chargeable units Q: the blended class price of month m, the year-to-date
 * graduated tiers over the units already charged this contract year, or P(Q).
 */
export function priceAt(
  p: PricingTerms,
  chargeable: number,
  month: number,
  unitsBeforeInYear: number,
): number {
  switch (p.pricedBy) {
    case PRICED_BY_UNIT_PRICE:
      return chargeable * p.price;
    case PRICED_BY_GRADUATED_TIERS:
      return graduatedPriceIn(chargeable, p.tierTable);
    case PRICED_BY_VOLUME_TIERS:
      return volumePriceIn(chargeable, p.tierTable);
    case PRICED_BY_PACKAGE:
      return packagePrice(chargeable, p.packageSize, p.packagePrice);
    case PRICED_BY_CLASSES:
      return chargeable * blendedClassPrice(p.classes, month);
    default:
      return yearToDatePriceIn(unitsBeforeInYear, chargeable, p.tierTable);
  }
}

/** What the vendor bills: outcomes, contacts x units per contact (tokens per million), seats, none. */
export const BILLS_OUTCOMES = 0;
export const BILLS_PER_CONTACT = 1;
export const BILLS_TOKENS = 2;
export const BILLS_SEATS = 3;
export const BILLS_NOTHING = 4;

export interface VendorTerms extends PricingTerms {
  resolutionRate: number;
  onboardingMonths: number;
  initialRatio: number;
  driftAnnual: number;
  oversightMonthly: number;
  bills: number;
  unitsPerContact: number;
  seats: number;
  includedUnitsPerMonth: number;
  platformFeeMonthly: number;
  oneTimeFee: number;
  escalatorAnnual: number;
  /** The annual cap; Infinity without one. */
  annualCap: number;
  hasCap: boolean;
  annualCommit: number;
  hasCommit: boolean;
  /** The SLA credit rate when it applies (the vendor resolves less than it guaranteed), else 0. */
  slaCreditRate: number;
  /** The gain-share, 0 without one. */
  gainShare: number;
  /** The contract's baseline cost per contact at month 1; null: the buyer's human cost. */
  gainShareBaselinePerContact: number | null;
  hasGainShare: boolean;
  phases: readonly Phase[] | undefined;
  priceLock: PriceLock | undefined;
  prepaid: Prepaid | undefined;
  prepaidAmount: number;
}

export const BILLS: Readonly<Record<Charges['unit'], number>> = Object.freeze({
  outcome: BILLS_OUTCOMES,
  contact: BILLS_PER_CONTACT,
  action: BILLS_PER_CONTACT,
  token: BILLS_TOKENS,
  seat: BILLS_SEATS,
  none: BILLS_NOTHING,
});

/** The terms of a validated vendor option, read once. Read again after the option changes. */
export function vendorTerms(option: VendorOption): VendorTerms {
  const { charges, resolutionRate } = option;
  const { sla, gainShare } = charges;
  const p = pricingTerms(charges);
  return {
    pricedBy: p.pricedBy,
    price: p.price,
    tierTable: p.tierTable,
    packageSize: p.packageSize,
    packagePrice: p.packagePrice,
    classes: p.classes,
    resolutionRate,
    onboardingMonths: option.onboardingMonths,
    initialRatio: option.overcount.initialRatio,
    driftAnnual: option.overcount.driftAnnual,
    oversightMonthly: option.oversightMonthly,
    bills: BILLS[charges.unit],
    unitsPerContact: charges.unitsPerContact,
    seats: charges.seats ?? 0,
    includedUnitsPerMonth: charges.includedUnitsPerMonth,
    platformFeeMonthly: charges.platformFeeMonthly,
    oneTimeFee: charges.oneTimeFee,
    escalatorAnnual: charges.escalatorAnnual,
    annualCap: charges.annualCap ?? Infinity,
    hasCap: charges.annualCap !== undefined,
    annualCommit: charges.annualCommit ?? 0,
    hasCommit: charges.annualCommit !== undefined,
    slaCreditRate: sla && resolutionRate < sla.guaranteedResolutionRate ? sla.creditRate : 0,
    gainShare: gainShare?.share ?? 0,
    gainShareBaselinePerContact: gainShare?.baselinePerContact ?? null,
    hasGainShare: gainShare !== undefined,
    phases: charges.phases,
    priceLock: charges.priceLock,
    prepaid: charges.prepaid,
    prepaidAmount: charges.prepaid?.annualAmount ?? 0,
  };
}

/** Units billed in a month (DOMAIN.md billed units U[m]). */
export function unitsBilled(
  t: VendorTerms,
  live: boolean,
  contacts: number,
  countedOutcomes: number,
): number {
  return unitsOf(t.bills, t.unitsPerContact, t.seats, live, contacts, countedOutcomes);
}

/** U[m] by what the vendor bills (one of the BILLS_ codes). */
export function unitsOf(
  bills: number,
  unitsPerContact: number,
  seats: number,
  live: boolean,
  contacts: number,
  countedOutcomes: number,
): number {
  switch (bills) {
    case BILLS_OUTCOMES:
      return countedOutcomes;
    case BILLS_PER_CONTACT:
      return live ? contacts * unitsPerContact : 0;
    case BILLS_TOKENS:
      return live ? (contacts * unitsPerContact) / 1_000_000 : 0;
    case BILLS_SEATS:
      return seats;
    default:
      return 0;
  }
}
