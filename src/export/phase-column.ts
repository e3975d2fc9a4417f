import { phaseFactor } from '../engine/pricing/phases';
import type { Phase } from '../engine/model';
import type { PhaseRefs } from './vendor-term-inputs';
import { RATIO } from './number-formats';
import type { ScheduleColumn } from './schedule-column';

/**
 * Phases (DOMAIN.md "More vendor terms"): the price factor of the phase holding the month (phases
 * run back to back from month 1, onboarding included), 1 after the last.
 */
export function phaseFactorColumn(
  phases: readonly Phase[],
  refs: readonly PhaseRefs[],
): ScheduleColumn {
  return {
    key: 'phaseFactor',
    header: 'Phase price factor',
    numFmt: RATIO,
    formula: (c) => {
      let formula = '';
      let end = '';
      refs.forEach((p) => {
        end = end ? `${end}+${p.months}` : p.months;
        formula += `IF($A${c.row}<=${end},${p.priceFactor},`;
      });
      return `${formula}1${')'.repeat(refs.length)}`;
    },
    value: (m) => phaseFactor(phases, m),
  };
}
