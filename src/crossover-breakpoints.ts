import type { VendorOption } from './scenario/schema';
import { vendorSteadyYear } from './steady-year';

/** Package boundaries beyond this many are thinned evenly (each one costs two evaluations). */
const MAX_PACKAGE_BREAKPOINTS = 2000;
const BISECTION_STEPS = 60;

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

/** The volume at which the annual cap starts to bind, found by bisection; null when it never does. */
function capVolume(vendor: VendorOption, humanCost: number, maxVolume: number): number | null {
  if (vendor.charges.annualCap === undefined) return null;
  const uncapped: VendorOption = {
    ...vendor,
    charges: { ...vendor.charges, annualCap: undefined },
  };
  const binds = (v: number) =>
    vendorSteadyYear(vendor, v, humanCost) < vendorSteadyYear(uncapped, v, humanCost);
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
export function vendorBreakpoints(
  vendor: VendorOption,
  humanCostPerContact: number,
  maxVolume: number,
): number[] {
  const out: number[] = [];
  const perContact = unitsPerContact(vendor);
  if (perContact !== null && perContact > 0) {
    const included = vendor.charges.includedUnitsPerMonth;
    const maxUnits = perContact * maxVolume - included;
    for (const units of unitBreakpoints(vendor, maxUnits)) {
      out.push((units + included) / perContact);
    }
  }
  const cap = capVolume(vendor, humanCostPerContact, maxVolume);
  if (cap !== null) out.push(cap);
  return out.filter((v) => v > 0 && v < maxVolume);
}
