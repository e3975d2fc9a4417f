// The saturation warning of one option (resultWarnings), shown wherever the option is shown.
import { useMemo } from 'react';
import { resultWarnings } from '../../src/index';
import { useEvaluated } from './scenario-store';

/**
 * The warning for option `index` named `name`, from the last valid evaluation; null when its
 * count does not saturate, or when that evaluation's option at `index` is another one.
 */
export function useSaturation(index: number, name: string): string | null {
  const { scenario, result } = useEvaluated();
  const warnings = useMemo(() => resultWarnings(scenario, result), [scenario, result]);
  if (result.options[index]?.name !== name) return null;
  const own = warnings.find((w) => w.path === `options[${index}].overcount`);
  return own ? `${own.message[0].toUpperCase()}${own.message.slice(1)}.` : null;
}
