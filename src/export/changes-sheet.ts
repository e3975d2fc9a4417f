import { bridgeBars } from '../analysis/bridge-bars';
import type { ScenarioComparison } from '../analysis/npv-bridge';
import { formatValue } from '../scenario/load';
import { changeLabel } from '../uncertainty/describe-change';
import { optionKinds } from '../uncertainty/describe-field';
import type { Scenario } from '../scenario/schema';
import type { ScenarioResult } from '../engine/evaluate';
import { absoluteRange, cellRef, columnLetters } from './a1';
import type { InputRefs } from './inputs-sheet';
import { inputFormat, wholeMoney } from './number-formats';
import type { ScheduleRefs } from './schedule-sheet';
import { sheetBuilder } from './sheet-builder';
import type { CellStyle, ChartModel, SheetModel } from './workbook-model';

export const CHANGES = 'Changes';

/** What the board compares with: the bridge from last quarter's file, and that file's name. */
export interface WorkbookCompare {
  comparison: ScenarioComparison;
  label: string;
}

const shown = (value: unknown) =>
  value === null
    ? '(not set)'
    : typeof value === 'number' || typeof value === 'string'
      ? value
      : formatValue(value);

/**
 * What changed since the compared scenario: the inputs old -> new, the options added and removed,
 * and the NPV bridge of every option in both (effects as the engine computed them, their sum and
 * the NPV after by formula, checked against this workbook's own NPV), with a bridge chart of the
 * best-ranked option both versions have, a waterfall drawn as stacked bars.
 */
export function changesSheet(
  scenario: Scenario,
  result: ScenarioResult,
  compare: WorkbookCompare,
  inputs: InputRefs,
  schedule: ScheduleRefs,
): SheetModel {
  const c = compare.comparison;
  const b = sheetBuilder();
  const money: CellStyle = { role: 'output', numFmt: wholeMoney(scenario.currency) };
  const constant: CellStyle = { role: 'working', numFmt: wholeMoney(scenario.currency) };
  let row = 1;
  b.value(1, row++, `Changes since ${compare.label}`, { role: 'title' });
  b.value(
    1,
    row++,
    'Each change is applied to the old scenario in the order it appears in the new file; its effect is the NPV after it minus the NPV before (the engine evaluates each intermediate scenario). A change that alone would make the scenario invalid is merged with the following ones.',
    { role: 'note' },
  );
  b.value(
    1,
    row++,
    c.recommendationChanged
      ? `Recommendation: ${c.recommendationBefore} before, ${c.recommendationAfter} now.`
      : `Recommendation unchanged: ${c.recommendationAfter}.`,
    { role: 'label', bold: true },
  );
  row++;
  ['Changed input', 'Old', 'New'].forEach((h, i) => b.value(1 + i, row, h, { role: 'header' }));
  row++;
  if (c.changes.length === 0) b.value(1, row++, 'No input changed.', { role: 'note' });
  // an input in the field catalogue's words, as the taskpane, `diff` and the deck say it
  const kinds = optionKinds(scenario);
  const label = (path: string) => changeLabel(kinds, path);
  // a number as stated (36,000, 0.99), whatever it is
  const stated = (value: string | number) =>
    typeof value === 'number'
      ? { role: 'label' as const, numFmt: inputFormat('number', [value], scenario.currency) }
      : { role: 'label' as const };
  for (const change of c.changes) {
    b.value(1, row, label(change.path), { role: 'label', wrap: true });
    const [old, now] = [shown(change.old), shown(change.new)];
    b.value(2, row, old, stated(old));
    b.value(3, row, now, stated(now));
    row++;
  }
  row++;
  b.value(1, row, 'Options added (not bridged)', { role: 'label' });
  b.value(2, row++, c.added.length ? c.added.join(', ') : 'none', { role: 'label' });
  b.value(1, row, 'Options removed (not bridged)', { role: 'label' });
  b.value(2, row++, c.removed.length ? c.removed.join(', ') : 'none', { role: 'label' });
  row++;

  const names = Object.keys(c.totalChange);
  const names_ = scenario.options.map((o) => o.name);
  b.value(1, row, 'NPV bridge', { role: 'header' });
  b.value(2, row, 'Change(s)', { role: 'header' });
  names.forEach((n, i) => b.value(3 + i, row, n, { role: 'header', wrap: true }));
  const headerRow = row++;
  const beforeRow = row++;
  b.value(1, beforeRow, 'NPV before', { role: 'label', bold: true });
  names.forEach((n, i) => b.value(3 + i, beforeRow, c.npvBefore[n], constant));
  const firstStep = row;
  c.bridge.forEach((step, k) => {
    b.value(1, row, `Step ${k + 1}`, { role: 'label' });
    b.value(2, row, step.paths.map(label).join(' + '), { role: 'label', wrap: true });
    names.forEach((n, i) => b.value(3 + i, row, step.effect[n], constant));
    row++;
  });
  const lastStep = row - 1;
  const totalRow = row++;
  const afterRow = row++;
  const liveRow = row++;
  const checkRow = row++;
  b.value(1, totalRow, 'Total change', { role: 'label', bold: true });
  b.value(1, afterRow, 'NPV after', { role: 'label', bold: true });
  b.value(1, liveRow, 'NPV in this workbook', { role: 'label' });
  b.value(1, checkRow, 'Check: the bridge ends at this workbook’s NPV', { role: 'label' });
  names.forEach((n, i) => {
    const col = columnLetters(3 + i);
    const steps = c.bridge.length > 0 ? `SUM(${col}${firstStep}:${col}${lastStep})` : '0';
    let total = 0;
    for (const step of c.bridge) total += step.effect[n];
    b.formula(3 + i, totalRow, steps, total, money);
    b.formula(
      3 + i,
      afterRow,
      `${col}${beforeRow}+${col}${totalRow}`,
      c.npvBefore[n] + total,
      money,
    );
    const index = names_.indexOf(n);
    b.formula(
      3 + i,
      liveRow,
      `NPV(${schedule.monthlyDiscountRate},${schedule.options[index].total})`,
      result.options[index].npv,
      money,
    );
    b.formula(
      3 + i,
      checkRow,
      `IF(ABS(${col}${afterRow}-${col}${liveRow})<=${inputs.checkTolerance}*MAX(1,ABS(${col}${liveRow})),"equal","differs")`,
      'equal',
      { role: 'check' },
    );
  });
  row++;

  const focus = result.ranking.find((n) => names.includes(n));
  const charts: ChartModel[] = [];
  if (focus !== undefined) {
    const f = 3 + names.indexOf(focus);
    const col = columnLetters(f);
    const bars = bridgeBars(c, focus);
    b.value(1, row++, `Bridge chart data: ${focus}`, { role: 'header' });
    const head = ['Bar', 'Category', 'Running NPV', 'Base', 'NPV', 'Cost up', 'Cost down'];
    head.forEach((h, i) => b.value(1 + i, row, h, { role: 'header' }));
    row++;
    const first = row;
    const n = bars.categories.length;
    let running = c.npvBefore[focus];
    for (let k = 0; k < n; k++) {
      const r = first + k;
      const stepRow = firstStep + k - 1;
      b.value(1, r, k + 1, { role: 'label' });
      b.value(2, r, bars.categories[k], { role: 'label' });
      const isBefore = k === 0;
      const isAfter = k === n - 1;
      const effect = !isBefore && !isAfter ? c.bridge[k - 1].effect[focus] : 0;
      if (!isBefore && !isAfter) running += effect;
      const runningFormula = isBefore
        ? `${col}${beforeRow}`
        : isAfter
          ? `${col}${afterRow}`
          : `C${r - 1}+${col}${stepRow}`;
      b.formula(3, r, runningFormula, isAfter ? c.npvAfter[focus] : running, constant);
      b.formula(
        4,
        r,
        isBefore || isAfter ? '0' : `MIN(C${r - 1},C${r})`,
        bars.series[0].values[k],
        constant,
      );
      b.formula(5, r, isBefore || isAfter ? `C${r}` : '0', bars.series[1].values[k], constant);
      b.formula(
        6,
        r,
        isBefore || isAfter ? '0' : `MAX(${col}${stepRow},0)`,
        bars.series[2].values[k],
        constant,
      );
      b.formula(
        7,
        r,
        isBefore || isAfter ? '0' : `MAX(0-${col}${stepRow},0)`,
        bars.series[3].values[k],
        constant,
      );
    }
    const last = first + n - 1;
    charts.push({
      kind: 'stacked-bar',
      sheet: CHANGES,
      title: `NPV bridge: ${focus}`,
      from: cellRef(1, last + 2),
      to: cellRef(Math.max(7, 2 + names.length), last + 23),
      xTitle: 'NPV before, each change (Step k: the NPV bridge above), NPV after',
      yTitle: `NPV (${scenario.currency})`,
      valueFormat: wholeMoney(scenario.currency),
      categories: bars.categories,
      categoriesRef: absoluteRange(CHANGES, 2, first, last),
      series: bars.series.map((s, i) => ({
        name: s.name,
        ref: absoluteRange(CHANGES, 4 + i, first, last),
        values: s.values,
        color: s.color,
        hidden: s.hidden,
      })),
    });
  }
  return {
    name: CHANGES,
    cells: b.cells,
    columnWidths: [16, 30, ...names.map(() => 12)],
    rowHeights: { [headerRow]: 32 },
    print: { orientation: 'landscape', fit: 'width' },
    charts,
  };
}
