import type { Charges } from '../scenario/schema';

/** Units the vendor bills in a month, by the charge unit of DOMAIN.md. */
export function billedUnits(
  charges: Charges,
  live: boolean,
  contacts: number,
  vendorCountedOutcomes: number,
): number {
  switch (charges.unit) {
    case 'outcome':
      return vendorCountedOutcomes;
    case 'contact':
    case 'action':
      return live ? contacts * charges.unitsPerContact : 0;
    case 'token':
      return live ? (contacts * charges.unitsPerContact) / 1_000_000 : 0;
    case 'seat':
      return charges.seats ?? 0;
    case 'none':
      return 0;
  }
}
