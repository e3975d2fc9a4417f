import { buildRunCost } from './options/build';

/**
 * One steady-state month of in-house cost at a constant volume: run cost (fixed plus marginal
 * per contact) plus the build cost spread over the amortization months. No escalation, no
 * residual human cost (that belongs to the option's schedule, not to the build itself).
 */
export function buildSteadyMonth(
  contactsPerMonth: number,
  runFixedMonthly: number,
  marginalPerContact: number,
  buildCost = 0,
  amortizationMonths = 1,
): number {
  return (
    buildRunCost({ runFixedMonthly, marginalPerContact }, contactsPerMonth) +
    buildCost / amortizationMonths
  );
}
