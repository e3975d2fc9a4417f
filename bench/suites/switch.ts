import { runBundled } from '../run-bundled';
import type { Figure } from '../run';

/** The switch search of a buy-then-build option: every month 1..H+1, on the bundled engine. */
export default async function switchSearch(): Promise<Figure[]> {
  const f = runBundled<{ ms240: number; ms36: number; bestMonth240: number | null }>(
    'switch-workload',
    'switchFigures',
  );
  return [
    {
      name: 'buy-then-build scenario with the switch search, 240 months (bundled)',
      value: f.ms240,
      unit: 'ms',
      budget: '<= 100',
    },
    { name: 'the same scenario over 36 months', value: f.ms36, unit: 'ms' },
    { name: 'best switch month found over 240 months', value: f.bestMonth240 ?? 0, unit: 'month' },
  ];
}
