import { baselineMonth, residualCost } from '../demand';
import { capInPlace } from '../cap';
import { trueUps } from '../commitment';
import { gainShareFee } from '../gain-share';
import { prepaidDrawdown } from '../prepaid';
import { chargeableUnits } from '../pricing/allowance';
import { phaseFactor } from '../pricing/phases';
import { lockedUsage } from '../pricing/price-lock';
import { priceAt, unitsBilled, vendorTerms } from '../pricing/terms';
import { scheduleToFill, type Schedule } from '../schedule';
import type { VendorOption } from '../scenario/schema';
import { anniversaryFactor, monthlyStep, opensContractYear } from '../time';
import type { DemandSeries } from './demand-series';
import { countedOutcomes } from './vendor-month';

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
  const t = vendorTerms(option);
  const { contacts: contactsOf, humanCost } = demand;
  const r = t.resolutionRate;
  const { phases, priceLock } = t;

  const driftStep = monthlyStep(t.driftAnnual);
  let drift = 1; // f_D(m)
  let escalation = 1; // e[m], changes at each anniversary
  let unitsThisYear = 0; // chargeable units since the anniversary (year-to-date tiers)
  for (let i = 0; i < months; i++, drift *= driftStep) {
    const m = i + 1;
    const contacts = contactsOf[i];
    const live = m > t.onboardingMonths;
    const outcomes = live ? r * contacts : 0;
    const counted = countedOutcomes(live, contacts, outcomes, t.initialRatio * drift);
    const units = unitsBilled(t, live, contacts, counted);
    if (opensContractYear(m)) {
      escalation = anniversaryFactor(t.escalatorAnnual, m);
      unitsThisYear = 0;
    }
    const chargeable = chargeableUnits(units, t.includedUnitsPerMonth);
    const price = priceAt(t, chargeable, m, unitsThisYear) * escalation;
    const usage = phases ? price * phaseFactor(phases, m) : price;
    unitsThisYear += chargeable;
    const credit = live ? t.slaCreditRate * usage : 0;

    s.contacts[i] = contacts;
    s.trueOutcomes[i] = outcomes;
    s.vendorCountedOutcomes[i] = counted;
    s.billedUnits[i] = units;
    s.slaCredit[i] = credit;
    // owed after the lock; the cap below turns it into what is charged
    s.usage[i] = priceLock ? lockedUsage(usage - credit, priceLock, m) : usage - credit;
    s.platform[i] = t.platformFeeMonthly * escalation;
    s.residual[i] = residualCost(contacts, outcomes, humanCost[i]);
    s.oversight[i] = t.oversightMonthly;
  }
  if (months > 0) s.oneTime[0] = t.oneTimeFee;

  if (t.hasCap) capInPlace(s.usage, t.annualCap);
  if (t.hasCommit) {
    // the counted spend is written into the true-up column, which trueUps overwrites in place
    for (let i = 0; i < months; i++) s.trueUp[i] = s.usage[i] + s.platform[i];
    trueUps(s.trueUp, t.annualCommit, s.trueUp);
  }
  if (t.prepaid) prepaidDrawdown(s.usage, t.prepaid, s);

  for (let i = 0; i < months; i++) {
    if (t.hasGainShare) {
      const baseline = baselineMonth(contactsOf[i], humanCost[i]);
      s.gainShare[i] = gainShareFee(
        baseline,
        s.usage[i] + s.platform[i] + s.residual[i],
        t.gainShare,
      );
    }
    const usagePaid = s.prepayment[i] + s.usage[i] - s.prepaidDrawn[i];
    s.vendorCharges[i] = usagePaid + s.platform[i] + s.oneTime[i] + s.gainShare[i] + s.trueUp[i];
    s.total[i] = s.vendorCharges[i] + s.residual[i] + s.oversight[i];
  }
  return s;
}
