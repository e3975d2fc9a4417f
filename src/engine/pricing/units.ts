import type { Charges } from '../model';
import { BILLS, unitsOf } from './terms';

/** Units the vendor bills in a month, by the charge unit of DOMAIN.md. */
export function billedUnits(
  charges: Charges,
  live: boolean,
  contacts: number,
  vendorCountedOutcomes: number,
): number {
  return unitsOf(
    BILLS[charges.unit],
    charges.unitsPerContact,
    charges.seats ?? 0,
    live,
    contacts,
    vendorCountedOutcomes,
  );
}
