import type { VendorOption } from './scenario/schema';
import { countedOutcomes, usageBeforeCredit } from './options/vendor-month';
import { slaCredit } from './pricing/sla';
import { billedUnits } from './pricing/units';

/** Package boundaries beyond this many are thinned evenly (each one costs two evaluations). */
const MAX_PACKAGE_BREAKPOINTS = 2000;
const BISECTION_STEPS = 48;

/** Billed units per contact a month at steady state, or null when they do not grow with volume. */
function unitsPerContact(vendor: VendorOption): number | null {
  const { charges } = vendor;
  switch (charges.unit) {
    case 'outcome':
      return Math.min(1, vendor.resolutionRate * vendor.overcount.initialRatio);
    case 'contact':
    case 'action':
      return charges.unitsPerContact;
    case 'token':
      return charges.unitsPerContact / 1_000_000;
    default:
      return null;
  }
}

/** Chargeable-unit counts at which the unit price steps or bends: tier bounds, package edges. */
function unitBreakpoints(vendor: VendorOption, maxUnits: number): number[] {
  const { charges } = vendor;
  if (charges.tiers) {
    return charges.tiers.flatMap((t) => (t.upTo !== null && t.upTo < maxUnits ? [t.upTo] : []));
  }
  if (charges.package) {
    const size = charges.package.size;
    const count = Math.floor(maxUnits / size);
    if (!Number.isFinite(count)) return [];
    const stride = Math.max(1, Math.ceil(count / MAX_PACKAGE_BREAKPOINTS));
    const edges: number[] = [];
    for (let j = 1; j * stride <= count && j <= MAX_PACKAGE_BREAKPOINTS; j++) {
      edges.push(j * stride * size);
    }
    return edges;
  }
  return [];
}

/** One steady month's usage after the SLA credit at V contacts, as in the steady-state year. */
function owedPerMonth(vendor: VendorOption, contactsPerMonth: number): number {
  const { charges, resolutionRate: r } = vendor;
  const counted = countedOutcomes(
    true,
    contactsPerMonth,
    r * contactsPerMonth,
    vendor.overcount.initialRatio,
  );
  const usage = usageBeforeCredit(
    charges,
    billedUnits(charges, true, contactsPerMonth, counted),
    1,
  );
  return usage - slaCredit(usage, r, true, charges.sla);
}

/** The volume at which a year's usage reaches the annual cap, by bisection; null when it never does. */
function capVolume(vendor: VendorOption, maxVolume: number): number | null {
  const cap = vendor.charges.annualCap;
  if (cap === undefined) return null;
  const binds = (v: number) => 12 * owedPerMonth(vendor, v) > cap;
  if (!binds(maxVolume)) return null;
  let lo = 0;
  let hi = maxVolume;
  for (let i = 0; i < BISECTION_STEPS; i++) {
    const mid = (lo + hi) / 2;
    if (binds(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Volumes in (0, maxVolume) where a vendor's steady-state year can step or bend so that the build's
 * difference has a local minimum: tier bounds and package edges mapped from units to contacts, and
 * the volume at which the annual cap binds. The crossover search samples each (and just above it),
 * so a saw-tooth dip between its doubling steps is not missed.
 */
export function vendorBreakpoints(vendor: VendorOption, maxVolume: number): number[] {
  const out: number[] = [];
  const perContact = unitsPerContact(vendor);
  if (perContact !== null && perContact > 0) {
    const included = vendor.charges.includedUnitsPerMonth;
    const maxUnits = perContact * maxVolume - included;
    for (const units of unitBreakpoints(vendor, maxUnits)) {
      out.push((units + included) / perContact);
    }
  }
  const cap = capVolume(vendor, maxVolume);
  if (cap !== null) out.push(cap);
  return out.filter((v) => v > 0 && v < maxVolume);
}
