import { formatNumber } from '../text/format';
import { breakevenText, overcountSentences } from '../analysis/result-sentences';
import type { Comparison, ScenarioResult } from '../engine/evaluate';
import type { Scenario } from '../scenario/schema';
import { rankingCells } from '../analysis/ranking-cells';
import { vendorWhatIfs } from '../analysis/what-if';
import { textTable } from './table';
import { termsToText } from './terms-text';

/** The crossover, and where the build stays cheaper when a price step makes them differ. */
function crossoverText(c: Comparison): string {
  if (c.crossoverContactsPerMonth === null) return 'build never cheaper';
  const first = formatNumber(c.crossoverContactsPerMonth);
  if (c.buildCheaperThroughout === c.crossoverContactsPerMonth) return first;
  return c.buildCheaperThroughout === null
    ? `${first}; not cheaper at the search limit`
    : `${first}; cheaper throughout above ${formatNumber(c.buildCheaperThroughout)}`;
}

/** Per vendor with an overcount: the lines of overcountSentences, indented under its name. */
function overcountText(result: ScenarioResult, scenario?: Scenario): string[] {
  const whatIfs = scenario ? vendorWhatIfs(scenario, result) : [];
  const lines = overcountSentences(result, whatIfs).flatMap((v) => {
    const said = [v.overcharge, v.driftDiscount, v.saturation].filter((s) => s !== null);
    return [`  ${v.name}: ${said[0]}`, ...said.slice(1).map((s) => `    ${s}`)];
  });
  return lines.length === 0 ? [] : ['', 'What the vendor’s count costs', ...lines];
}

/** The human view of `crossover run`. */
export function resultToText(result: ScenarioResult, scenario?: Scenario): string {
  const byName = new Map(result.options.map((o) => [o.name, o]));
  const ranked = result.ranking.map((name) => byName.get(name)!);
  const out: string[] = [];
  out.push(`${result.scenario}`);
  out.push(`${result.horizonMonths} months, ${result.currency}; ranked by NPV, lowest first`);
  out.push('');
  out.push(
    textTable(
      ['#', 'Option', 'Total cost', 'NPV', 'Per contact', 'Per outcome', 'Savings vs status quo'],
      ranked.map((o, i) => {
        const c = rankingCells(o, result.currency);
        return [String(i + 1), o.name, c.totalCost, c.npv, c.perContact, c.perOutcome, c.savings];
      }),
    ).replace(/^# /, '# '),
  );
  if (result.comparisons.length > 0) {
    out.push('');
    out.push('Build against each vendor');
    out.push(
      textTable(
        ['Build', 'Vendor', 'Breakeven month', 'Crossover (contacts/month)', 'Rule of thumb'],
        result.comparisons.map((c) => [
          c.build,
          c.vendor,
          breakevenText(c, result.horizonMonths),
          crossoverText(c),
          c.ruleOfThumb,
        ]),
      ),
    );
  }
  out.push(...overcountText(result, scenario));
  if (scenario) out.push(...termsToText(result, scenario));
  return out.join('\n');
}
