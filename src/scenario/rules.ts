import type { z } from 'zod';
import { DEFAULT_HORIZON_MONTHS } from '../engine/defaults';

// Cross-field rules of DOMAIN.md "Bad input". They run on partly invalid data, so they read
// the raw values defensively.

type Ctx = z.RefinementCtx;
type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkTierBounds(tiers: unknown, ctx: Ctx): void {
  if (!Array.isArray(tiers)) return;
  let previous = -Infinity;
  tiers.forEach((tier, i) => {
    if (!isObject(tier)) return;
    const upTo = tier.upTo;
    const last = i === tiers.length - 1;
    if (last && upTo !== null) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'upTo'],
        input: upTo,
        message: 'the last tier must have upTo null (no limit)',
      });
    } else if (!last && upTo === null) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'upTo'],
        input: upTo,
        message: 'only the last tier may have upTo null',
      });
    }
    if (typeof upTo === 'number') {
      if (!(upTo > previous)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'upTo'],
          input: upTo,
          message: `tiers must ascend: upTo must exceed the previous tier's ${previous}`,
        });
      }
      previous = upTo;
    }
  });
}

export function checkChargeBasis(charges: unknown, ctx: Ctx): void {
  if (!isObject(charges)) return;
  const unit = charges.unit;
  const priced =
    charges.price !== undefined ||
    charges.tiers !== undefined ||
    charges.package !== undefined ||
    charges.classes !== undefined;
  if (unit !== 'none' && !priced) {
    ctx.addIssue({
      code: 'custom',
      path: ['price'],
      input: undefined,
      message: `unit "${String(unit)}" needs a price, tiers, package or classes`,
    });
  }
  if (unit === 'seat' && charges.seats === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['seats'],
      input: undefined,
      message: 'unit "seat" needs the number of seats',
    });
  }
}

export function checkScenarioWide(scenario: unknown, ctx: Ctx): void {
  if (!isObject(scenario)) return;
  const horizon =
    typeof scenario.horizonMonths === 'number' ? scenario.horizonMonths : DEFAULT_HORIZON_MONTHS;
  const demand = scenario.demand;
  if (
    isObject(demand) &&
    Array.isArray(demand.contactsByMonth) &&
    demand.contactsByMonth.length < horizon
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['demand', 'contactsByMonth'],
      input: `${demand.contactsByMonth.length} entries`,
      message: `the monthly series has ${demand.contactsByMonth.length} entries; horizonMonths needs at least ${horizon}`,
    });
  }
  const options = scenario.options;
  if (!Array.isArray(options)) return;
  const seen = new Map<string, number>();
  options.forEach((option, i) => {
    if (!isObject(option) || typeof option.name !== 'string') return;
    const name = option.name.trim();
    const first = seen.get(name);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', i, 'name'],
        input: option.name,
        message: `option names must be unique; options[${first}] has the same name`,
      });
    } else {
      seen.set(name, i);
    }
  });
}
