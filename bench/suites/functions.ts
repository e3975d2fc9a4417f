// The OUTCOME functions as Excel would use them: 10,000 BUYCOST cells over a tier table
// recalculated in HyperFormula against the same model in native formulas, and SCHEDULE calls.
import { HyperFormula } from 'hyperformula';
import { schedule } from '../../functions/scenario';
import { buildAddinOnce } from '../../test/addin/build-addin';
import { registerOutcomePlugin } from '../../test/functions/load-functions';
import type { Figure } from '../run';
import { callsPerSecond, medianMs } from '../timing';
import { benchScenario } from '../engine-workload';

const CELLS = 10_000;
const INCLUDED = 2000;
const PLATFORM = 5000;
// Tier table in A1:C3 (up_to, price, flat_fee); units in D1:D10000.
const TIERS = [
  [10000, 1.2, 0],
  [40000, 0.9, 500],
  [null, 0.7, 0],
];

function unitsOf(row: number): number {
  return (row * 7919) % 90000;
}

/** OUTCOME.BUYCOST in column E. */
function ourSheet(): unknown[][] {
  return Array.from({ length: CELLS }, (_, i) => [
    ...(TIERS[i] ?? [null, null, null]),
    unitsOf(i),
    `=OUTCOME.BUYCOST(D${i + 1},$A$1:$C$3,${PLATFORM},${INCLUDED})`,
  ]);
}

/**
 * The same charge in native formulas: the graduated price by differential rates,
 * SUMPRODUCT((q > lower) * (q - lower) * (price_i - price_(i-1))), plus the flat fees of the
 * tiers entered, with q = MAX(0, units - included). Lower bounds in F1:F3, rate steps in G1:G3.
 */
function nativeSheet(): unknown[][] {
  const helpers = [
    [0, '=B1'],
    ['=A1', '=B2-B1'],
    ['=A2', '=B3-B2'],
  ];
  return Array.from({ length: CELLS }, (_, i) => {
    const r = i + 1;
    const q = `MAX(0,D${r}-${INCLUDED})`;
    return [
      ...(TIERS[i] ?? [null, null, null]),
      unitsOf(i),
      `=SUMPRODUCT(--(${q}>$F$1:$F$3),${q}-$F$1:$F$3,$G$1:$G$3)+SUMPRODUCT(--(${q}>$F$1:$F$3),$C$1:$C$3)+${PLATFORM}`,
      ...(helpers[i] ?? [null, null]),
    ];
  });
}

/** Median time to recalculate every charge after the last tier's price changes. */
async function recalculation(hf: HyperFormula): Promise<number> {
  let price = 0.7;
  return medianMs(() => {
    price = price === 0.7 ? 0.65 : 0.7;
    hf.setCellContents({ sheet: 0, col: 1, row: 2 }, [[price]]);
  }, 7);
}

function sameCharges(a: HyperFormula, b: HyperFormula): void {
  for (let row = 0; row < CELLS; row += 97) {
    const ours = a.getCellValue({ sheet: 0, col: 4, row });
    const native = b.getCellValue({ sheet: 0, col: 4, row });
    if (typeof ours !== 'number' || typeof native !== 'number' || Math.abs(ours - native) > 1e-6)
      throw new Error(`row ${row + 1}: BUYCOST gives ${String(ours)}, native ${String(native)}`);
  }
}

export default async function functions(): Promise<Figure[]> {
  await buildAddinOnce();
  await registerOutcomePlugin();
  // Array arithmetic lets SUMPRODUCT take (q > range) as Excel does.
  const config = { licenseKey: 'gpl-v3', useArrayArithmetic: true };
  const ours = HyperFormula.buildFromArray(ourSheet() as never, config);
  const native = HyperFormula.buildFromArray(nativeSheet() as never, config);
  sameCharges(ours, native);
  const oursMs = await recalculation(ours);
  const nativeMs = await recalculation(native);
  sameCharges(ours, native);

  const scenario = JSON.stringify(benchScenario());
  let variant = 0;
  return [
    { name: `BUYCOST x ${CELLS} recalculated (HyperFormula)`, value: oursMs, unit: 'ms' },
    { name: `native SUMPRODUCT/MAX x ${CELLS} recalculated`, value: nativeMs, unit: 'ms' },
    {
      name: 'BUYCOST time / native time',
      value: oursMs / nativeMs,
      unit: 'ratio',
      budget: '<= 1',
    },
    {
      name: 'SCHEDULE calls (60 months, 5 options, same scenario text)',
      value: callsPerSecond(() => schedule(scenario, 'Tiered')),
      unit: 'per s',
      budget: '>= 5000',
    },
    {
      name: 'SCHEDULE calls with a new scenario text each time (parse + evaluate)',
      value: callsPerSecond(() => schedule(scenario + ' '.repeat(++variant % 1000), 'Tiered'), 0.5),
      unit: 'per s',
    },
  ];
}
