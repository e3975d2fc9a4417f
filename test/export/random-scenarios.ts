import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import type { Case } from './scenarios';
import { seededRandom as mulberry32 } from '../../src/math/seeded-random';

// Seeded random scenarios, valid by construction, that mix every pricing structure in ways the
// hand-written fixtures do not (tier boundaries hit exactly, zero volumes, caps below the
// commitment's reach, one-month horizons). Deterministic, so a failure reproduces.

function generator(seed: number) {
  const random = mulberry32(seed);
  const real = (lo: number, hi: number) => lo + (hi - lo) * random();
  const int = (lo: number, hi: number) => Math.floor(real(lo, hi + 1));
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)];
  /** Round numbers half the time, so tier boundaries and allowances are hit exactly. */
  const amount = (lo: number, hi: number) =>
    chance(0.5) ? Math.round(real(lo, hi) / 100) * 100 : real(lo, hi);
  return { real, int, chance, pick, amount };
}

function vendor(g: ReturnType<typeof generator>, name: string) {
  const unit = g.pick(['outcome', 'contact', 'action', 'token', 'seat', 'none'] as const);
  const scale = unit === 'token' ? 2000 : unit === 'seat' ? 50 : 60000;
  const charges: Record<string, unknown> = { unit };
  if (unit === 'contact' || unit === 'action') charges.unitsPerContact = g.pick([1, 1.3, 12]);
  if (unit === 'token') charges.unitsPerContact = g.int(5000, 80000);
  if (unit === 'seat') charges.seats = g.int(1, 60);
  const pricing = g.pick(['price', 'tiers', 'package'] as const);
  const unitPrice = unit === 'token' ? 12 : unit === 'seat' ? 600 : 1;
  if (pricing === 'price' || (unit === 'none' && g.chance(0.5))) {
    charges.price = g.real(0, 2) * unitPrice;
  } else if (pricing === 'tiers') {
    const bounds = [...new Set(Array.from({ length: g.int(0, 3) }, () => g.int(1, scale)))].sort(
      (a, b) => a - b,
    );
    charges.tiers = [...bounds, null].map((upTo) => ({
      upTo,
      price: g.real(0.2, 2) * unitPrice,
      ...(g.chance(0.5) ? { flatFee: g.amount(0, 3000) } : {}),
    }));
    charges.tierMode = g.pick(['graduated', 'volume']);
  } else {
    charges.package = { size: g.pick([1, 10, 1000, 25000]), price: g.amount(5, 20000) };
  }
  if (g.chance(0.4)) charges.includedUnitsPerMonth = g.amount(0, scale / 4);
  if (g.chance(0.5)) charges.platformFeeMonthly = g.amount(0, 10000);
  if (g.chance(0.3)) charges.oneTimeFee = g.amount(0, 50000);
  if (g.chance(0.4)) charges.escalatorAnnual = g.real(0, 0.12);
  if (g.chance(0.4)) charges.annualCap = g.amount(0, 1_500_000);
  if (g.chance(0.4)) {
    const cap = charges.annualCap as number | undefined;
    charges.annualCommit = g.amount(0, cap ?? 1_000_000);
    if (cap !== undefined) charges.annualCommit = Math.min(charges.annualCommit as number, cap);
  }
  if (g.chance(0.4))
    charges.sla = { guaranteedResolutionRate: g.real(0, 1), creditRate: g.real(0, 0.3) };
  if (g.chance(0.3)) charges.gainShare = { share: g.real(0, 0.5) };
  return {
    kind: 'vendor',
    name,
    resolutionRate: g.pick([0, 1, g.real(0, 1), g.real(0.3, 0.7)]),
    onboardingMonths: g.int(0, 4),
    oversightMonthly: g.chance(0.5) ? g.amount(0, 5000) : 0,
    overcount: { initialRatio: g.real(0.8, 1.5), driftAnnual: g.chance(0.5) ? g.real(0, 0.3) : 0 },
    charges,
  };
}

function build(g: ReturnType<typeof generator>, name: string) {
  return {
    kind: 'build',
    name,
    resolutionRate: g.real(0, 1),
    buildCost: g.amount(0, 900000),
    buildMonths: g.int(0, 8),
    runFixedMonthly: g.amount(0, 60000),
    marginalPerContact: g.real(0, 0.8),
    costEscalatorAnnual: g.chance(0.5) ? g.real(0, 0.06) : 0,
    ...(g.chance(0.5) ? { amortizationMonths: g.int(6, 60) } : {}),
  };
}

export function randomScenario(seed: number): unknown {
  const g = generator(seed);
  const H = g.pick([1, 12, 13, 24, g.int(2, 40)]);
  const series = g.chance(0.3)
    ? Array.from({ length: H + g.int(0, 2) }, () => (g.chance(0.1) ? 0 : g.amount(0, 90000)))
    : undefined;
  const options = Array.from({ length: g.int(2, 5) }, (_, i) => {
    const kind = i === 0 ? 'vendor' : i === 1 ? 'build' : g.pick(['vendor', 'build', 'status-quo']);
    const name = `${kind} ${i + 1}`;
    if (kind === 'vendor') return vendor(g, name);
    if (kind === 'build') return build(g, name);
    return { kind, name };
  });
  return {
    name: `Random scenario ${seed}`,
    currency: g.pick(['USD', 'EUR', 'GBP', 'SEK']),
    horizonMonths: H,
    discountRateAnnual: g.chance(0.2) ? 0 : g.real(0, 0.15),
    demand: {
      contactsPerMonth: g.chance(0.05) ? 0 : g.amount(100, 200000),
      growthAnnual: g.real(-0.2, 0.4),
      ...(series ? { contactsByMonth: series } : {}),
    },
    humanCostPerContact: g.real(0.5, 15),
    wageInflationAnnual: g.real(0, 0.08),
    ruleOfThumb: { outcomesPerMonth: g.amount(1000, 80000), price: g.real(0.1, 1) },
    options,
  };
}

/** `count` random cases from consecutive seeds. */
export function randomCases(firstSeed: number, count: number): Case[] {
  return Array.from({ length: count }, (_, i) => {
    const seed = firstSeed + i;
    const parsed = parseScenario(randomScenario(seed));
    if (!parsed.ok) throw new Error(`seed ${seed}: ${JSON.stringify(parsed.problems)}`);
    return {
      file: `random seed ${seed}`,
      stem: `random-${seed}`,
      scenario: parsed.scenario,
      result: evaluateScenario(parsed.scenario),
    };
  });
}
