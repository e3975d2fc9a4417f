// The draft's `uncertainty.correlations`, read and rewritten as the Risk tab edits it: pairs of
// ranges by their index in `uncertainty.inputs`.
import { getAt, type Draft } from '../state/draft';

export interface DraftCorrelation {
  between: unknown;
  rho: unknown;
}

export const correlationsOf = (draft: Draft): DraftCorrelation[] => {
  const list = getAt(draft, ['uncertainty', 'correlations']);
  return Array.isArray(list) ? (list as DraftCorrelation[]) : [];
};

/**
 * The block with its correlations replaced: the key dropped when the last pair goes, and left as
 * it was (absent, or an empty list the user wrote) when there were none.
 */
export function withCorrelations(draft: Draft, next: DraftCorrelation[]): Draft {
  const block = { ...(draft.uncertainty as Record<string, unknown>) };
  if (next.length > 0) block.correlations = next;
  else if (correlationsOf(draft).length > 0) delete block.correlations;
  return { ...draft, uncertainty: block };
}

/**
 * The correlations once input `index` is removed: its pairs go with it, and the indices above
 * it move down one, so every other pair still names the ranges it named.
 */
export function correlationsWithout(list: DraftCorrelation[], index: number): DraftCorrelation[] {
  return list
    .filter((c) => !(Array.isArray(c.between) && c.between.includes(index)))
    .map((c) =>
      Array.isArray(c.between)
        ? {
            ...c,
            between: c.between.map((j: unknown) =>
              typeof j === 'number' && j > index ? j - 1 : j,
            ),
          }
        : c,
    );
}
