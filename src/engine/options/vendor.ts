import { baselineMonth, residualCost } from '../demand';
import { yearEndTrueUp } from '../commitment';
import { baselinePerContactAt, gainShareFee } from '../gain-share';
import { prepaidMonth } from '../prepaid';
import { chargeableUnits } from '../pricing/allowance';
import { phaseFactor } from '../pricing/phases';
import { lockedUsage } from '../pricing/price-lock';
import { priceAt, unitsBilled, vendorTerms, type VendorTerms } from '../pricing/terms';
import { emptySchedule, type Schedule } from '../schedule';
import type { VendorOption } from '../model';
import { anniversaryFactor, closesContractYear, monthlyStep, opensContractYear } from '../time';
import type { DemandSeries } from './demand-series';
import { chargedUsage, countedOutcomes, monthCredit } from './vendor-month';

/**
 * A vendor bid month by month. The order is fixed by DOMAIN.md: allowance, price (classes),
 * escalation, phase factor, SLA credit, price lock, cap, then commitment or prepaid drawdown;
 * gain-share is neither capped nor counted toward the commitment. Written into `out` when given
 * (zeroed: see emptySchedule).
 */
export function vendorSchedule(
  option: VendorOption,
  demand: DemandSeries,
  out?: Schedule,
  t: VendorTerms = vendorTerms(option),
): Schedule {
  const { contacts: contactsOf, humanCost, wageFactor } = demand;
  const months = contactsOf.length;
  const s = out ?? emptySchedule(months);
  s.contacts.set(contactsOf);
  const { trueOutcomes, vendorCountedOutcomes, billedUnits, usage: usageLine } = s;
  const { slaCredit, platform: platformLine, oneTime: oneTimeLine, trueUp: trueUpLine } = s;
  const { gainShare: gainShareLine, residual: residualLine, oversight, vendorCharges, total } = s;
  const { prepayment, prepaidDrawn } = s;
  const r = t.resolutionRate;
  const { phases, priceLock } = t;

  const driftStep = monthlyStep(t.driftAnnual);
  const balance = { value: 0 }; // the prepaid balance
  let drift = 1; // f_D(m)
  let escalation = 1; // e[m], changes at each anniversary
  let unitsThisYear = 0; // chargeable units since the anniversary (year-to-date tiers)
  let chargedThisYear = 0; // usage charged since the anniversary (the cap)
  let spendThisYear = 0; // usage + platform since the anniversary (the commitment)
  // one pass: every line of month m depends only on months 1..m; each line the terms charge is
  // written in every month
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
    const credit = monthCredit(t, live, beforeCredit);
    slaCredit[i] = t.slaCreditRate !== 0 ? credit : 0;
    // owed after the lock, then charged under the cap
    const owed = priceLock
      ? lockedUsage(beforeCredit - credit, priceLock, m)
      : beforeCredit - credit;
    const usage = (usageLine[i] = chargedUsage(t, owed, chargedThisYear));
    chargedThisYear += usage;
    const platform = (platformLine[i] = t.platformFeeMonthly * escalation);
    const residual = (residualLine[i] = residualCost(contacts, outcomes, humanCost[i]));
    let trueUp = 0;
    if (t.hasCommit) {
      spendThisYear += usage + platform;
      if (closesContractYear(m, months))
        trueUp = yearEndTrueUp(t.annualCommit, m, months, spendThisYear);
    }
    trueUpLine[i] = trueUp;
    const gainShare = t.hasGainShare
      ? gainShareFee(
          baselineMonth(
            contacts,
            baselinePerContactAt(t.gainShareBaselinePerContact, humanCost[i], wageFactor[i]),
          ),
          usage + platform + residual,
          t.gainShare,
        )
      : 0;
    gainShareLine[i] = gainShare;
    let usagePaid = usage;
    if (t.prepaid) {
      prepaidMonth(t.prepaid, balance, usage, m, months, s);
      usagePaid = prepayment[i] + usage - prepaidDrawn[i];
    }
    const oneTime = (oneTimeLine[i] = i === 0 ? t.oneTimeFee : 0);
    const charges = (vendorCharges[i] = usagePaid + platform + oneTime + gainShare + trueUp);
    oversight[i] = t.oversightMonthly;
    total[i] = charges + residual + t.oversightMonthly;
  }
  return s;
}
