import { capInPlace } from '../cap';
import { trueUps } from '../commitment';
import { gainShareFee } from '../gain-share';
import { prepaidDrawdown } from '../prepaid';
import { chargeableUnits } from '../pricing/allowance';
import { phaseFactor } from '../pricing/phases';
import { lockedUsage } from '../pricing/price-lock';
import { slaCredit } from '../pricing/sla';
import { billedUnits } from '../pricing/units';
import { scheduleToFill, type Schedule } from '../schedule';
import type { VendorOption } from '../scenario/schema';
import { anniversaryFactor, monthlyStep } from '../time';
import type { DemandSeries } from './demand-series';
import { countedOutcomes, priceOfMonth } from './vendor-month';

/**
 * A vendor bid month by month. The order is fixed by DOMAIN.md: allowance, price (classes),
 * escalation, phase factor, SLA credit, price lock, cap, then commitment or prepaid drawdown;
 * gain-share is neither capped nor counted toward the commitment.
 */
export function vendorSchedule(
  option: VendorOption,
  demand: DemandSeries,
  out?: Schedule,
): Schedule {
  const months = demand.contacts.length;
  const s = scheduleToFill(months, out);
  const { charges, resolutionRate: r, overcount } = option;

  const driftStep = monthlyStep(overcount.driftAnnual);
  let drift = 1; // f_D(m)
  let escalation = 1; // e[m], changes at each anniversary
  let unitsThisYear = 0; // chargeable units since the anniversary (year-to-date tiers)
  for (let i = 0; i < months; i++, drift *= driftStep) {
    const m = i + 1;
    const contacts = demand.contacts[i];
    const live = m > option.onboardingMonths;
    const outcomes = live ? r * contacts : 0;
    const counted = countedOutcomes(live, contacts, outcomes, overcount.initialRatio * drift);
    const units = billedUnits(charges, live, contacts, counted);
    if (i % 12 === 0) {
      escalation = anniversaryFactor(charges.escalatorAnnual, m);
      unitsThisYear = 0;
    }
    const chargeable = chargeableUnits(units, charges.includedUnitsPerMonth);
    const usage =
      priceOfMonth(charges, chargeable, m, unitsThisYear) *
      escalation *
      phaseFactor(charges.phases, m);
    unitsThisYear += chargeable;
    const credit = slaCredit(usage, r, live, charges.sla);

    s.contacts[i] = contacts;
    s.trueOutcomes[i] = outcomes;
    s.vendorCountedOutcomes[i] = counted;
    s.billedUnits[i] = units;
    s.slaCredit[i] = credit;
    // owed after the lock; the cap below turns it into what is charged
    s.usage[i] = lockedUsage(usage - credit, charges.priceLock, m);
    s.platform[i] = charges.platformFeeMonthly * escalation;
    s.oneTime[i] = m === 1 ? charges.oneTimeFee : 0;
    s.residual[i] = (contacts - outcomes) * demand.humanCost[i];
    s.oversight[i] = option.oversightMonthly;
  }

  capInPlace(s.usage, charges.annualCap ?? null);
  if (charges.annualCommit !== undefined) {
    const countedSpend = new Float64Array(months);
    for (let i = 0; i < months; i++) countedSpend[i] = s.usage[i] + s.platform[i];
    s.trueUp.set(trueUps(countedSpend, charges.annualCommit));
  }
  if (charges.prepaid) prepaidDrawdown(s.usage, charges.prepaid, s);

  for (let i = 0; i < months; i++) {
    if (charges.gainShare) {
      const baseline = demand.contacts[i] * demand.humanCost[i];
      s.gainShare[i] = gainShareFee(
        baseline,
        s.usage[i] + s.platform[i] + s.residual[i],
        charges.gainShare.share,
      );
    }
    const usagePaid = s.prepayment[i] + s.usage[i] - s.prepaidDrawn[i];
    s.vendorCharges[i] = usagePaid + s.platform[i] + s.oneTime[i] + s.gainShare[i] + s.trueUp[i];
    s.total[i] = s.vendorCharges[i] + s.residual[i] + s.oversight[i];
  }
  return s;
}
