import type { z } from 'zod';
import { DEFAULT_HORIZON_MONTHS } from '../engine/defaults';

// Cross-field rules for the vendor terms and the switch option (DOMAIN.md "Bad input"). Like
// rules.ts they run on partly invalid data, so they read the raw values defensively.

type Ctx = z.RefinementCtx;
type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const SHARE_SUM_TOLERANCE = 1e-9;

function issue(ctx: Ctx, path: PropertyKey[], input: unknown, message: string): void {
  ctx.addIssue({ code: 'custom', path, input, message });
}

function checkClasses(charges: Loose, ctx: Ctx): void {
  const classes = charges.classes;
  if (!Array.isArray(classes)) return;
  if (charges.unit !== 'outcome')
    issue(ctx, ['unit'], charges.unit, 'classes price outcomes: they need unit "outcome"');
  for (const form of ['price', 'tiers', 'package'] as const) {
    if (charges[form] !== undefined)
      issue(ctx, [form], charges[form], `classes replace the price: remove ${form}`);
  }
  const seen = new Map<string, number>();
  let total = 0;
  classes.forEach((c, i) => {
    if (!isObject(c)) return;
    if (typeof c.share === 'number') total += c.share;
    if (typeof c.name !== 'string') return;
    const name = c.name.trim();
    const first = seen.get(name);
    if (first !== undefined)
      issue(
        ctx,
        ['classes', i, 'name'],
        c.name,
        `class names must be unique; classes[${first}] has it`,
      );
    else seen.set(name, i);
  });
  if (Number.isFinite(total) && Math.abs(total - 1) > SHARE_SUM_TOLERANCE)
    issue(ctx, ['classes'], classes, `class shares must sum to 1; they sum to ${total}`);
}

export function checkVendorTerms(charges: unknown, ctx: Ctx): void {
  if (!isObject(charges)) return;
  checkClasses(charges, ctx);
  if (charges.tierBasis === 'year-to-date') {
    if (charges.tiers === undefined)
      issue(ctx, ['tierBasis'], charges.tierBasis, 'year-to-date tiers need a tiers table');
    else if (charges.tierMode === 'volume')
      issue(
        ctx,
        ['tierBasis'],
        charges.tierBasis,
        'year-to-date tiers must be graduated, not tierMode "volume"',
      );
  }
  if (charges.prepaid !== undefined && charges.annualCommit !== undefined)
    issue(
      ctx,
      ['prepaid'],
      charges.prepaid,
      'prepaid credit replaces the annual commitment: remove annualCommit or prepaid',
    );
}

export function checkDemandVolume(scenario: unknown, ctx: Ctx): void {
  if (!isObject(scenario) || !isObject(scenario.demand)) return;
  const { contactsPerMonth, contactsByMonth } = scenario.demand;
  if (contactsPerMonth === undefined && contactsByMonth === undefined)
    issue(
      ctx,
      ['demand', 'contactsPerMonth'],
      undefined,
      'contacts in month 1 are required unless contactsByMonth is given',
    );
}

export function checkSwitchOptions(scenario: unknown, ctx: Ctx): void {
  if (!isObject(scenario) || !Array.isArray(scenario.options)) return;
  const options: unknown[] = scenario.options;
  const H =
    typeof scenario.horizonMonths === 'number' ? scenario.horizonMonths : DEFAULT_HORIZON_MONTHS;
  const kindOf = new Map<string, unknown>();
  for (const o of options)
    if (isObject(o) && typeof o.name === 'string' && !kindOf.has(o.name.trim()))
      kindOf.set(o.name.trim(), o.kind);
  options.forEach((o, i) => {
    if (!isObject(o) || o.kind !== 'switch') return;
    for (const role of ['vendor', 'build'] as const) {
      const name = o[role];
      if (typeof name !== 'string') continue;
      const kind = kindOf.get(name.trim());
      if (kind === undefined)
        issue(ctx, ['options', i, role], name, `no option of the scenario is named "${name}"`);
      else if (kind !== role)
        issue(
          ctx,
          ['options', i, role],
          name,
          `"${name}" is a ${String(kind)} option, not a ${role}`,
        );
    }
    if (typeof o.switchMonth === 'number' && o.switchMonth > H + 1)
      issue(
        ctx,
        ['options', i, 'switchMonth'],
        o.switchMonth,
        `the switch month must be within 1..${H + 1} (horizonMonths + 1 for never)`,
      );
  });
}
