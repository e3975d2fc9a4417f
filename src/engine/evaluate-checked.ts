import { crossoverSearchLimit, amortizationMonthsOf } from './crossover/crossover';
import { humanCostSeries } from './demand';
import { evaluateScenario, type ScenarioResult } from './evaluate';
import { SCHEDULE_FIELDS, type ScheduleField } from './schedule';
import { buildSteadyYear, vendorSteadyYear } from './crossover/steady-year';
import type { OptionSpec, ScenarioModel } from './model';
import { formatPath, valueAt, type ScenarioProblem } from './problems';

type Path = (string | number)[];

const nonZero = (value: number | undefined) => value !== undefined && value !== 0;

/**
 * A value that is base x growth factor: the larger of the two factors is the input to blame (the
 * growth rate when the factor, or the value itself, overflows).
 */
function largerFactor(base: number, value: number, basePath: Path, growthPath: Path): Path {
  return !Number.isFinite(value) || value / base > base ? growthPath : basePath;
}

/** The demand input behind a result too large in month m. */
function demandField(scenario: ScenarioModel, result: ScenarioResult, month: number): Path {
  const { demand } = scenario;
  if (demand.contactsByMonth) return ['demand', 'contactsByMonth'];
  if (!nonZero(demand.growthAnnual)) return ['demand', 'contactsPerMonth'];
  return largerFactor(
    demand.contactsPerMonth ?? 0,
    result.options[0].schedule.contacts[month],
    ['demand', 'contactsPerMonth'],
    ['demand', 'growthAnnual'],
  );
}

/** The people's-cost input behind a result too large in month m. */
function humanCostField(scenario: ScenarioModel, month: number): Path {
  if (!nonZero(scenario.wageInflationAnnual)) return ['humanCostPerContact'];
  return largerFactor(
    scenario.humanCostPerContact,
    humanCostSeries(scenario)[month],
    ['humanCostPerContact'],
    ['wageInflationAnnual'],
  );
}

/** People's cost is contacts x cost per contact: the larger factor is the one to blame. */
function peopleField(scenario: ScenarioModel, result: ScenarioResult, month: number): Path {
  const contacts = result.options[0].schedule.contacts[month];
  const cost = humanCostSeries(scenario)[month];
  return contacts > cost ? demandField(scenario, result, month) : humanCostField(scenario, month);
}

/** The input of option i most directly behind a schedule line (DOMAIN.md order of the formulas). */
function inputBehind(
  scenario: ScenarioModel,
  result: ScenarioResult,
  i: number,
  field: ScheduleField,
  month: number,
): Path {
  const option: OptionSpec = scenario.options[i];
  const at = (...rest: Path): Path => ['options', i, ...rest];
  if (field === 'contacts') return demandField(scenario, result, month);
  if (field === 'residual') return peopleField(scenario, result, month);
  if (option.kind === 'build') {
    if (field === 'buildSpend') return at('buildCost');
    if (field === 'run')
      return nonZero(option.costEscalatorAnnual)
        ? at('costEscalatorAnnual')
        : at('runFixedMonthly');
    return at();
  }
  if (option.kind !== 'vendor') return peopleField(scenario, result, month);
  const { charges } = option;
  const escalated = (own: Path): Path =>
    nonZero(charges.escalatorAnnual) ? at('charges', 'escalatorAnnual') : own;
  const priceField: Path = charges.tiers
    ? at('charges', 'tiers')
    : charges.package
      ? at('charges', 'package')
      : at('charges', 'price');
  switch (field) {
    case 'trueOutcomes':
    case 'vendorCountedOutcomes':
      return nonZero(option.overcount.driftAnnual)
        ? at('overcount', 'driftAnnual')
        : at('overcount', 'initialRatio');
    case 'billedUnits':
      if (charges.unit === 'seat') return at('charges', 'seats');
      return result.options[0].schedule.contacts[month] > charges.unitsPerContact
        ? demandField(scenario, result, month)
        : at('charges', 'unitsPerContact');
    case 'usage':
    case 'slaCredit':
      return escalated(priceField);
    case 'platform':
      return escalated(at('charges', 'platformFeeMonthly'));
    case 'oneTime':
      return at('charges', 'oneTimeFee');
    case 'gainShare':
      return peopleField(scenario, result, month);
    case 'trueUp':
      return at('charges', 'annualCommit');
    case 'oversight':
      return at('oversightMonthly');
    default:
      return at();
  }
}

function problem(scenario: ScenarioModel, path: Path, message: string): ScenarioProblem {
  return { path: formatPath(path), message, value: valueAt(scenario, path) };
}

const TOO_LARGE = 'is too large for the results to be finite numbers';

/**
 * Every input whose results are not finite numbers (DOMAIN.md, bad input): values that overflow,
 * such as 1e308 contacts or 1e20 growth over 240 months. One problem per option, naming the input
 * behind the first line and month that is not finite; nothing else is trusted from such a result.
 */
export function nonFiniteProblems(
  scenario: ScenarioModel,
  result: ScenarioResult,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  result.options.forEach((option, i) => {
    for (const field of SCHEDULE_FIELDS) {
      const month = option.schedule[field].findIndex((v) => !Number.isFinite(v));
      if (month === -1) continue;
      problems.push(
        problem(
          scenario,
          inputBehind(scenario, result, i, field, month),
          `${TOO_LARGE}: "${option.name}" ${field} in month ${month + 1} is ${option.schedule[field][month]}`,
        ),
      );
      return;
    }
    for (const key of ['totalCost', 'npv', 'costPerContact', 'savingsVsStatusQuo'] as const) {
      const value = option[key];
      if (value === null || Number.isFinite(value)) continue;
      const path: Path = key === 'npv' ? ['discountRateAnnual'] : ['options', i];
      problems.push(problem(scenario, path, `${TOO_LARGE}: "${option.name}" ${key} is ${value}`));
      return;
    }
  });
  if (problems.length > 0) {
    // demand and people's cost are shared by every option: name each input once
    return problems.filter((p, i) => problems.findIndex((q) => q.path === p.path) === i);
  }
  // the crossover's steady-state years reach 100 x month-1 volume, beyond the schedule's
  const limit = crossoverSearchLimit(result.options[0]?.schedule.contacts[0] ?? 0);
  scenario.options.forEach((option, i) => {
    const year =
      option.kind === 'vendor'
        ? vendorSteadyYear(option, limit, scenario.humanCostPerContact)
        : option.kind === 'build'
          ? buildSteadyYear(
              option,
              limit,
              scenario.humanCostPerContact,
              amortizationMonthsOf(option),
            )
          : 0;
    if (!Number.isFinite(year))
      problems.push(
        problem(
          scenario,
          ['options', i],
          `${TOO_LARGE}: a steady-state year at ${limit} contacts a month (the crossover's search limit) is ${year}`,
        ),
      );
  });
  return problems;
}

export type EvaluationResult =
  { ok: true; result: ScenarioResult } | { ok: false; problems: ScenarioProblem[] };

/** Evaluates a validated scenario, refusing it when any result is not a finite number. */
export function evaluateChecked(scenario: ScenarioModel): EvaluationResult {
  const result = evaluateScenario(scenario);
  const problems = nonFiniteProblems(scenario, result);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, result };
}
