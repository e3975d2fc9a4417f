import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import { seededRandom } from '../../src/math/seeded-random';
import { randomScenario } from './random-scenarios';
import type { Case } from './scenarios';

// Seeded random scenarios with the vendor terms of DOMAIN.md "More vendor terms" (outcome classes
// with drift, year-to-date tiers, phases, a price lock, prepaid credit) mixed into the random
// bids, and a switch option over a random vendor and build, so the workbook's formulas for them
// meet caps, SLA credits, gain-share, escalators, partial years and every switch month edge.

type Json = Record<string, unknown>;

function decorate(base: Json, seed: number): Json {
  const random = seededRandom(seed * 7919 + 17);
  const real = (lo: number, hi: number) => lo + (hi - lo) * random();
  const int = (lo: number, hi: number) => Math.floor(real(lo, hi + 1));
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)];
  const H = base.horizonMonths as number;
  const options = base.options as Json[];
  for (const option of options) {
    if (option.kind !== 'vendor') continue;
    const ch = option.charges as Json;
    if (ch.unit === 'outcome' && chance(0.5)) {
      delete ch.price;
      delete ch.tiers;
      delete ch.tierMode;
      delete ch.package;
      const raw: number[] = Array.from({ length: int(1, 4) }, () =>
        chance(0.15) ? 0 : real(0, 1),
      );
      if (!raw.some((w) => w > 0)) raw[0] = 1;
      const sum = raw.reduce((a, w) => a + w, 0);
      ch.classes = raw.map((w, i) => ({
        name: `class ${i + 1}`,
        share: w / sum,
        price: real(0, 4),
        ...(chance(0.7) ? { driftAnnual: pick([0, real(-0.3, 0.5), real(0, 0.3)]) } : {}),
      }));
    } else if (Array.isArray(ch.tiers) && chance(0.6)) {
      ch.tierMode = 'graduated';
      ch.tierBasis = 'year-to-date';
    }
    if (chance(0.4)) {
      ch.phases = Array.from({ length: int(1, 3) }, () => ({
        months: int(1, 8),
        priceFactor: pick([0, 0.5, real(0, 1.5)]),
      }));
    }
    if (chance(0.35)) ch.priceLock = { months: int(0, 8), monthlyCeiling: real(0, 60000) };
    if (chance(0.45)) {
      delete ch.annualCommit;
      ch.prepaid = {
        annualAmount: pick([0, real(0, 400000), real(0, 1_500_000)]),
        ...(chance(0.7) ? { rolloverShare: pick([0, 1, real(0, 1)]) } : {}),
      };
    }
  }
  const vendors = options.filter((o) => o.kind === 'vendor');
  const builds = options.filter((o) => o.kind === 'build');
  for (let k = 0; k < int(1, 2); k++) {
    const build = pick(builds);
    if (chance(0.4)) {
      build.capitalizedShare = pick([1, real(0, 1)]);
      build.usefulLifeMonths = int(1, 48);
    }
    options.push({
      kind: 'switch',
      name: `switch ${k + 1}`,
      vendor: pick(vendors).name,
      build: build.name,
      ...(chance(0.8) ? { switchMonth: pick([1, H + 1, int(1, H + 1), int(1, H + 1)]) } : {}),
      ...(chance(0.6) ? { exitFee: real(0, 80000) } : {}),
    });
  }
  return base;
}

/** `count` random scenarios with the new vendor terms and switch options, from consecutive seeds. */
export function randomTermCases(firstSeed: number, count: number): Case[] {
  return Array.from({ length: count }, (_, i) => {
    const seed = firstSeed + i;
    const parsed = parseScenario(decorate(randomScenario(seed) as Json, seed));
    if (!parsed.ok) throw new Error(`term seed ${seed}: ${JSON.stringify(parsed.problems)}`);
    return {
      file: `random terms seed ${seed}`,
      stem: `random-terms-${seed}`,
      scenario: parsed.scenario,
      result: evaluateScenario(parsed.scenario),
    };
  });
}
