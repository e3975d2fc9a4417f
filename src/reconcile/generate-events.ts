import { overcountRatio } from '../engine/drift';
import { dayToIso, isoToDay } from './table/dates';
import { seededRandom as random } from '../math/seeded-random';

export interface EventGeneratorSettings {
  seed: number;
  /** first month, `YYYY-MM` */
  startMonth: string;
  months: number;
  contactsPerMonth: number;
  /** share of contacts that meet the buyer's definition (closed, not reopened within 14 days, CSAT >= 4) */
  outcomeShare: number;
  /** the vendor classifier's overcount ratio k0 in the first month */
  initialRatio: number;
  /** its annual drift D: k(m) = k0 * (1 + D)^((m - 1) / 12) */
  driftAnnual: number;
  /** chance the vendor bills a true outcome */
  billedWhenOutcome: number;
  /**
   * true: each month holds exactly the expected counts (rounded so that the totals are exact),
   * shuffled among its rows; false: every row is an independent draw.
   */
  exact: boolean;
  /**
   * In exact mode, month-to-month scatter of the ratio (standard deviation of its log), rescaled
   * so that the year's total stays exact; 0 puts every month on the curve.
   */
  noise?: number;
}

export const EVENT_COLUMNS = [
  'contact_id',
  'period',
  'channel',
  'status',
  'reopen_days',
  'csat',
  'closed_on',
  'vendor_billed',
] as const;

/** The definition the generator's outcomes follow. */
export const GENERATOR_DEFINITION =
  'status == "closed" and (isblank(reopen_days) or reopen_days > 14) and csat >= 4';

/** Exactly `count` of `n` slots set, chosen at random. */
function chooseExactly(n: number, count: number, rand: () => number): Uint8Array {
  const flags = new Uint8Array(n);
  flags.fill(1, 0, count);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [flags[i], flags[j]] = [flags[j], flags[i]];
  }
  return flags;
}

function draw(n: number, p: number, rand: () => number): Uint8Array {
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) flags[i] = rand() < p ? 1 : 0;
  return flags;
}

/**
 * Billed counts per month in exact mode: k(m) x outcomes, scattered by `noise`, rescaled so the
 * total is the expected total, and rounded cumulatively so the rounded months add up exactly.
 */
function exactVendorCounts(settings: EventGeneratorSettings, rand: () => number): number[] {
  const outcomes = Math.round(settings.contactsPerMonth * settings.outcomeShare);
  const expected = Array.from(
    { length: settings.months },
    (_, i) => overcountRatio(settings.initialRatio, settings.driftAnnual, i + 1) * outcomes,
  );
  const noisy = expected.map((e) => {
    const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    return e * Math.exp((settings.noise ?? 0) * z);
  });
  const scale = expected.reduce((s, v) => s + v, 0) / noisy.reduce((s, v) => s + v, 0);
  const counts: number[] = [];
  let cumulative = 0;
  let written = 0;
  for (const value of noisy) {
    cumulative += value * scale;
    counts.push(Math.round(cumulative) - written);
    written += counts[counts.length - 1];
  }
  return counts;
}

/** The chance a non-outcome is billed so that billed / outcomes = k on average. */
export function falsePositiveRate(settings: EventGeneratorSettings, k: number): number {
  const r = settings.outcomeShare;
  const q = ((k - settings.billedWhenOutcome) * r) / (1 - r);
  if (!(q >= 0 && q <= 1))
    throw new Error(
      `the generator cannot reach an overcount ratio of ${k.toFixed(3)} with outcomeShare ${r} and billedWhenOutcome ${settings.billedWhenOutcome}`,
    );
  return q;
}

function monthStart(startMonth: string, offset: number): { first: number; days: number } {
  const [year, month] = startMonth.split('-').map(Number);
  const first = isoToDay(
    new Date(Date.UTC(year, month - 1 + offset, 1)).toISOString().slice(0, 10),
  )!;
  const next = isoToDay(new Date(Date.UTC(year, month + offset, 1)).toISOString().slice(0, 10))!;
  return { first, days: next - first };
}

const pick = <T>(rand: () => number, items: readonly T[]) =>
  items[Math.floor(rand() * items.length)];

function row(
  id: number,
  day: number,
  outcome: boolean,
  billed: boolean,
  rand: () => number,
): string {
  const u = rand();
  const channel = u < 0.55 ? 'chat' : u < 0.85 ? 'email' : 'voice';
  let status = 'closed';
  let reopen = '';
  let csat = '';
  if (outcome) {
    if (rand() < 0.15) reopen = String(15 + Math.floor(rand() * 46));
    csat = rand() < 0.6 ? '5' : '4';
  } else {
    const why = rand();
    if (why < 0.3) status = pick(rand, ['open', 'pending', 'escalated', 'Open']);
    else if (why < 0.55) {
      reopen = String(Math.floor(rand() * 15));
      csat = String(1 + Math.floor(rand() * 5));
    } else if (why < 0.85) csat = String(1 + Math.floor(rand() * 3));
    // else: closed, never reopened, no survey answer: blank CSAT, not an outcome
  }
  const closedOn = status === 'closed' ? dayToIso(day + Math.floor(rand() * 6)) : '';
  return `${id},${dayToIso(day)},${channel},${status},${reopen},${csat},${closedOn},${billed ? 1 : 0}`;
}

/**
 * Writes a realistic event export, one contact a row, through `write` in chunks of lines.
 * Outcomes follow GENERATOR_DEFINITION; the vendor's billed flag comes from a classifier that
 * bills most outcomes and, increasingly, non-outcomes, so that billed / outcomes follows
 * k0 * (1 + D)^((m - 1) / 12).
 */
export function generateEvents(
  settings: EventGeneratorSettings,
  write: (chunk: string) => void,
): void {
  const rand = random(settings.seed);
  write(`${EVENT_COLUMNS.join(',')}\n`);
  let id = 1;
  const vendorTargets = settings.exact ? exactVendorCounts(settings, rand) : [];
  for (let m = 1; m <= settings.months; m++) {
    const n = settings.contactsPerMonth;
    const { first, days } = monthStart(settings.startMonth, m - 1);
    let outcome: Uint8Array;
    let billed: Uint8Array;
    if (settings.exact) {
      const outcomes = Math.round(n * settings.outcomeShare);
      outcome = chooseExactly(n, outcomes, rand);
      const vendor = vendorTargets[m - 1];
      const truePositives = Math.min(
        outcomes,
        vendor,
        Math.round(outcomes * settings.billedWhenOutcome),
      );
      const onOutcomes = chooseExactly(outcomes, truePositives, rand);
      const onOthers = chooseExactly(n - outcomes, vendor - truePositives, rand);
      billed = new Uint8Array(n);
      let o = 0;
      let other = 0;
      for (let i = 0; i < n; i++) billed[i] = outcome[i] ? onOutcomes[o++] : onOthers[other++];
    } else {
      const q = falsePositiveRate(
        settings,
        overcountRatio(settings.initialRatio, settings.driftAnnual, m),
      );
      outcome = draw(n, settings.outcomeShare, rand);
      billed = new Uint8Array(n);
      for (let i = 0; i < n; i++)
        billed[i] = rand() < (outcome[i] ? settings.billedWhenOutcome : q) ? 1 : 0;
    }
    let chunk = '';
    for (let i = 0; i < n; i++) {
      const day = first + Math.floor(rand() * days);
      chunk += `${row(id++, day, outcome[i] === 1, billed[i] === 1, rand)}\n`;
      if (chunk.length > 1 << 20) {
        write(chunk);
        chunk = '';
      }
    }
    write(chunk);
  }
}

/** The example in examples/events: 41,000 billed resolutions against 27,000 by the buyer's rule. */
export const SUPPORT_DESK_EXAMPLE: EventGeneratorSettings = {
  seed: 20260114,
  startMonth: '2025-01',
  months: 12,
  contactsPerMonth: 4500,
  outcomeShare: 0.5,
  driftAnnual: 0.25,
  // k0 such that sum over the year of k0 * 1.25^((m - 1) / 12) * 2,250 = 41,000
  initialRatio: 41_000 / (2250 * [...Array(12).keys()].reduce((s, i) => s + 1.25 ** (i / 12), 0)),
  billedWhenOutcome: 0.97,
  exact: true,
  noise: 0.02,
};
