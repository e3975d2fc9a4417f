// Sheets that use the OUTCOME functions, recalculated by HyperFormula through the generated
// functions.json, checked against the engine called directly.
import { readFileSync } from 'node:fs';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { beforeAll, describe, expect, it } from 'vitest';
import { breakevenMonth } from '../../src/engine/breakeven';
import { buildSteadyMonth } from '../../src/engine/options/build-month';
import { trueUps } from '../../src/engine/commitment';
import { effectivePrice, overcharge } from '../../src/engine/counts';
import { driftDiscount, overcountRatio } from '../../src/engine/drift';
import { evaluateScenario } from '../../src/engine/evaluate';
import { gainShareFee } from '../../src/engine/gain-share';
import { npv } from '../../src/engine/npv';
import { hybridCharges } from '../../src/engine/pricing/hybrid-charges';
import { vendorMonthCharge } from '../../src/engine/pricing/month-charge';
import { tieredPrice, type Tier } from '../../src/engine/pricing/tiers';
import { SCHEDULE_FIELDS } from '../../src/engine/schedule';
import { parseScenarioText } from '../../src/scenario/load';
import { registerOutcomePlugin } from './load-functions';

const close = (actual: unknown, expected: number) => {
  expect(typeof actual).toBe('number');
  const a = actual as number;
  expect(Math.abs(a - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

const TIERS: Tier[] = [
  { upTo: 10000, price: 1.2, flatFee: 0 },
  { upTo: 40000, price: 0.9, flatFee: 500 },
  { upTo: null, price: 0.7, flatFee: 0 },
];
const TIER_ROWS = [
  [10000, 1.2, null],
  [40000, 0.9, 500],
  [null, 0.7, null],
];
const SCENARIO_TEXT = readFileSync('examples/support-team.json', 'utf8');

function sheet(rows: unknown[][]): HyperFormula {
  return HyperFormula.buildFromArray(rows as never, { licenseKey: 'gpl-v3' });
}

const at = (hf: HyperFormula, ref: string) => {
  const address = hf.simpleCellAddressFromString(ref, 0);
  if (!address) throw new Error(`bad address ${ref}`);
  return hf.getCellValue(address);
};

function errorAt(hf: HyperFormula, ref: string): DetailedCellError {
  const value = at(hf, ref);
  expect(value).toBeInstanceOf(DetailedCellError);
  return value as DetailedCellError;
}

/** Asserts the error at `ref`: its type, and each part its message must contain. */
function expectError(hf: HyperFormula, ref: string, type: string, ...parts: string[]) {
  const error = errorAt(hf, ref);
  expect(error.type).toBe(type);
  for (const part of parts) expect(error.message).toContain(part);
}

/** The engine's results for the named options of the example scenario. */
function engineOptions(...names: string[]) {
  const loaded = parseScenarioText(SCENARIO_TEXT);
  if (!loaded.ok) throw new Error('example scenario does not load');
  const result = evaluateScenario(loaded.scenario);
  return names.map((name) => result.options.find((o) => o.name === name)!);
}

/** Enters a block of values or formulas with its top-left corner at `ref`. */
const enter = (hf: HyperFormula, ref: string, rows: unknown[][]) =>
  hf.setCellContents(hf.simpleCellAddressFromString(ref, 0)!, rows as never);

beforeAll(async () => {
  await registerOutcomePlugin();
});

describe('OUTCOME functions in HyperFormula', () => {
  it('evaluates scalar functions from cell references like the engine', () => {
    const hf = sheet([
      [0.99, 35000, 0.18, 600000, 36, '=OUTCOME.CROSSOVER(A1,B1,C1,D1,E1)'],
      [40000, 35000, 0.18, 600000, 36, '=OUTCOME.BUILDCOST(A2,B2,C2,D2,E2)'],
      [180000, 120000, 0.3, null, null, '=OUTCOME.GAINSHARE(A3,B3,C3)'],
      [0.18, 24, 0.15, null, null, '=OUTCOME.DRIFTDISCOUNT(A4,B4,C4)'],
      [1.15, 0.18, 30, null, null, '=OUTCOME.DRIFTRATIO(A5,B5,C5)'],
      [0.99, 23000, 20000, null, null, '=OUTCOME.EFFECTIVEPRICE(A6,B6,C6)'],
      [0.99, 23000, 20000, null, null, '=OUTCOME.OVERCHARGE(A7,B7,C7)'],
      [60000, 0.45, null, null, null, '=OUTCOME.RULEOFTHUMB(A8,B8)'],
    ]);
    close(at(hf, 'F1'), (35000 + 600000 / 36) / (0.99 - 0.18));
    close(
      at(hf, 'F2'),
      buildSteadyMonth(40000, {
        runFixedMonthly: 35000,
        marginalPerContact: 0.18,
        buildCost: 600000,
        amortizationMonths: 36,
      }),
    );
    close(at(hf, 'F3'), gainShareFee(180000, 120000, 0.3));
    close(at(hf, 'F4'), driftDiscount(0.18, 24, 0.15));
    close(at(hf, 'F5'), overcountRatio(1.15, 0.18, 30));
    close(at(hf, 'F6'), effectivePrice(0.99, 23000, 20000));
    close(at(hf, 'F7'), overcharge(0.99, 23000, 20000));
    expect(at(hf, 'F8')).toBe('build');
  });

  it('prices a tier table range, with blank up_to and flat fees, and recalculates on change', () => {
    const hf = sheet([
      [25000, '=OUTCOME.BUYCOST(A1,C1:E3,5000,2000)', ...TIER_ROWS[0]],
      [25000, '=OUTCOME.TIERED(A2,C1:E3,"volume")', ...TIER_ROWS[1]],
      [null, '=OUTCOME.TIERED(A1,C1:E3)', ...TIER_ROWS[2]],
    ]);
    close(at(hf, 'B1'), vendorMonthCharge(25000, { tiers: TIERS }, 5000, 2000));
    close(at(hf, 'B1'), 10000 * 1.2 + 13000 * 0.9 + 500 + 5000); // DOMAIN.md graduated, by hand
    close(at(hf, 'B2'), tieredPrice(25000, TIERS, 'volume'));
    close(at(hf, 'B3'), tieredPrice(25000, TIERS, 'graduated'));

    enter(hf, 'A1', [[55000]]);
    close(at(hf, 'B1'), vendorMonthCharge(55000, { tiers: TIERS }, 5000, 2000));
    close(at(hf, 'B3'), tieredPrice(55000, TIERS));

    enter(hf, 'D3', [[0.5]]); // last tier's price
    const changed = TIERS.map((t, i) => (i === 2 ? { ...t, price: 0.5 } : t));
    close(at(hf, 'B1'), vendorMonthCharge(55000, { tiers: changed }, 5000, 2000));
  });

  it('treats empty and omitted optional arguments as their defaults', () => {
    const hf = sheet([
      [
        1000,
        '=OUTCOME.BUYCOST(A1,0.5,,100)',
        '=OUTCOME.BUYCOST(A1,0.5)',
        '=OUTCOME.BUYCOST(A1,0.5,B9)',
      ],
      [0.99, '=OUTCOME.CROSSOVER(A2,35000,0.18)', '=OUTCOME.CROSSOVER(A2,35000,0.18,,)'],
    ]);
    close(at(hf, 'B1'), vendorMonthCharge(1000, { price: 0.5 }, 0, 100));
    close(at(hf, 'C1'), 500);
    close(at(hf, 'D1'), 500); // a reference to an empty cell is a blank
    close(at(hf, 'B2'), 35000 / (0.99 - 0.18));
    close(at(hf, 'C2'), 35000 / (0.99 - 0.18));
  });

  it('spills HYBRID and TRUEUP in the shape of their input and recalculates', () => {
    const units = Array.from({ length: 14 }, (_, m) => 20000 + 1000 * m);
    const hf = sheet([
      ...units.map((u, m) =>
        m === 0
          ? [
              u,
              '=OUTCOME.HYBRID(A1:A14,0.8,6000,120000,10000)',
              null,
              '=OUTCOME.TRUEUP(B1:B14,250000)',
            ]
          : [u],
      ),
    ]);
    const expected = hybridCharges(units, { price: 0.8 }, 6000, 120000, 10000);
    const trueUp = trueUps(expected, 250000);
    for (let m = 0; m < 14; m++) {
      close(at(hf, `B${m + 1}`), expected[m]);
      close(at(hf, `D${m + 1}`), trueUp[m]);
    }
    expect(expected[11]).toBeLessThan(6000 + 0.8 * (units[11] - 10000)); // the cap bites in year 1

    enter(hf, 'A3', [[90000]]);
    const changedUnits = units.map((u, m) => (m === 2 ? 90000 : u));
    const changed = hybridCharges(changedUnits, { price: 0.8 }, 6000, 120000, 10000);
    const changedTrueUp = trueUps(changed, 250000);
    for (let m = 0; m < 14; m++) {
      close(at(hf, `B${m + 1}`), changed[m]);
      close(at(hf, `D${m + 1}`), changedTrueUp[m]);
    }
  });

  it('spills SCHEDULE from a scenario held in a cell, and agrees with the engine', () => {
    const hf = sheet([[SCENARIO_TEXT]]);
    enter(hf, 'B1', [['=OUTCOME.SCHEDULE(A1,"Hybrid capped")']]);
    enter(hf, 'Z1', [['=OUTCOME.SCHEDULE(A1,"Build in-house","total")']]);
    const [hybrid, build] = engineOptions('Hybrid capped', 'Build in-house');
    const values = hf.getSheetValues(0);
    expect(values[0].slice(1, 2 + SCHEDULE_FIELDS.length)).toEqual(['month', ...SCHEDULE_FIELDS]);
    for (let m = 0; m < 36; m++) {
      expect(values[m + 1][1]).toBe(m + 1);
      SCHEDULE_FIELDS.forEach((field, j) => close(values[m + 1][2 + j], hybrid.schedule[field][m]));
      close(values[m][25], build.schedule.total[m]);
    }
    expect(values[37]?.[1] ?? null).toBeNull(); // 36 months, no more
  });

  it('feeds spilled schedules into BREAKEVEN and NPV like the engine', () => {
    const hf = sheet([[SCENARIO_TEXT]]);
    enter(hf, 'B1', [
      [
        '=OUTCOME.SCHEDULE(A1,"Build in-house","total")',
        '=OUTCOME.SCHEDULE(A1,"Per conversation","total")',
      ],
    ]);
    enter(hf, 'D1', [
      ['=OUTCOME.BREAKEVEN(B1:B36,C1:C36)'],
      ['=OUTCOME.NPV(0.08,B1:B36)'],
      ['=NPV((1+0.08)^(1/12)-1,B1:B36)'],
      ['=OUTCOME.COMPARE(A1,"Build in-house","Per conversation","breakeven")'],
      ['=OUTCOME.RESULT(A1,"Build in-house","npv")'],
    ]);
    const [build, vendor] = engineOptions('Build in-house', 'Per conversation');
    const month = breakevenMonth(build.schedule.total, vendor.schedule.total);
    expect(month).not.toBeNull();
    expect(at(hf, 'D1')).toBe(month);
    close(at(hf, 'D2'), npv(0.08, build.schedule.total));
    close(at(hf, 'D3'), build.npv); // Excel's own NPV at the monthly rate agrees
    expect(at(hf, 'D4')).toBe(month);
    close(at(hf, 'D5'), build.npv);
  });

  it('shows #VALUE!, #NUM!, #N/A and #DIV/0! with messages naming the argument and value', () => {
    const hf = sheet([
      ['abc', '=OUTCOME.BUYCOST(A1,0.5)'],
      [0.1, '=OUTCOME.CROSSOVER(A2,1000,0.2)'],
      [null, '=OUTCOME.BREAKEVEN(C3:C4,D3:D4)', 100, 10],
      [null, '=OUTCOME.EFFECTIVEPRICE(1,5,0)', 100, 10],
      [null, '=OUTCOME.GAINSHARE(1/0,1,0.1)'],
      [null, '=OUTCOME.TIERED(10,C1:C2)'],
      [null, '=OUTCOME.SCHEDULE("{}","Build")'],
      [null, '=OUTCOME.DRIFTRATIO(C8,0.1,2)', true],
    ]);
    expectError(hf, 'B1', 'VALUE', 'units', '"abc"');
    expectError(hf, 'B2', 'NUM', 'price (0.1)');
    expectError(hf, 'B3', 'NA', 'never breaks even');
    expectError(hf, 'B4', 'DIV_BY_ZERO');
    expectError(hf, 'B5', 'DIV_BY_ZERO'); // an error argument passes through
    expectError(hf, 'B6', 'VALUE', 'tiers must be a range of 2 or 3 columns');
    expectError(hf, 'B7', 'VALUE', 'scenario is not a valid scenario');
    const bool = errorAt(hf, 'B8');
    expect(bool.message).toBe('initial_ratio must be a number, got TRUE');
  });
});
