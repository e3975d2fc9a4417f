// The worked examples of docs/functions.md, evaluated by HyperFormula through the real
// functions. docs-examples.test.ts checks that the document shows exactly these results;
// `npx tsx test/functions/docs-examples.ts` prints the blocks to paste into the document.
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { registerOutcomePlugin } from './load-functions';
import { flatScenario } from '../helpers/engine-scenario-json';
import { switchOptions } from '../helpers/engine-switch-example';

type CellValue = number | string | boolean | null;

export interface DocExample {
  /** The function id the example belongs to. */
  id: string;
  /** Inputs by cell address (column A to F, rows from 1). */
  cells: Record<string, CellValue>;
  /** The formula, entered in H1 (a spill grows down and right from there). */
  formula: string;
}

export const DOCS_SCENARIO = JSON.stringify({
  name: 'Docs example',
  horizonMonths: 3,
  demand: { contactsPerMonth: 10000 },
  humanCostPerContact: 4,
  options: [
    {
      kind: 'vendor',
      name: 'Vendor',
      resolutionRate: 0.5,
      charges: { unit: 'outcome', price: 0.99, platformFeeMonthly: 1000 },
    },
    {
      kind: 'build',
      name: 'Build',
      resolutionRate: 0.5,
      buildCost: 30000,
      buildMonths: 1,
      runFixedMonthly: 5000,
      marginalPerContact: 0.1,
    },
  ],
});

/** A capitalised build for OUTCOME.PNL: half of 12,000 booked as an asset, 24 months of life. */
/** Buy now, build later: the vendor until the switch month, the build from then on. */
export const SWITCH_SCENARIO = JSON.stringify(
  flatScenario(
    { name: 'Switch example', horizonMonths: 4, contactsPerMonth: 1000, humanCostPerContact: 2 },
    switchOptions({ switchMonth: 5 }),
  ),
);

export const PNL_SCENARIO = JSON.stringify({
  name: 'P&L example',
  horizonMonths: 14,
  demand: { contactsPerMonth: 1000 },
  humanCostPerContact: 2,
  options: [
    {
      kind: 'build',
      name: 'Build',
      resolutionRate: 0.5,
      buildCost: 12000,
      buildMonths: 2,
      runFixedMonthly: 500,
      marginalPerContact: 0.1,
      capitalizedShare: 0.5,
      usefulLifeMonths: 24,
    },
  ],
});

/** The docs example with ranges, for the risk functions (12 months so the ranges matter). */
export const DOCS_RISK_SCENARIO = JSON.stringify({
  ...JSON.parse(DOCS_SCENARIO),
  name: 'Docs risk example',
  horizonMonths: 12,
  uncertainty: {
    trials: 1000,
    seed: 1,
    inputs: [
      {
        option: 'Vendor',
        field: 'charges.price',
        dist: 'triangular',
        low: 0.6,
        mode: 0.99,
        high: 2,
      },
      { option: 'Build', field: 'buildMonths', dist: 'uniform', low: 1, high: 4 },
      { field: 'demand.contactsPerMonth', dist: 'pert', low: 6000, mode: 10000, high: 14000 },
    ],
  },
});

const TIER_CELLS = {
  A1: 10000,
  B1: 1.2,
  C1: null,
  A2: 40000,
  B2: 0.9,
  C2: 500,
  A3: null,
  B3: 0.7,
  C3: null,
};

export const DOC_EXAMPLES: DocExample[] = [
  {
    id: 'CROSSOVER',
    cells: { A1: 0.99, B1: 35000, C1: 0.18, D1: 600000, E1: 36 },
    formula: '=OUTCOME.CROSSOVER(A1,B1,C1,D1,E1)',
  },
  {
    id: 'BUYCOST',
    cells: { ...TIER_CELLS, E1: 27000 },
    formula: '=OUTCOME.BUYCOST(E1,A1:C3,5000,2000)',
  },
  {
    id: 'BUILDCOST',
    cells: { A1: 40000, B1: 35000, C1: 0.18, D1: 600000, E1: 36 },
    formula: '=OUTCOME.BUILDCOST(A1,B1,C1,D1,E1)',
  },
  {
    id: 'TIERED',
    cells: { ...TIER_CELLS, E1: 25000 },
    formula: '=OUTCOME.TIERED(E1,A1:C3)',
  },
  {
    id: 'TIERED',
    cells: { ...TIER_CELLS, E1: 25000 },
    formula: '=OUTCOME.TIERED(E1,A1:C3,"volume")',
  },
  {
    id: 'HYBRID',
    cells: { A1: 80000, A2: 90000, A3: 100000, A4: 110000 },
    formula: '=OUTCOME.HYBRID(A1:A4,0.8,6000,150000,10000)',
  },
  {
    id: 'TRUEUP',
    cells: Object.fromEntries(Array.from({ length: 14 }, (_, m) => [`A${m + 1}`, 15000])),
    formula: '=OUTCOME.TRUEUP(A1:A14,240000)',
  },
  {
    id: 'GAINSHARE',
    cells: { A1: 180000, B1: 120000, C1: 0.3 },
    formula: '=OUTCOME.GAINSHARE(A1,B1,C1)',
  },
  {
    id: 'CLASSPRICE',
    cells: { A1: 0.5, A2: 0.3, A3: 0.2, B1: 0.5, B2: 1.5, B3: 3, C1: 0, C2: 0.1, C3: 0.25, D1: 13 },
    formula: '=OUTCOME.CLASSPRICE(A1:A3,B1:B3,C1:C3,D1)',
  },
  {
    id: 'PREPAID',
    cells: {
      A1: 500,
      A2: 500,
      A3: 500,
      A4: 500,
      A5: 500,
      A6: 500,
      A7: 500,
      A8: 500,
      A9: 500,
      A10: 500,
      A11: 500,
      A12: 500,
      A13: 500,
      A14: 500,
      B1: 4800,
      C1: 0.5,
    },
    formula: '=OUTCOME.PREPAID(A1:A14,B1,C1)',
  },
  {
    id: 'BESTSWITCH',
    cells: { A1: SWITCH_SCENARIO },
    formula: '=OUTCOME.BESTSWITCH(A1,"Buy then build")',
  },
  {
    id: 'DRIFTDISCOUNT',
    cells: { A1: 0.18, B1: 24, C1: 0.15 },
    formula: '=OUTCOME.DRIFTDISCOUNT(A1,B1,C1)',
  },
  {
    id: 'DRIFTRATIO',
    cells: { A1: 1.15, B1: 0.18, C1: 25 },
    formula: '=OUTCOME.DRIFTRATIO(A1,B1,C1)',
  },
  {
    id: 'EFFECTIVEPRICE',
    cells: { A1: 0.99, B1: 23000, C1: 20000 },
    formula: '=OUTCOME.EFFECTIVEPRICE(A1,B1,C1)',
  },
  {
    id: 'OVERCHARGE',
    cells: { A1: 0.99, B1: 23000, C1: 20000 },
    formula: '=OUTCOME.OVERCHARGE(A1,B1,C1)',
  },
  {
    id: 'BREAKEVEN',
    cells: {
      A1: 100000,
      A2: 20000,
      A3: 20000,
      A4: 20000,
      B1: 45000,
      B2: 45000,
      B3: 45000,
      B4: 45000,
    },
    formula: '=OUTCOME.BREAKEVEN(A1:A4,B1:B4)',
  },
  {
    id: 'NPV',
    cells: { A1: 0.08, B1: 10000, B2: 10000, B3: 10000, B4: 10000, B5: 10000, B6: 10000 },
    formula: '=OUTCOME.NPV(A1,B1:B6)',
  },
  {
    id: 'RULEOFTHUMB',
    cells: { A1: 60000, B1: 0.45 },
    formula: '=OUTCOME.RULEOFTHUMB(A1,B1)',
  },
  {
    id: 'SCHEDULE',
    cells: { A1: DOCS_SCENARIO },
    formula: '=OUTCOME.SCHEDULE(A1,"Vendor")',
  },
  {
    id: 'SCHEDULE',
    cells: { A1: DOCS_SCENARIO },
    formula: '=OUTCOME.SCHEDULE(A1,"Build","total")',
  },
  {
    id: 'RESULT',
    cells: { A1: DOCS_SCENARIO },
    formula: '=OUTCOME.RESULT(A1,"Vendor","effectivePricePerOutcome")',
  },
  {
    id: 'COMPARE',
    cells: { A1: DOCS_SCENARIO },
    formula: '=OUTCOME.COMPARE(A1,"Build","Vendor")',
  },
  {
    id: 'COMPARE',
    cells: { A1: DOCS_SCENARIO },
    formula: '=OUTCOME.COMPARE(A1,"Build","Vendor","breakeven")',
  },
  {
    id: 'PNL',
    cells: { A1: PNL_SCENARIO },
    formula: '=OUTCOME.PNL(A1,"Build")',
  },
  {
    id: 'PNL',
    cells: { A1: PNL_SCENARIO },
    formula: '=OUTCOME.PNL(A1,"Build","ebitdaCost")',
  },
  { id: 'TORNADO', cells: { A1: DOCS_RISK_SCENARIO }, formula: '=OUTCOME.TORNADO(A1)' },
  {
    id: 'SWITCHVALUE',
    cells: { A1: DOCS_RISK_SCENARIO },
    formula: '=OUTCOME.SWITCHVALUE(A1,"Vendor","charges.price")',
  },
  {
    id: 'SWITCHVALUE',
    cells: { A1: DOCS_RISK_SCENARIO },
    formula: '=OUTCOME.SWITCHVALUE(A1,,"demand.contactsPerMonth")',
  },
  { id: 'SIMULATE', cells: { A1: DOCS_RISK_SCENARIO }, formula: '=OUTCOME.SIMULATE(A1)' },
  {
    id: 'SIMULATE',
    cells: { A1: DOCS_RISK_SCENARIO },
    formula: '=OUTCOME.SIMULATE(A1,"totalCost",5000,7)',
  },
  {
    id: 'PROBABILITY',
    cells: { A1: DOCS_RISK_SCENARIO },
    formula: '=OUTCOME.PROBABILITY(A1,"Vendor")',
  },
];

/** Numbers as an analyst reads them: thousands separators, up to 6 significant decimals. */
export function formatResult(value: unknown): string {
  if (value instanceof DetailedCellError) return `${value.value} (${value.message})`;
  if (typeof value === 'number') {
    const digits = Math.abs(value) >= 100 ? 2 : 6;
    return value.toLocaleString('en-US', { maximumFractionDigits: digits, useGrouping: true });
  }
  return value === null || value === undefined ? '' : String(value);
}

function formatInput(value: CellValue): string {
  if (value === null) return '(blank)';
  if (value === SWITCH_SCENARIO)
    return 'the switch example scenario (JSON text, under OUTCOME.BESTSWITCH)';
  if (value === DOCS_RISK_SCENARIO)
    return 'the docs risk example scenario (JSON text, under OUTCOME.TORNADO)';
  if (typeof value === 'string')
    return value === PNL_SCENARIO
      ? 'the P&L example scenario (JSON text, under OUTCOME.PNL)'
      : value.length > 60
        ? 'the docs example scenario (JSON text, under OUTCOME.SCHEDULE)'
        : `"${value}"`;
  return String(value);
}

const address = (ref: string) => {
  const match = /^([A-Z])(\d+)$/.exec(ref);
  if (!match) throw new Error(`bad address ${ref}`);
  return { sheet: 0, col: match[1].charCodeAt(0) - 65, row: Number(match[2]) - 1 };
};

/** Evaluates an example: the value in H1, or the spilled block from H1. */
export function evaluateExample(example: DocExample): unknown[][] {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  hf.addSheet('Sheet1');
  for (const [ref, value] of Object.entries(example.cells))
    hf.setCellContents(address(ref), [[value]]);
  hf.setCellContents({ sheet: 0, col: 7, row: 0 }, [[example.formula]]);
  const values = hf.getSheetValues(0);
  const block: unknown[][] = [];
  for (const row of values) {
    const part = row.slice(7);
    if (part.length === 0 || part[0] === null || part[0] === undefined) break;
    block.push(part);
  }
  hf.destroy();
  return block;
}

/** Runs of cells down one column holding the same value, shown as one line (A1:A14). */
function inputLines(cells: Record<string, CellValue>): string[] {
  const lines: string[] = [];
  const entries = Object.entries(cells);
  for (let i = 0; i < entries.length;) {
    const [first, value] = entries[i];
    const start = address(first);
    let j = i + 1;
    while (j < entries.length) {
      const next = address(entries[j][0]);
      if (entries[j][1] !== value || next.col !== start.col || next.row !== start.row + (j - i))
        break;
      j++;
    }
    const last = entries[j - 1][0];
    const ref = j - i > 1 ? `${first}:${last}` : first;
    lines.push(`| ${ref} | ${formatInput(value)}${j - i > 1 ? ' (each)' : ''} |`);
    i = j;
  }
  return lines;
}

/** The markdown block the document shows for an example. */
export function renderExample(example: DocExample): string {
  const lines: string[] = ['| cell | value |', '|---|---|', ...inputLines(example.cells), ''];
  lines.push(`Formula in H1: \`${example.formula}\``, '');
  const block = evaluateExample(example);
  if (block.length === 1 && block[0].length === 1) {
    lines.push(`Result: **${formatResult(block[0][0])}**`);
  } else {
    // H, I, ..., Z, AA, AB, ...: spills wider than 19 columns run past Z
    const letters = (n: number): string =>
      n < 26 ? String.fromCharCode(65 + n) : letters(Math.floor(n / 26) - 1) + letters(n % 26);
    const columns = block[0].map((_, c) => letters(7 + c));
    lines.push(`Result, spilled from H1 (${block.length} rows x ${columns.length} columns):`, '');
    lines.push(`| | ${columns.join(' | ')} |`, `|---|${'---|'.repeat(columns.length)}`);
    block.forEach((row, r) => lines.push(`| ${r + 1} | ${row.map(formatResult).join(' | ')} |`));
  }
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('docs-examples.ts')) {
  await registerOutcomePlugin();
  for (const example of DOC_EXAMPLES) {
    console.log(`<!-- example ${example.id} -->\n${renderExample(example)}\n`);
  }
}
