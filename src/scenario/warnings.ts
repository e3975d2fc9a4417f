// Valid, but probably not meant (DOMAIN.md "Warnings"): a warning never blocks; it names the
// path, the value and the likely reading. validate lists them after the problems, the other
// commands print them on stderr, the taskpane shows them beside the field.
import { problemAt, valueAt, type ScenarioPath, type ScenarioProblem } from '../engine/problems';
import { escapeControlCharacters } from '../text/control-characters';
import { formatNumber } from '../text/format';
import type { ScenarioResult } from '../engine/evaluate';
import type { Scenario } from './schema';

/**
 * The annual rates of a scenario document (valid or not: read as found), by path; each one is
 * written as a share (0.15 for 15%).
 */
function annualRatePaths(document: unknown): ScenarioPath[] {
  const paths: ScenarioPath[] = [
    ['demand', 'growthAnnual'],
    ['wageInflationAnnual'],
    ['discountRateAnnual'],
  ];
  const options = valueAt(document, ['options']);
  if (!Array.isArray(options)) return paths;
  options.forEach((_, i) => {
    const kind = valueAt(document, ['options', i, 'kind']);
    if (kind === 'vendor') {
      paths.push(['options', i, 'overcount', 'driftAnnual']);
      paths.push(['options', i, 'charges', 'escalatorAnnual']);
      const classes = valueAt(document, ['options', i, 'charges', 'classes']);
      if (Array.isArray(classes))
        classes.forEach((_, k) =>
          paths.push(['options', i, 'charges', 'classes', k, 'driftAnnual']),
        );
    } else if (kind === 'build') paths.push(['options', i, 'costEscalatorAnnual']);
  });
  return paths;
}

/** "15 is 1,500% a year; for 15% write 0.15": a rate above 1 was most likely meant as percent. */
export function percentMistake(rate: number): string {
  const share = (value: number) => Number(value.toPrecision(12));
  const percent = formatNumber(share(rate * 100), Number.isInteger(share(rate * 100)) ? 0 : 2);
  return `${share(rate)} is ${percent}% a year; for ${share(rate)}% write ${share(rate / 100)}`;
}

/** The warnings of a scenario document (a valid scenario, or a file as read), in path order. */
export function scenarioWarnings(document: unknown): ScenarioProblem[] {
  const warnings: ScenarioProblem[] = [];
  for (const path of annualRatePaths(document)) {
    const warning = problemAt(document, path, '');
    if (typeof warning.value === 'number' && warning.value > 1)
      warnings.push({ ...warning, message: percentMistake(warning.value) });
  }
  return warnings;
}

/**
 * The warnings only an evaluation can tell: a vendor option whose count saturates (DOMAIN.md:
 * from that month the vendor counts every contact as an outcome, and drift adds nothing more).
 */
export function resultWarnings(scenario: Scenario, result: ScenarioResult): ScenarioProblem[] {
  const warnings: ScenarioProblem[] = [];
  result.options.forEach((option, i) => {
    if (option.saturatedFromMonth === null) return;
    warnings.push({
      ...problemAt(scenario, ['options', i, 'overcount'], ''),
      message: saturationMessage(option.saturatedFromMonth),
    });
  });
  return warnings;
}

/** What saturation means, as every face says it beside the option. */
export function saturationMessage(month: number): string {
  return `from month ${month} the vendor counts every contact as an outcome: drift adds nothing more`;
}

/** One line per warning: `warning: path: message` (the message says the value), control characters escaped. */
export function formatWarning(warning: ScenarioProblem): string {
  return escapeControlCharacters(
    `warning: ${warning.where ?? warning.path}: ${warning.message}`,
    true,
  );
}
