// The shipped example scenarios; the first is the default.
import capitalisedBuild from '../../examples/capitalised-build.json';
import gainShareOffer from '../../examples/gain-share-offer.json';
import highVolumeBuildWins from '../../examples/high-volume-build-wins.json';
import ruleOfThumbDisagrees from '../../examples/rule-of-thumb-disagrees.json';
import seatsAndSeries from '../../examples/seats-and-series.json';
import supportTeam from '../../examples/support-team.json';
import type { Draft } from './draft';

export interface Example {
  id: string;
  draft: Draft;
}

const strip = (example: Record<string, unknown>): Draft => {
  const copy = structuredClone(example);
  delete copy.$schema;
  return copy;
};

export const EXAMPLES: Example[] = [
  { id: 'support-team', draft: strip(supportTeam) },
  { id: 'gain-share-offer', draft: strip(gainShareOffer) },
  { id: 'high-volume-build-wins', draft: strip(highVolumeBuildWins) },
  { id: 'rule-of-thumb-disagrees', draft: strip(ruleOfThumbDisagrees) },
  { id: 'seats-and-series', draft: strip(seatsAndSeries) },
  { id: 'capitalised-build', draft: strip(capitalisedBuild) },
];

export function defaultDraft(): Draft {
  return structuredClone(EXAMPLES[0].draft);
}
