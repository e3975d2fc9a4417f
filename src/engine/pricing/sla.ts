export interface Sla {
  guaranteedResolutionRate: number;
  creditRate: number;
}

/** Credit against usage when the vendor resolves less than it guaranteed. */
export function slaCredit(
  usage: number,
  resolutionRate: number,
  live: boolean,
  sla: Sla | undefined,
): number {
  return sla && live && resolutionRate < sla.guaranteedResolutionRate ? sla.creditRate * usage : 0;
}
