import type { ScenarioComparison } from './npv-bridge';

export interface BridgeBarSeries {
  name: string;
  values: number[];
  color: string;
  /** The invisible base that carries each step to the running NPV. */
  hidden?: boolean;
}

/**
 * A waterfall as stacked bars (native waterfall charts cannot be written everywhere): an
 * invisible base carries each step to where the running NPV stood, then a rise or a fall on top;
 * the first and last bars are the NPV before and after.
 */
export function bridgeBars(
  comparison: ScenarioComparison,
  option: string,
): { categories: string[]; series: BridgeBarSeries[] } {
  const steps = comparison.bridge;
  const categories = ['Before', ...steps.map((_, i) => `Step ${i + 1}`), 'After'];
  const base: number[] = [0];
  const rise: number[] = [0];
  const fall: number[] = [0];
  const level: number[] = [comparison.npvBefore[option]];
  let running = comparison.npvBefore[option];
  for (const step of steps) {
    const effect = step.effect[option];
    const next = running + effect;
    base.push(Math.min(running, next));
    rise.push(Math.max(effect, 0));
    fall.push(Math.max(-effect, 0));
    level.push(0);
    running = next;
  }
  base.push(0);
  rise.push(0);
  fall.push(0);
  level.push(comparison.npvAfter[option]);
  return {
    categories,
    series: [
      { name: ' ', values: base, color: 'FFFFFF', hidden: true },
      { name: 'NPV', values: level, color: '4E79A7' },
      { name: 'Cost up', values: rise, color: 'E15759' },
      { name: 'Cost down', values: fall, color: '59A14F' },
    ],
  };
}
