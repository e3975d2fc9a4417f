import { baselineMonth, residualCost } from '../demand';
import { cappedMonth } from '../cap';
import { yearEndTrueUp } from '../commitment';
import { gainShareFee } from '../gain-share';
import { prepaidMonth } from '../prepaid';
import { chargeableUnits } from '../pricing/allowance';
import { phaseFactor } from '../pricing/phases';
import { lockedUsage } from '../pricing/price-lock';
import { priceAt, unitsBilled, vendorTerms, type VendorTerms } from '../pricing/terms';
import { scheduleToFill, type Schedule } from '../schedule';
import type { VendorOption } from '../model';
import { anniversaryFactor, closesContractYear, monthlyStep, opensContractYear } from '../time';
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
  t: VendorTerms = vendorTerms(option),
): Schedule {
  const { contacts: contactsOf, humanCost } = demand;
  const months = contactsOf.length;
  const s = scheduleToFill(months, out);
  if (s.contacts !== contactsOf) s.contacts.set(contactsOf);
  const {
    trueOutcomes,
    vendorCountedOutcomes,
    billedUnits,
    usage: usageLine,
    residual: residualLine,
  } = s;
  const { slaCredit, platform: platformLine, trueUp: trueUpLine, gainShare: gainShareLine } = s;
  const { vendorCharges, total } = s;
  const r = t.resolutionRate;
  const { phases, priceLock } = t;

  const driftStep = monthlyStep(t.driftAnnual);
  const prepaid = t.prepaid ? { value: 0 } : null; // the prepaid balance
  let drift = 1; // f_D(m)
  let escalation = 1; // e[m], changes at each anniversary
  let unitsThisYear = 0; // chargeable units since the anniversary (year-to-date tiers)
  let chargedThisYear = 0; // usage charged since the anniversary (the cap)
  let spendThisYear = 0; // usage + platform since the anniversary (the commitment)
  // one pass: every line of month m depends only on months 1..m; each is written as it is known,
  // and the lines a term never charges are left as scheduleToFill zeroed them
  for (let i = 0; i < months; i++, drift *= driftStep) {
    const m = i + 1;
    const contacts = contactsOf[i];
    const live = m > t.onboardingMonths;
    const outcomes = (trueOutcomes[i] = live ? r * contacts : 0);
    const counted = countedOutcomes(live, contacts, outcomes, t.initialRatio * drift);
    vendorCountedOutcomes[i] = counted;
    const units = (billedUnits[i] = unitsBilled(t, live, contacts, counted));
    if (opensContractYear(m)) {
      escalation = anniversaryFactor(t.escalatorAnnual, m);
      unitsThisYear = 0;
      chargedThisYear = 0;
      spendThisYear = 0;
    }
    const chargeable = chargeableUnits(units, t.includedUnitsPerMonth);
    const price = priceAt(t, chargeable, m, unitsThisYear) * escalation;
    const beforeCredit = phases ? price * phaseFactor(phases, m) : price;
    unitsThisYear += chargeable;
    const credit = live ? t.slaCreditRate * beforeCredit : 0;
    if (t.slaCreditRate !== 0) slaCredit[i] = credit;
    // owed after the lock, then charged under the cap
    const owed = priceLock
      ? lockedUsage(beforeCredit - credit, priceLock, m)
      : beforeCredit - credit;
    const usage = t.hasCap ? cappedMonth(owed, t.annualCap, chargedThisYear) : owed;
    usageLine[i] = usage;
    chargedThisYear += usage;
    const platform = t.platformFeeMonthly * escalation;
    if (platform !== 0) platformLine[i] = platform;
    const residual = (residualLine[i] = residualCost(contacts, outcomes, humanCost[i]));
    let trueUp = 0;
    if (t.hasCommit) {
      spendThisYear += usage + platform;
      if (closesContractYear(m, months))
        trueUp = yearEndTrueUp(t.annualCommit, m, months, spendThisYear);
      trueUpLine[i] = trueUp;
    }
    if (prepaid) prepaidMonth(t.prepaid!, prepaid, usage, m, months, s);
    let gainShare = 0;
    if (t.hasGainShare) {
      const baseline = baselineMonth(contacts, humanCost[i]);
      gainShare = gainShareFee(baseline, usage + platform + residual, t.gainShare);
      gainShareLine[i] = gainShare;
    }
    const usagePaid = prepaid ? s.prepayment[i] + usage - s.prepaidDrawn[i] : usage;
    const oneTime = i === 0 ? t.oneTimeFee : 0;
    if (oneTime !== 0) s.oneTime[i] = oneTime;
    const charges = (vendorCharges[i] = usagePaid + platform + oneTime + gainShare + trueUp);
    if (t.oversightMonthly !== 0) s.oversight[i] = t.oversightMonthly;
    total[i] = charges + residual + t.oversightMonthly;
  }
  return s;
}
