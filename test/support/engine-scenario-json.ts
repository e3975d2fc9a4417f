// Scenario JSON for hand-worked tests: the header every such scenario repeats, and the small
// options they are built from. Each call returns a fresh copy, so a test may break it in place.

type Json = Record<string, any>;

export interface FlatDemand {
  name: string;
  horizonMonths: number;
  contactsPerMonth: number;
  humanCostPerContact: number;
}

/** A scenario whose demand is the same number of contacts every month. */
export function flatScenario(header: FlatDemand, options: Json[], extra: Json = {}): Json {
  const { name, horizonMonths, contactsPerMonth, humanCostPerContact } = header;
  return structuredClone({
    name,
    horizonMonths,
    demand: { contactsPerMonth },
    humanCostPerContact,
    options,
    ...extra,
  });
}

export const STATUS_QUO = { kind: 'status-quo', name: 'Status quo' };

/** 1,000 contacts a month at $4 each over 12 months, the status quo first, then `options`. */
export function twelveMonths(name: string, options: Json[], extra: Json = {}): Json {
  const header = { name, horizonMonths: 12, contactsPerMonth: 1000, humanCostPerContact: 4 };
  return flatScenario(header, [STATUS_QUO, ...options], extra);
}

/** "V": $1 an outcome, resolving half. */
export const OUTCOME_VENDOR = {
  kind: 'vendor',
  name: 'V',
  resolutionRate: 0.5,
  charges: { unit: 'outcome', price: 1 },
};

/** Two graduated tiers: $1 up to 100 units, $0.50 beyond. */
export const TWO_TIERS = [
  { upTo: 100, price: 1 },
  { upTo: null, price: 0.5 },
];

/** "B": $1,000 over 2 months, then $10 a month and $0.10 a contact, resolving half. */
export const SMALL_BUILD = {
  kind: 'build',
  name: 'B',
  resolutionRate: 0.5,
  buildCost: 1000,
  buildMonths: 2,
  runFixedMonthly: 10,
  marginalPerContact: 0.1,
};

/** "Build": $3,000 over 2 months, then $500 a month and $0.10 a contact, resolving half. */
export const HANDWORKED_BUILD = {
  kind: 'build',
  name: 'Build',
  resolutionRate: 0.5,
  buildCost: 3000,
  buildMonths: 2,
  runFixedMonthly: 500,
  marginalPerContact: 0.1,
};
