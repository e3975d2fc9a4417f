// Which unit-dependent charge fields a vendor bid's form shows (DOMAIN.md "Vendor bid"): only
// those its billed unit uses, and any that already holds a value (never hide what is set).

export type ChargeKey = 'price' | 'unitsPerContact' | 'seats' | 'package' | 'includedUnitsPerMonth';

/** The units each field applies to. */
const APPLIES: Record<ChargeKey, readonly string[]> = {
  price: ['outcome', 'contact', 'action', 'token', 'seat'],
  unitsPerContact: ['contact', 'action', 'token'],
  seats: ['seat'],
  // packages of conversations, actions, tokens or seats; outcome bids price by unit, tier or class
  package: ['contact', 'action', 'token', 'seat'],
  includedUnitsPerMonth: ['outcome', 'contact', 'action', 'token', 'seat'],
};

/** Whether the form shows `key` for a bid billed by `unit` with these charges. */
export function chargeFieldShown(
  key: ChargeKey,
  unit: string,
  charges: Readonly<Record<string, unknown>>,
): boolean {
  if (charges[key] !== undefined) return true;
  if (key === 'price' && (Array.isArray(charges.classes) || Array.isArray(charges.tiers)))
    return false;
  if (key === 'package' && Array.isArray(charges.tiers)) return false;
  return APPLIES[key].includes(unit);
}
