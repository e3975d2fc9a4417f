import fc from 'fast-check';

/**
 * Random well-typed definitions over the generator's columns and the timestamp columns
 * withTimestampColumns adds (opened_at, closed_at, reopened_at): arithmetic, text, `in` and
 * `not in`, dates, timestamps, a date beside a timestamp, and days_between over all of them.
 */
const TIMES = ['period', 'closed_on', 'opened_at', 'closed_at', 'reopened_at'];
const daysBetween = fc
  .tuple(fc.constantFrom(...TIMES), fc.constantFrom(...TIMES))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => `days_between(${a}, ${b})`);
const numberTerm = fc.oneof(
  fc.constantFrom('csat', 'reopen_days', 'vendor_billed', 'days_between(period, closed_on)'),
  daysBetween,
  fc.integer({ min: -3, max: 40 }).map(String),
  fc.constantFrom('0.5', '2.25', '14'),
);
const numberExpr = fc.oneof(
  { weight: 3, arbitrary: numberTerm },
  {
    weight: 1,
    arbitrary: fc
      .tuple(numberTerm, fc.constantFrom('+', '-', '*', '/'), numberTerm)
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
  },
  { weight: 1, arbitrary: numberTerm.map((a) => `coalesce(${a}, 99)`) },
);
const TEXTS = ['"closed"', '"open"', '"Open"', '"chat"', '"EMAIL"', '"pending"', '"voice"'];
const membership = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('status', 'lower(status)', 'channel', 'upper(channel)'),
      fc.constantFrom('in', 'not in'),
      fc.uniqueArray(fc.constantFrom(...TEXTS), { minLength: 1, maxLength: 3 }),
    )
    .map(([a, op, list]) => `${a} ${op} (${list.join(', ')})`),
  fc
    .tuple(
      fc.constantFrom('csat', 'reopen_days', 'days_between(closed_at, reopened_at)'),
      fc.constantFrom('in', 'not in'),
      fc.uniqueArray(fc.integer({ min: -1, max: 16 }), { minLength: 1, maxLength: 4 }),
    )
    .map(([a, op, list]) => `${a} ${op} (${list.join(', ')})`),
);
const atom = fc.oneof(
  fc
    .tuple(numberExpr, fc.constantFrom('==', '!=', '<', '<=', '>', '>='), numberExpr)
    .map(([a, op, b]) => `${a} ${op} ${b}`),
  fc
    .tuple(
      fc.constantFrom('status', 'lower(status)', 'channel', 'upper(channel)'),
      fc.constantFrom('==', '!='),
      fc.constantFrom(...TEXTS),
    )
    .map(([a, op, b]) => `${a} ${op} ${b}`),
  membership,
  fc
    .constantFrom('reopen_days', 'csat', 'closed_on', 'status', 'reopened_at', 'closed_at')
    .map((c) => `isblank(${c})`),
  fc
    .tuple(
      fc.constantFrom(...TIMES),
      fc.constantFrom('<', '>=', '==', '!='),
      fc.constantFrom('"2024-02-10"', '"2024-04-01"', '"2024-03-31"'),
    )
    .map(([a, op, b]) => `${a} ${op} ${b}`),
  fc
    .tuple(
      fc.constantFrom(...TIMES),
      fc.constantFrom('<', '<=', '==', '>'),
      fc.constantFrom(...TIMES),
    )
    .filter(([a, , b]) => a !== b)
    .map(([a, op, b]) => `${a} ${op} ${b}`),
);
export const condition: fc.Arbitrary<string> = fc.letrec<{ c: string }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    tie('c').map((c) => `not (${c})`),
    fc
      .tuple(tie('c'), fc.constantFrom('and', 'or'), tie('c'))
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
  ),
})).c;
