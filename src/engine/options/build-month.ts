import { buildRunCost } from './build';
import type { BuildOption } from '../model';

/** What one steady build month needs: its run costs, and the build cost with its amortization. */
export type SteadyBuildTerms = Pick<BuildOption, 'runFixedMonthly' | 'marginalPerContact'> & {
  buildCost?: number;
  amortizationMonths?: number;
};

/**
 * One steady-state month of in-house cost at a constant volume: run cost (fixed plus marginal
 * per contact) plus the build cost spread over the amortization months (none without a build
 * cost, one month without amortization months). No escalation, no residual human cost (that
 * belongs to the option's schedule, not to the build itself).
 */
export function buildSteadyMonth(contactsPerMonth: number, build: SteadyBuildTerms): number {
  const { buildCost = 0, amortizationMonths = 1 } = build;
  return buildRunCost(build, contactsPerMonth) + buildCost / amortizationMonths;
}
