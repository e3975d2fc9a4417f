import { formatNumber, formatPercent, moneyFormat } from '../text/format';
import { saturationMessage } from '../scenario/warnings';
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

/** The breakeven month, or when it comes after the horizon, say which month (never just "never"). */
export function breakevenText(c: Comparison, horizonMonths: number): string {
  if (c.breakevenMonth !== null) return String(c.breakevenMonth);
  return c.breakevenAfterHorizon === null
    ? 'never by month 240'
    : `month ${c.breakevenAfterHorizon}, after the ${horizonMonths}-month horizon`;
}

/**
 * Per vendor with an overcount: what billing on its count costs and the price to ask on it, the
 * fair drift discount, and from which month the count is full (DOMAIN.md).
 */
function overcountText(result: ScenarioResult, scenario?: Scenario): string[] {
  const H = result.horizonMonths;
  const money = moneyFormat(result.currency, 0);
  const price = moneyFormat(result.currency, 2);
  const worth = new Map(
    (scenario ? vendorWhatIfs(scenario, result) : []).map((w) => [w.index, w.driftDiscount]),
  );
  const lines: string[] = [];
  result.options.forEach((o, i) => {
    if (o.kind !== 'vendor') return;
    const said: string[] = [];
    if (o.overcountCost !== null && o.overcountCost > 0) {
      const ask =
        o.priceToAsk === null || o.trueOutcomes === 0
          ? ''
          : `; to pay ${price((o.priceToAsk * o.vendorCountedOutcomes) / o.trueOutcomes)} per outcome you recognise, ask for ${price(o.priceToAsk)} per outcome the vendor counts`;
      said.push(
        `billed outcomes above your count cost ${money(o.overcountCost)} over ${H} months (${money(o.overcountNpv!)} in NPV)${ask}`,
      );
    }
    if (o.driftDiscount !== null && o.driftDiscount > 0) {
      const priced = worth.get(i);
      said.push(
        `fair drift discount ${formatPercent(o.driftDiscount)} on the count as billed${priced ? ` (worth ${money(priced.worthNpv)} in NPV)` : ''}`,
      );
    }
    if (o.saturatedFromMonth !== null) said.push(saturationMessage(o.saturatedFromMonth));
    if (said.length > 0)
      lines.push(`  ${o.name}: ${said[0]}`, ...said.slice(1).map((s) => `    ${s}`));
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
