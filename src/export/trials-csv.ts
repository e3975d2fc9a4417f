import type { RiskModel } from '../uncertainty/risk-model';
import { fieldWords, optionKinds } from '../uncertainty/describe-field';
import type { SimulationTrials } from '../uncertainty/simulation';
import { csvText } from './schedule-csv';

/**
 * Every trial of a simulation as CSV (DOMAIN.md "The trials"), one row per trial: its number
 * from 1, each input's drawn value after rounding and clamping (headed as `crossover risk` names
 * the input), each option's NPV and the margin of the recommendation over the next option.
 * Numbers at full precision (the shortest text that reads back as the same double); text
 * escaped against formula injection and quoted where needed; CRLF line ends (RFC 4180).
 */
export function trialsCsv(model: RiskModel, trials: SimulationTrials): string {
  const kinds = optionKinds(model.scenario);
  const header = [
    'trial',
    ...model.inputs.map((input) => fieldWords(kinds, input)),
    ...model.optionNames.map((name) => `${name} NPV`),
    `margin of ${model.optionNames[model.recommendation]}`,
  ].map(csvText);
  const columns = [...trials.inputs, ...trials.npv, trials.margin];
  const lines = [header.join(',')];
  const count = trials.margin.length;
  for (let t = 0; t < count; t++) {
    let line = String(t + 1);
    for (const column of columns) line += `,${column[t]}`;
    lines.push(line);
  }
  return `${lines.join('\r\n')}\r\n`;
}
