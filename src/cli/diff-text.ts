import type { ScenarioComparison } from '../analysis/npv-bridge';
import { moneyFormat } from '../text/format';
import { changeLabel, changeValue } from '../uncertainty/describe-change';
import { textTable } from './table';

/** The human view of `crossover diff`: inputs old -> new, options added and removed, the bridge. */
export function comparisonToText(
  c: ScenarioComparison,
  labels: { old: string; new: string; currency: string; kinds: ReadonlyMap<string, string> },
): string {
  const { kinds, currency } = labels;
  const label = (path: string) => changeLabel(kinds, path);
  const value = (path: string, v: unknown) => changeValue(kinds, path, v, currency);
  const money = moneyFormat(labels.currency, 0);
  const signed = (v: number) => (v > 0 ? `+${money(v)}` : v < 0 ? money(v) : money(0));
  const out: string[] = [`What changed: ${labels.old} -> ${labels.new}`, ''];
  if (c.added.length > 0) out.push(`Options added (not bridged): ${c.added.map(q).join(', ')}`);
  if (c.removed.length > 0)
    out.push(`Options removed (not bridged): ${c.removed.map(q).join(', ')}`);
  if (c.added.length + c.removed.length > 0) out.push('');
  if (c.changes.length === 0) {
    out.push('No input changed.');
  } else {
    out.push(`Changed inputs (${c.changes.length})`);
    out.push(
      textTable(
        ['Input', 'Old', 'New'],
        c.changes.map((ch) => [label(ch.path), value(ch.path, ch.old), value(ch.path, ch.new)]),
      ),
    );
  }
  const names = Object.keys(c.totalChange);
  if (names.length > 0) {
    out.push('');
    out.push('NPV bridge, one step per change (effect = NPV after the step - NPV before)');
    out.push(
      textTable(
        ['Step', ...names],
        [
          ['NPV before', ...names.map((n) => money(c.npvBefore[n]))],
          ...c.bridge.map((step) => [
            step.paths.map(label).join(' + '),
            ...names.map((n) => signed(step.effect[n])),
          ]),
          ['Total change', ...names.map((n) => signed(c.totalChange[n]))],
          ['NPV after', ...names.map((n) => money(c.npvAfter[n]))],
        ],
      ),
    );
  }
  out.push('');
  out.push(
    c.recommendationChanged
      ? `Recommendation changed: ${q(c.recommendationBefore)} before, ${q(c.recommendationAfter)} now.`
      : `Recommendation unchanged: ${q(c.recommendationAfter)}.`,
  );
  return out.join('\n');
}

const q = (name: string) => JSON.stringify(name);
