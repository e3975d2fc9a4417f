import { monthlyFactor, monthlyStep } from './time';

/** The vendor's overcount ratio in month m: k0 * (1 + D)^((m - 1) / 12). */
export function overcountRatio(initialRatio: number, driftAnnual: number, month: number): number {
  return initialRatio * monthlyFactor(driftAnnual, month);
}

/**
 * The flat price discount that leaves the buyer paying, per outcome it defines, what it would
 * pay if the classifier never drifted: 1 - sum f_G / sum f_G * f_D over months 1..T.
 */
export function driftDiscount(driftAnnual: number, termMonths: number, growthAnnual = 0): number {
  const volumeStep = monthlyStep(growthAnnual);
  const driftStep = monthlyStep(driftAnnual);
  let volume = 1; // f_G(m)
  let drift = 1; // f_D(m)
  let undrifted = 0;
  let drifted = 0;
  for (let m = 1; m <= termMonths; m++, volume *= volumeStep, drift *= driftStep) {
    undrifted += volume;
    drifted += volume * drift;
  }
  return 1 - undrifted / drifted;
}
