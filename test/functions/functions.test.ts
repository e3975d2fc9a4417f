// Each OUTCOME function called directly, as Node code would: results against DOMAIN.md's
// formulas written out here, and the error each bad argument gives.
import { readFileSync } from 'node:fs';
import * as formulajs from '@formulajs/formulajs';
import { describe, expect, it } from 'vitest';
import { breakeven, buildCost, crossover } from '../../functions/crossover';
import {
  driftDiscountFn,
  driftRatio,
  effectivePriceFn,
  overchargeFn,
} from '../../functions/counts';
import { FunctionError } from '../../functions/errors';
import { npvFn, ruleOfThumb } from '../../functions/finance';
import { buyCost, gainShare, hybrid, tiered, trueUp } from '../../functions/pricing';
import { compare, result, schedule } from '../../functions/scenario';
import { evaluateScenario } from '../../src/engine/evaluate';
import { SCHEDULE_FIELDS } from '../../src/engine/schedule';
import { parseScenarioText } from '../../src/scenario/load';

const close = (actual: unknown, expected: number) => {
  expect(typeof actual, `got ${String(actual)}`).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected)),
  );
};

function error(value: unknown, kind: FunctionError['kind'], message: string | RegExp) {
  expect(value).toBeInstanceOf(FunctionError);
  const e = value as FunctionError;
  expect(e.kind).toBe(kind);
  if (typeof message === 'string') expect(e.message).toBe(message);
  else expect(e.message).toMatch(message);
}

const TIERS = [
  [10000, 1.2, null],
  [40000, 0.9, 500],
  [null, 0.7, null],
];
const SCENARIO = readFileSync('examples/support-team.json', 'utf8');
const evaluated = (() => {
  const loaded = parseScenarioText(SCENARIO);
  if (!loaded.ok) throw new Error('example does not load');
  return evaluateScenario(loaded.scenario);
})();

describe('CROSSOVER', () => {
  it('is (fixed + build_cost / amortization) / (price - marginal)', () => {
    close(crossover(0.99, 35000, 0.18, 600000, 24), (35000 + 600000 / 24) / (0.99 - 0.18));
    close(crossover(0.99, 35000, 0.18), 35000 / 0.81);
    close(crossover(0.99, 35000, 0.18, 600000, null), (35000 + 600000 / 36) / 0.81); // 36 by default
  });
  it('gives #NUM! when price <= marginal and #VALUE! for bad arguments', () => {
    error(crossover(0.18, 35000, 0.18), 'num', /price \(0\.18\) must exceed marginal \(0\.18\)/);
    error(crossover(0.99, -1, 0.18), 'value', 'fixed_monthly must be at least 0, got -1');
    error(
      crossover(0.99, 1, 0.18, 100, 0),
      'value',
      'amortization_months must be greater than 0, got 0',
    );
    error(crossover(null, 1, 0.18), 'value', 'price is required, got a blank');
  });
});

describe('BUILDCOST', () => {
  it('is fixed + marginal x contacts + build_cost / amortization', () => {
    close(buildCost(40000, 35000, 0.18, 600000, 24), 35000 + 0.18 * 40000 + 600000 / 24);
    close(buildCost(40000, 35000, 0.18), 35000 + 0.18 * 40000);
  });
  it('rejects negative contacts', () => {
    error(buildCost(-5, 1, 1), 'value', 'contacts must be at least 0, got -5');
  });
});

describe('BREAKEVEN', () => {
  it('is the first month cumulative build <= cumulative vendor', () => {
    expect(breakeven([[100], [10], [10]], [[40], [40], [40]])).toBe(3);
    expect(breakeven([[10, 10]], [[10, 10]])).toBe(1);
  });
  it('gives #N/A when never, #VALUE! for different lengths', () => {
    error(
      breakeven([[100], [10]], [[40], [40]]),
      'na',
      'the build never breaks even within the 2 months given',
    );
    error(
      breakeven([[1], [2]], [[1]]),
      'value',
      'build_monthly has 2 months but vendor_monthly has 1; give the same months',
    );
  });
});

describe('BUYCOST and TIERED', () => {
  it('charges units above the allowance at a unit price, plus the platform fee', () => {
    close(buyCost(12000, [[0.8]], 6000, 10000), 0.8 * 2000 + 6000);
    close(buyCost(5000, [[0.8]], 6000, 10000), 6000);
    close(buyCost(100, [[0.5]]), 50);
  });
  it('prices graduated and volume tiers as DOMAIN.md defines them', () => {
    // graduated: 10,000 at 1.2, 15,000 at 0.9 plus the second tier's fee
    close(tiered(25000, TIERS), 10000 * 1.2 + 15000 * 0.9 + 500);
    close(tiered(50000, TIERS), 10000 * 1.2 + 30000 * 0.9 + 500 + 10000 * 0.7);
    close(tiered(25000, TIERS, 'volume'), 25000 * 0.9 + 500);
    close(tiered(0, TIERS, 'volume'), 0);
    close(tiered(10000, TIERS, 'volume'), 10000 * 1.2); // upper bounds are inclusive
    close(buyCost(27000, TIERS, 5000, 2000), 10000 * 1.2 + 15000 * 0.9 + 500 + 5000);
    close(buyCost(27000, TIERS, 5000, 2000, 'volume'), 25000 * 0.9 + 500 + 5000);
  });
  it('names the bad argument', () => {
    error(buyCost('lots', [[1]]), 'value', 'units must be a number, got "lots"');
    error(buyCost(1, [[1, 2, 3, 4]]), 'value', /price_or_tiers must be a range of 2 or 3 columns/);
    error(
      buyCost(1, [[1]], null, null, 'flat'),
      'value',
      'tier_mode must be "graduated" or "volume", got "flat"',
    );
    error(
      tiered(1, [[5, 1]]),
      'value',
      'tiers row 1 up_to: the last tier must have upTo null (no limit)',
    );
  });
});

describe('HYBRID', () => {
  it('caps usage per 12-month contract year, never the platform fee', () => {
    const units = Array.from({ length: 14 }, () => [100]);
    const charges = hybrid(units, [[1]], 10, 1000) as number[][];
    expect(charges).toHaveLength(14);
    for (let m = 0; m < 10; m++) close(charges[m][0], 110);
    close(charges[10][0], 10); // the year's 1,000 is used up by month 10
    close(charges[11][0], 10);
    close(charges[12][0], 110); // a new contract year
    close(charges[13][0], 110);
  });
  it('applies the allowance before the price and keeps a row a row', () => {
    expect(hybrid([[100, 300]], [[2]], 0, null, 200)).toEqual([[0, 200]]);
  });
  it('names the month of a bad value', () => {
    error(hybrid([[1], ['x']], [[1]]), 'value', 'monthly_units[2] must be a number, got "x"');
    error(hybrid([[1]], [[1]], 0, -5), 'value', 'annual_cap must be at least 0, got -5');
  });
});

describe('TRUEUP', () => {
  it('charges the shortfall at each year end, prorating a final partial year', () => {
    const monthly = Array.from({ length: 14 }, () => [10]);
    const ups = trueUp(monthly, 240) as number[][];
    ups.forEach(([v], m) => {
      if (m === 11) close(v, 240 - 120);
      else if (m === 13) close(v, (240 * 2) / 12 - 20);
      else close(v, 0);
    });
  });
  it('rejects a negative commitment', () => {
    error(trueUp([[1]], -1), 'value', 'annual_commit must be at least 0, got -1');
  });
});

describe('GAINSHARE', () => {
  it('is share x max(0, baseline - cost)', () => {
    close(gainShare(180000, 120000, 0.3), 0.3 * 60000);
    close(gainShare(100, 120, 0.3), 0);
    error(gainShare(1, 1, 1.2), 'value', 'share must be at most 1, got 1.2');
  });
});

describe('DRIFTDISCOUNT and DRIFTRATIO', () => {
  const f = (a: number, m: number) => (1 + a) ** ((m - 1) / 12);
  it('is 1 - sum f_G / sum f_G f_D, and k0 (1 + D)^((m - 1) / 12)', () => {
    let plain = 0;
    let drifted = 0;
    for (let m = 1; m <= 24; m++) {
      plain += f(0.15, m);
      drifted += f(0.15, m) * f(0.18, m);
    }
    close(driftDiscountFn(0.18, 24, 0.15), 1 - plain / drifted);
    close(driftRatio(1.15, 0.18, 13), 1.15 * 1.18);
  });
  it('gives the 10% to 20% buyers are advised to negotiate for 12% to 25% drift over 24 months', () => {
    const low = driftDiscountFn(0.12, 24) as number;
    const high = driftDiscountFn(0.25, 24) as number;
    expect(low).toBeGreaterThanOrEqual(0.1);
    expect(low).toBeLessThan(0.11);
    expect(high).toBeGreaterThan(0.19);
    expect(high).toBeLessThanOrEqual(0.2);
  });
  it('rejects a fractional term and month 0', () => {
    error(driftDiscountFn(0.1, 2.5), 'value', 'term_months must be a whole number, got 2.5');
    error(driftRatio(1, 0.1, 0), 'value', 'month must be at least 1, got 0');
    error(driftRatio(1, -1, 2), 'value', 'drift_annual must be greater than -1, got -1');
  });
});

describe('EFFECTIVEPRICE and OVERCHARGE', () => {
  it('are price x vendor / buyer and price x (vendor - buyer)', () => {
    close(effectivePriceFn(0.99, 23000, 20000), (0.99 * 23000) / 20000);
    close(overchargeFn(0.99, 23000, 20000), 0.99 * 3000);
    close(overchargeFn(1, 90, 100), -10);
  });
  it('gives #DIV/0! without a buyer-defined outcome', () => {
    error(
      effectivePriceFn(1, 5, 0),
      'div0',
      'buyer_count is 0: there is no buyer-defined outcome to price',
    );
  });
});

describe('NPV', () => {
  it("equals Excel's NPV at the monthly rate (1 + r)^(1/12) - 1", () => {
    const flows = [100, 200, -50, 400];
    const rate = Math.pow(1.08, 1 / 12) - 1;
    close(
      npvFn(
        0.08,
        flows.map((v) => [v]),
      ),
      formulajs.NPV(rate, ...flows) as number,
    );
    close(npvFn(0, [flows]), 650);
  });
  it('rejects a rate of -100% or less', () => {
    error(npvFn(-1, [[1]]), 'value', 'annual_rate must be greater than -1, got -1');
  });
});

describe('RULEOFTHUMB', () => {
  it('says build only when both volume and price exceed the thresholds', () => {
    expect(ruleOfThumb(60000, 0.45)).toBe('build');
    expect(ruleOfThumb(50000, 0.45)).toBe('buy'); // not above 50,000
    expect(ruleOfThumb(60000, 0.3)).toBe('buy');
    expect(ruleOfThumb(2000, 0.45, 1000, 0.4)).toBe('build');
  });
});

describe('SCHEDULE, RESULT and COMPARE', () => {
  it('spills a header row and the engine schedule, or one column', () => {
    const table = schedule(SCENARIO, 'Per resolution') as (string | number)[][];
    const option = evaluated.options.find((o) => o.name === 'Per resolution')!;
    expect(table[0]).toEqual(['month', ...SCHEDULE_FIELDS]);
    expect(table).toHaveLength(37);
    SCHEDULE_FIELDS.forEach((field, j) => close(table[36][j + 1], option.schedule[field][35]));
    const total = schedule(SCENARIO, 'per RESOLUTION', 'Total') as number[][];
    expect(total.map(([v]) => v)).toEqual(Array.from(option.schedule.total));
  });
  it('names a missing option and a bad scenario', () => {
    error(
      schedule(SCENARIO, 'Nope'),
      'value',
      /option_name "Nope" is not an option of the scenario; it has "Status quo", "Per resolution"/,
    );
    error(
      schedule(SCENARIO, 'Per resolution', 'cost'),
      'value',
      /field must be "contacts" or .* got "cost"/,
    );
    error(
      schedule('{not json', 'x'),
      'value',
      /^scenario is not a valid scenario: \(file\): not valid JSON/,
    );
    error(
      schedule(SCENARIO.replace('"horizonMonths": 36', '"horizonMonths": 0'), 'x'),
      'value',
      'scenario is not a valid scenario: horizonMonths: Too small: expected number to be >=1 (got 0)',
    );
  });
  it('reads headline figures and comparisons from the engine', () => {
    const build = evaluated.options.find((o) => o.name === 'Build in-house')!;
    close(result(SCENARIO, 'Build in-house'), build.totalCost);
    close(result(SCENARIO, 'Build in-house', 'npv'), build.npv);
    error(
      result(SCENARIO, 'Build in-house', 'driftDiscount'),
      'na',
      'driftDiscount does not apply to option "Build in-house"',
    );
    const comparison = evaluated.comparisons.find((c) => c.vendor === 'Per conversation')!;
    close(
      compare(SCENARIO, 'Build in-house', 'Per conversation'),
      comparison.crossoverContactsPerMonth!,
    );
    expect(compare(SCENARIO, 'Build in-house', 'Per conversation', 'breakeven')).toBe(
      comparison.breakevenMonth,
    );
    error(
      compare(SCENARIO, 'Build in-house', 'Hybrid capped'),
      'na',
      /is never cheaper than "Hybrid capped"/,
    );
    error(
      compare(SCENARIO, 'Per resolution', 'Hybrid capped'),
      'value',
      /build_name "Per resolution" is not a build option/,
    );
  });
});
