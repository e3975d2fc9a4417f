import fc from 'fast-check';

/** Random well-typed definitions over the generator's columns. */
const numberTerm = fc.oneof(
  fc.constantFrom('csat', 'reopen_days', 'vendor_billed', 'days_between(period, closed_on)'),
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
const atom = fc.oneof(
  fc
    .tuple(numberExpr, fc.constantFrom('==', '!=', '<', '<=', '>', '>='), numberExpr)
    .map(([a, op, b]) => `${a} ${op} ${b}`),
  fc
    .tuple(
      fc.constantFrom('status', 'lower(status)', 'channel', 'upper(channel)'),
      fc.constantFrom('==', '!='),
      fc.constantFrom('"closed"', '"open"', '"Open"', '"chat"', '"EMAIL"', '"pending"'),
    )
    .map(([a, op, b]) => `${a} ${op} ${b}`),
  fc.constantFrom('reopen_days', 'csat', 'closed_on', 'status').map((c) => `isblank(${c})`),
  fc
    .tuple(
      fc.constantFrom('period', 'closed_on'),
      fc.constantFrom('<', '>='),
      fc.constantFrom('"2024-02-10"', '"2024-04-01"'),
    )
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
