import { optionKinds } from '../uncertainty/describe-field';
import { bridgeBars } from '../analysis/bridge-bars';
import type { DeckSlide } from './deck-model';
import { changeLabel } from '../uncertainty/describe-change';
import { chart, MARGIN, slide, table, text, WIDTH, type Deck } from './slide-parts';
import type { ScenarioComparison } from '../analysis/npv-bridge';

// What changed since the old version (`--compare`): the NPV bridge and its steps in words.

/** What the deck compares with (`--compare OLD.json`): the bridge and the old file's name. */
export interface DeckCompare {
  comparison: ScenarioComparison;
  label: string;
}

const signed = (money: (v: number) => string, v: number) => (v > 0 ? `+${money(v)}` : money(v));

export function changesSlide(
  { scenario, result, money, moneyAxis }: Deck,
  compare: DeckCompare,
): DeckSlide {
  const c = compare.comparison;
  const names = Object.keys(c.totalChange);
  const kinds = optionKinds(scenario);
  const words = (paths: string[]) => paths.map((p) => changeLabel(kinds, p)).join(' + ');
  // The bridge of the best-ranked option both versions have (the recommendation when it is one).
  const focus = result.ranking.find((n) => names.includes(n));
  const lines = [
    c.recommendationChanged
      ? `Recommendation: ${c.recommendationBefore} before, ${c.recommendationAfter} now.`
      : `Recommendation unchanged: ${c.recommendationAfter}.`,
    ...(c.added.length ? [`Added: ${c.added.join(', ')}`] : []),
    ...(c.removed.length ? [`Removed: ${c.removed.join(', ')}`] : []),
  ];
  if (focus === undefined)
    return slide(
      'changes',
      `What changed since ${compare.label}`,
      ['No option is in both versions: nothing to bridge.'],
      {
        texts: [text({ text: lines.join('\n'), x: MARGIN, y: 1.5, w: WIDTH, h: 2 })],
      },
    );
  const bars = bridgeBars(c, focus);
  return slide(
    'changes',
    `What changed since ${compare.label}: ${focus}`,
    [
      `The bridge of ${focus}'s NPV from ${money(c.npvBefore[focus])} to ${money(c.npvAfter[focus])}: starting from the old scenario, each change is applied in the order it appears in the new file, and its effect is the NPV after it minus the NPV before (crossover diff --json, bridge).`,
      'The effects add up to the total change exactly. A change that alone would make the scenario invalid is merged with the following ones.',
      ...c.bridge.map(
        (s) => `${words(s.paths)} (${s.paths.join(' + ')}): ${money(s.effect[focus])}.`,
      ),
    ],
    {
      charts: [
        chart({
          kind: 'stacked-bar',
          title: `NPV bridge, ${result.currency}`,
          categories: bars.categories,
          series: bars.series,
          xTitle: 'Step',
          yTitle: `NPV (${result.currency})`,
          numberFormat: moneyAxis,
        }),
      ],
      texts: [text({ text: lines.join('\n'), x: 9.1, y: 1.3, w: 3.733, h: 1.3, fontSize: 14 })],
      tables: [
        table(
          ['Step', 'NPV effect'],
          [2.483, 1.25],
          ['left', 'right'],
          c.bridge.map((s, i) => [`${i + 1}. ${words(s.paths)}`, signed(money, s.effect[focus])]),
          { x: 9.1, y: 2.7, rowHeight: 0.45, smallAbove: 0 },
        ),
      ],
    },
  );
}
