// The worked examples of docs/functions.md, evaluated by HyperFormula through the real
// functions. docs-examples.test.ts checks that the document shows exactly these results;
// `npx tsx test/functions/docs-examples.ts` prints the blocks to paste into the document.
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { registerOutcomePlugin } from './load-functions';
import { flatScenario, HANDWORKED_BUILD } from '../support/engine-scenario-json';
import { vendor } from '../support/scenarios';
import { switchOptions } from '../support/engine-switch-example';

type CellValue = number | string | boolean | null;

export interface DocExample {
  /** The function id the example belongs to. */
  id: string;
  /** Inputs by cell address (column A to F, rows from 1). */
  cells: Record<string, CellValue>;
  /** The formula, entered in H1 (a spill grows down and right from there). */
  formula: string;
}

export const DOCS_SCENARIO = JSON.stringify(
  flatScenario(
    { name: 'Docs example', horizonMonths: 3, contactsPerMonth: 10000, humanCostPerContact: 4 },
    [
      vendor({ unit: 'outcome', price: 0.99, platformFeeMonthly: 1000 }),
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
  ),
);

/** Buy now, build later: the vendor until the switch month, the build from then on. */
export const SWITCH_SCENARIO = JSON.stringify(
  flatScenario(
    { name: 'Switch example', horizonMonths: 4, contactsPerMonth: 1000, humanCostPerContact: 2 },
    switchOptions({ switchMonth: 5 }),
  ),
);

/** A capitalised build for OUTCOME.PNL: half of 12,000 booked as an asset, 24 months of life. */
export const PNL_SCENARIO = JSON.stringify(
  flatScenario(
    { name: 'P&L example', horizonMonths: 14, contactsPerMonth: 1000, humanCostPerContact: 2 },
    [{ ...HANDWORKED_BUILD, buildCost: 12000, capitalizedShare: 0.5, usefulLifeMonths: 24 }],
  ),
);

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

/** An example of the function the formula calls, over the given cells. */
const example = (formula: string, cells: Record<string, CellValue>): DocExample => ({
  id: /^=OUTCOME\.([A-Z]+)\(/.exec(formula)![1],
  cells,
  formula,
});

/** Examples each reading one scenario from A1. */
const onScenario = (scenario: string, formulas: string[]) =>
  formulas.map((formula) => example(formula, { A1: scenario }));

/** Values down rows 1, 2, ... of a column. */
const column = (letter: string, values: CellValue[]) =>
  Object.fromEntries(values.map((value, m) => [`${letter}${m + 1}`, value]));

export const DOC_EXAMPLES: DocExample[] = [
  example('=OUTCOME.CROSSOVER(A1,B1,C1,D1,E1)', {
    A1: 0.99,
    B1: 35000,
    C1: 0.18,
    D1: 600000,
    E1: 36,
  }),
  example('=OUTCOME.BUYCOST(E1,A1:C3,5000,2000)', { ...TIER_CELLS, E1: 27000 }),
  example('=OUTCOME.BUILDCOST(A1,B1,C1,D1,E1)', {
    A1: 40000,
    B1: 35000,
    C1: 0.18,
    D1: 600000,
    E1: 36,
  }),
  example('=OUTCOME.TIERED(E1,A1:C3)', { ...TIER_CELLS, E1: 25000 }),
  example('=OUTCOME.TIERED(E1,A1:C3,"volume")', { ...TIER_CELLS, E1: 25000 }),
  example(
    '=OUTCOME.HYBRID(A1:A4,0.8,6000,150000,10000)',
    column('A', [80000, 90000, 100000, 110000]),
  ),
  example('=OUTCOME.TRUEUP(A1:A14,240000)', column('A', Array(14).fill(15000))),
  example('=OUTCOME.GAINSHARE(A1,B1,C1)', { A1: 180000, B1: 120000, C1: 0.3 }),
  example('=OUTCOME.CLASSPRICE(A1:A3,B1:B3,C1:C3,D1)', {
    A1: 0.5,
    A2: 0.3,
    A3: 0.2,
    B1: 0.5,
    B2: 1.5,
    B3: 3,
    C1: 0,
    C2: 0.1,
    C3: 0.25,
    D1: 13,
  }),
  example('=OUTCOME.PREPAID(A1:A14,B1,C1)', {
    ...column('A', Array(14).fill(500)),
    B1: 4800,
    C1: 0.5,
  }),
  example('=OUTCOME.BESTSWITCH(A1,"Buy then build")', { A1: SWITCH_SCENARIO }),
  example('=OUTCOME.DRIFTDISCOUNT(A1,B1,C1)', { A1: 0.18, B1: 24, C1: 0.15 }),
  example('=OUTCOME.DRIFTRATIO(A1,B1,C1)', { A1: 1.15, B1: 0.18, C1: 25 }),
  example('=OUTCOME.EFFECTIVEPRICE(A1,B1,C1)', { A1: 0.99, B1: 23000, C1: 20000 }),
  example('=OUTCOME.OVERCHARGE(A1,B1,C1)', { A1: 0.99, B1: 23000, C1: 20000 }),
  example('=OUTCOME.BREAKEVEN(A1:A4,B1:B4)', {
    ...column('A', [100000, 20000, 20000, 20000]),
    ...column('B', Array(4).fill(45000)),
  }),
  example('=OUTCOME.NPV(A1,B1:B6)', { A1: 0.08, ...column('B', Array(6).fill(10000)) }),
  example('=OUTCOME.RULEOFTHUMB(A1,B1)', { A1: 60000, B1: 0.45 }),
  ...onScenario(DOCS_SCENARIO, [
    '=OUTCOME.SCHEDULE(A1,"Vendor")',
    '=OUTCOME.SCHEDULE(A1,"Build","total")',
    '=OUTCOME.RESULT(A1,"Vendor","effectivePricePerOutcome")',
    '=OUTCOME.COMPARE(A1,"Build","Vendor")',
    '=OUTCOME.COMPARE(A1,"Build","Vendor","breakeven")',
  ]),
  ...onScenario(PNL_SCENARIO, [
    '=OUTCOME.PNL(A1,"Build")',
    '=OUTCOME.PNL(A1,"Build","ebitdaCost")',
  ]),
  ...onScenario(DOCS_RISK_SCENARIO, [
    '=OUTCOME.TORNADO(A1)',
    '=OUTCOME.SWITCHVALUE(A1,"Vendor","charges.price")',
    '=OUTCOME.SWITCHVALUE(A1,,"demand.contactsPerMonth")',
    '=OUTCOME.SIMULATE(A1)',
    '=OUTCOME.SIMULATE(A1,"totalCost",5000,7)',
    '=OUTCOME.PROBABILITY(A1,"Vendor")',
    '=OUTCOME.CONTRIBUTION(A1)',
  ]),
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
