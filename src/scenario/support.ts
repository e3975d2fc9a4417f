import type { UncertaintyInput } from './uncertainty-schema';

/** How far either side of the mean a normal input reaches. */
export const NORMAL_SUPPORT_SDS = 4;

/** [low, high] of a distribution; a normal's is mean +- 4 sd. */
export function supportOf(input: UncertaintyInput): [number, number] {
  if (input.dist === 'normal') {
    return [input.mean - NORMAL_SUPPORT_SDS * input.sd, input.mean + NORMAL_SUPPORT_SDS * input.sd];
  }
  return [input.low, input.high];
}
