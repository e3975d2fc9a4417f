// The "Functions" sheet written into Excel beside the board workbook: OUTCOME function examples
// whose arguments are the board's own Inputs cells (and Schedule columns), plus the scenario as
// JSON in one cell for the scenario functions. Pure: a SheetModel the Office adapter renders.
import type { ScenarioResult } from '../engine/evaluate';
import type { Scenario } from '../scenario/schema';
import { CELL_TEXT_LIMIT } from './escape-text';
import { inputsSheet, type InputRefs } from './inputs-sheet';
import { scheduleSheet, type ScheduleRefs } from './schedule-sheet';
import type { SheetCell, SheetModel } from './workbook-model';

export const FUNCTIONS_SHEET = 'Functions';
/** Where the scenario's JSON sits on the Functions sheet. */
export const SCENARIO_CELL = 'B4';
const SCENARIO_REF = '$B$4';
const FIRST_EXAMPLE_ROW = 7;

export interface FunctionExample {
  label: string;
  /** A native formula without the leading '='. */
  formula: string;
  description: string;
}

/** A text argument: quoted, with inner quotes doubled. */
export function textArg(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The examples for a scenario: each wired to the cells the board workbook puts its inputs in. */
export function functionExamples(
  scenario: Scenario,
  result: ScenarioResult,
  inputs: InputRefs,
  schedule: ScheduleRefs,
  withScenarioJson: boolean,
): FunctionExample[] {
  const out: FunctionExample[] = [];
  const options = scenario.options;
  const vendorIndex = options.findIndex((o) => o.kind === 'vendor');
  const pricedIndex = options.findIndex(
    (o, i) => o.kind === 'vendor' && o.charges.unit === 'outcome' && inputs.options[i].fields.price,
  );
  const buildIndex = options.findIndex((o) => o.kind === 'build');
  const C0 = inputs.contactsPerMonth;

  if (vendorIndex >= 0) {
    const name = options[vendorIndex].name;
    const f = inputs.options[vendorIndex].fields;
    out.push(
      {
        label: `${name}: overcount ratio in month H`,
        formula: `OUTCOME.DRIFTRATIO(${f.initialRatio},${f.driftAnnual},${inputs.horizonMonths})`,
        description: 'Vendor-counted outcomes per buyer-defined outcome in the last month.',
      },
      {
        label: `${name}: fair drift discount`,
        formula: `OUTCOME.DRIFTDISCOUNT(${f.driftAnnual},${inputs.horizonMonths},${inputs.growthAnnual})`,
        description:
          'The flat price discount that cancels the drift over the horizon at the demand growth.',
      },
    );
  }

  if (pricedIndex >= 0) {
    const name = options[pricedIndex].name;
    const f = inputs.options[pricedIndex].fields;
    const buyerCount = `${C0}*${f.resolutionRate}`;
    const vendorCount = `${buyerCount}*${f.initialRatio}`;
    out.push(
      {
        label: `${name}: effective price, month 1`,
        formula: `OUTCOME.EFFECTIVEPRICE(${f.price},${vendorCount},${buyerCount})`,
        description: 'Price per outcome as the buyer counts them, when the vendor bills its count.',
      },
      {
        label: `${name}: overcharge, month 1`,
        formula: `OUTCOME.OVERCHARGE(${f.price},${vendorCount},${buyerCount})`,
        description: 'What month 1 costs for outcomes the buyer does not recognise.',
      },
      {
        label: `${name}: one month's charge at month-1 volume`,
        formula: `OUTCOME.BUYCOST(${vendorCount},${f.price},${f.platformFeeMonthly},${f.includedUnitsPerMonth})`,
        description: 'Usage above the allowance at the unit price plus the platform fee.',
      },
      {
        label: `${name}: rule of thumb, month 1`,
        formula: `OUTCOME.RULEOFTHUMB(${vendorCount},${f.price}*${f.initialRatio},${inputs.ruleOutcomesPerMonth},${inputs.rulePrice})`,
        description: 'The rough guide ("build" or "buy"); read it beside the exact crossover.',
      },
    );
  }

  if (buildIndex >= 0) {
    const name = options[buildIndex].name;
    const b = inputs.options[buildIndex].fields;
    const costs = `${b.runFixedMonthly},${b.marginalPerContact},${b.buildCost},${b.amortizationMonths}`;
    out.push({
      label: `${name}: steady month at month-1 volume`,
      formula: `OUTCOME.BUILDCOST(${C0},${costs})`,
      description: 'Run cost plus marginal cost plus the build cost amortized, for one month.',
    });
    if (pricedIndex >= 0) {
      const price = inputs.options[pricedIndex].fields.price;
      out.push({
        label: `${name} against ${options[pricedIndex].name}: closed-form crossover`,
        formula: `OUTCOME.CROSSOVER(${price},${costs})`,
        description:
          'Outcomes per month where building costs the same as the unit price (linear price, no overcount or fees); compare with the exact crossover below.',
      });
    }
  }

  options.forEach((option, i) => {
    out.push({
      label: `${option.name}: NPV of the Schedule totals`,
      formula: `OUTCOME.NPV(${inputs.discountRateAnnual},${schedule.options[i].total})`,
      description: "The option's monthly totals on Schedule, discounted at the Inputs rate.",
    });
  });

  const indexOf = (name: string) => options.findIndex((o) => o.name === name);
  const comparisons = result.comparisons.map((c) => [indexOf(c.build), indexOf(c.vendor)]);
  if (comparisons.length) {
    // A pair that does break even shows a month rather than #N/A, when there is one.
    const shown = Math.max(
      0,
      result.comparisons.findIndex((c) => c.breakevenMonth !== null),
    );
    const [bi, vi] = comparisons[shown];
    out.push({
      label: `${options[bi].name} against ${options[vi].name}: breakeven month`,
      formula: `OUTCOME.BREAKEVEN(${schedule.options[bi].total},${schedule.options[vi].total})`,
      description: "The first month the build's cumulative cost is at or below the vendor's.",
    });
  }

  if (!withScenarioJson) return out;
  options.forEach((option) => {
    out.push({
      label: `${option.name}: total cost`,
      formula: `OUTCOME.RESULT(${SCENARIO_REF},${textArg(option.name)},"totalCost")`,
      description: 'From the scenario JSON above, computed by the engine in one call.',
    });
  });
  const first = options[0];
  out.push({
    label: `${first.name}: sum of the monthly totals`,
    formula: `SUM(OUTCOME.SCHEDULE(${SCENARIO_REF},${textArg(first.name)},"total"))`,
    description: 'OUTCOME.SCHEDULE spills the monthly column; summed, it is the total cost.',
  });
  for (const [bi, vi] of comparisons) {
    out.push({
      label: `${options[bi].name} against ${options[vi].name}: crossover volume`,
      formula: `OUTCOME.COMPARE(${SCENARIO_REF},${textArg(options[bi].name)},${textArg(options[vi].name)},"crossover")`,
      description: 'Contacts per month at which a steady year of each costs the same.',
    });
  }
  return out;
}

/** The Functions sheet: the scenario JSON, then one example per row with its formula shown. */
export function functionsSheet(scenario: Scenario, result: ScenarioResult): SheetModel {
  const inputs = inputsSheet(scenario);
  const schedule = scheduleSheet(scenario, result, inputs.refs);
  const json = JSON.stringify(scenario);
  const fits = json.length <= CELL_TEXT_LIMIT;
  const examples = functionExamples(scenario, result, inputs.refs, schedule.refs, fits);
  const cells: SheetCell[] = [
    { ref: 'A1', value: 'OUTCOME functions on this workbook', style: { role: 'title' } },
    {
      ref: 'A2',
      value:
        'Each example calls the Crossover add-in over the Inputs and Schedule sheets: change an input and these recalculate with the board formulas. They need the add-in installed.',
      style: { role: 'note' },
    },
    { ref: 'A4', value: 'Scenario (JSON)', style: { role: 'label' } },
    fits
      ? { ref: SCENARIO_CELL, value: json, style: { role: 'input' } }
      : {
          ref: SCENARIO_CELL,
          value: `The scenario's JSON (${json.length} characters) is longer than a cell holds (${CELL_TEXT_LIMIT}); the scenario examples are left out.`,
          style: { role: 'note' },
        },
    { ref: 'A6', value: 'Example', style: { role: 'header' } },
    { ref: 'B6', value: 'Result', style: { role: 'header' } },
    { ref: 'C6', value: 'Formula', style: { role: 'header' } },
    { ref: 'D6', value: 'What it computes', style: { role: 'header' } },
  ];
  examples.forEach((example, i) => {
    const row = FIRST_EXAMPLE_ROW + i;
    cells.push(
      { ref: `A${row}`, value: example.label, style: { role: 'label' } },
      { ref: `B${row}`, formula: example.formula, style: { role: 'output', numFmt: '#,##0.00##' } },
      // Shown as text: the Office adapter writes text starting with '=' with an apostrophe.
      { ref: `C${row}`, value: `=${example.formula}`, style: { role: 'note' } },
      { ref: `D${row}`, value: example.description, style: { role: 'note', wrap: true } },
    );
  });
  return { name: FUNCTIONS_SHEET, cells, columnWidths: [44, 18, 60, 60] };
}
