import { describe, expect, it } from 'vitest';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import { isoToMicros, microsToIso } from '../../src/reconcile/table/dates';
import { tableFromGrid } from '../../src/reconcile/table/from-grid';
import { inferType } from '../../src/reconcile/table/infer';
import { csvTable, refusal, rowsMatching } from './helpers';

// The forms issue 21 adds to the definition language, each checked on contacts worked by hand.
//  1 closed 2025-01-01 23:00 at -05:00 (04:00 UTC on the 2nd), reopened 14 days to the
//    microsecond later, written in UTC: 14 whole days
//  2 closed 2025-01-10 10:00 UTC, reopened a microsecond short of 14 days later: 13
//  3 closed 2025-01-10 10:00 UTC, reopened 2025-01-25 09:00 +02:00 (07:00 UTC): 14 days 21 hours
//  4 closed 2025-01-20 12:00 UTC, never reopened
//  5 closed 2025-01-20 (a date: midnight UTC), reopened 2025-01-19 12:00Z: -0.5 days, -1
//  6 open, no close time
const EVENTS = [
  'id,period,status,channel,csat,closed_at,reopened_at',
  '1,2025-01-01,closed,chat,5,2025-01-01T23:00:00-05:00,2025-01-16 04:00:00 UTC',
  '2,2025-01-10,closed,email,4,2025-01-10 10:00:00Z,2025-01-24T09:59:59.999999Z',
  '3,2025-01-10,Closed,voice,,2025-01-10T10:00:00Z,2025-01-25 09:00+02',
  '4,2025-01-20,closed,chat,3,2025-01-20T12:00,',
  '5,2025-01-20,pending,email,1,2025-01-20,2025-01-19T12:00:00Z',
  '6,2025-02-01,open,,,,',
].join('\n');
const table = csvTable(EVENTS);

/** Microseconds of a UTC ISO text, read by JavaScript's Date to the millisecond and the rest by hand. */
function utcMicros(iso: string): number {
  const micros = /\.\d{3}(\d{3})Z$/.exec(iso)?.[1] ?? '0';
  return Date.parse(iso.replace(/(\.\d{3})\d{3}Z$/, '$1Z')) * 1000 + Number(micros);
}

const refused = (definition: string) => refusal(table, definition);

describe('x in (...) and x not in (...)', () => {
  it.each([
    ['status in ("closed", "pending")', [1, 2, 4, 5]],
    ['status not in ("closed", "pending")', [3, 6]],
    ['lower(status) in ("closed")', [1, 2, 3, 4]],
    ['csat in (4, 5)', [1, 2]],
    ['csat not in (4, 5, -1)', [4, 5]],
    // a blank is unknown, in or not in, as SQL's IN is for NULL
    ['channel in ("chat", "email") or isblank(channel)', [1, 2, 4, 5, 6]],
    ['not (channel not in ("voice"))', [3]],
    ['status in ("closed") and csat in (5)', [1]],
  ])('%s', (definition, expected) => {
    expect(rowsMatching(table, definition)).toEqual(expected);
  });

  it.each([
    ['status in ()', 'the list after `in` is empty'],
    ['status in ("a", 1)', 'the list after `in` mixes text and numbers'],
    ['csat in ("4")', 'cannot compare a number with a list of strings'],
    ['status not in (channel)', 'the list after `not in` holds text or numbers written out'],
    ['status in channel', '`in` takes a list in brackets, as in `x in ("a", "b")`'],
    [
      'not status in ("open")',
      '`not` binds before `in`: `not x in (...)` reads as `(not x) in (...)`; write `x not in (...)`',
    ],
    ['closed_at in ("2025-01-10")', 'cannot compare a timestamp with a list of strings'],
  ])('%s is refused: %s', (definition, message) => {
    expect(refused(definition).message).toContain(message);
  });
});

describe('mistaken operators are answered with the one to write', () => {
  it.each([
    [
      'status = "closed"',
      '`=` compares nothing here: write `==` (at character 8; assignment is not allowed)',
      8,
    ],
    [
      'csat >= 4 && status == "closed"',
      'the operator `&&` is not allowed: write `and` (at character 11)',
      11,
    ],
    [
      'csat >= 4 || isblank(csat)',
      'the operator `||` is not allowed: write `or` (at character 11)',
      11,
    ],
    ['!isblank(csat)', 'the operator `!` is not allowed: write `not` (at character 1)', 1],
    ['csat <> 4', 'the operator `<>` is not allowed: write `!=` (at character 6)', 6],
    ['csat > 1 and x to y', 'the operator `to` is not allowed (at character 16)', 16],
  ])('%s', (definition, message, position) => {
    const error = refused(definition);
    expect(error.kind).toBe(position === 16 ? 'not-allowed' : 'mistaken-operator');
    expect(error.message).toContain(message);
    expect(error.position).toBe(position);
  });

  it('the first mistake in written order is the one named', () => {
    expect(refused('a || b && c = d').message).toContain('`||`');
  });

  it('==, !=, <=, >= and the characters inside quoted text are not mistakes', () => {
    expect(
      rowsMatching(table, 'status != "a = b && !c" and csat <= 5 and csat >= 4 and csat == csat'),
    ).toEqual([1, 2]);
  });
});

describe('timestamps', () => {
  it.each([
    ['2025-01-11 04:25:41 UTC', '2025-01-11T04:25:41Z'],
    ['2025-01-11T04:25:41Z', '2025-01-11T04:25:41Z'],
    ['2025-01-11 04:25:41+02:00', '2025-01-11T02:25:41Z'],
    ['2025-01-11T04:25:41-0530', '2025-01-11T09:55:41Z'],
    ['2025-01-11 01:25+05', '2025-01-10T20:25:00Z'],
    ['2025-01-11T04:25', '2025-01-11T04:25:00Z'],
    ['2025-01-11 04:25:41.1234567 UTC', '2025-01-11T04:25:41.123456Z'],
    ['2025-01-11', '2025-01-11T00:00:00Z'],
    ['0001-01-01 00:30-01:00', '0001-01-01T01:30:00Z'],
  ])('%s is the instant %s', (text, utc) => {
    expect(microsToIso(isoToMicros(text)!)).toBe(utc);
    expect(isoToMicros(text)).toBe(utcMicros(utc));
  });

  it.each([
    '2025-01-11T04:25:41 UTC',
    '2025-01-11 04:25:41 utc',
    '2025-01-11 04:25:41+02:',
    '2025-01-11 04:25:41+24:00',
    '0001-01-01 00:30+01:00',
    '9999-12-31T23:30-01:00',
  ])('%s is no date', (text) => {
    expect(isoToMicros(text)).toBeNull();
  });

  it('a column of dates and timestamps is a timestamp column; of dates only, a date column', () => {
    expect(inferType(['2025-01-11', '', '2025-01-12 10:00Z'])).toBe('timestamp');
    expect(inferType(['2025-01-11', '2025-01-12'])).toBe('date');
    expect(inferType(['2025-01-11 10:00Z', 'soon'])).toBe('string');
  });

  it('a timestamp period is counted in its UTC month, from a CSV and from a sheet', () => {
    const csv = [
      'period,vendor_billed',
      '2025-01-31T23:30:00-05:00,1',
      '2025-02-01 00:30:00+01:00,1',
      '2025-02-15,0',
    ].join('\n');
    const settings = reconcileSettings({ definition: 'true', price: 1 });
    const months = reconcileCsvText(csv, 'events.csv', settings).counts.map((m) => [
      m.month,
      m.contacts,
    ]);
    expect(months).toEqual([
      ['2025-01', 1],
      ['2025-02', 2],
    ]);
    const grid = tableFromGrid(
      [
        ['period', 'vendor_billed'],
        ['2025-01-31T23:30:00-05:00', 1],
        ['2025-02-01 00:30:00+01:00', 1],
      ],
      'the sheet table',
      'period',
    );
    expect(grid.columns[0].type).toBe('timestamp');
  });
});

describe('days_between over dates and timestamps', () => {
  it.each([
    // whole 24-hour days from closed_at to reopened_at, rounded down
    ['days_between(closed_at, reopened_at) == 14', [1, 3]],
    ['days_between(closed_at, reopened_at) == 13', [2]],
    ['days_between(closed_at, reopened_at) == -1', [5]],
    ['days_between(reopened_at, closed_at) == 0', [5]],
    // the example: not reopened within 14 days
    ['isblank(reopened_at) or days_between(closed_at, reopened_at) > 14', [4, 6]],
    ['isblank(reopened_at) or days_between(closed_at, reopened_at) >= 14', [1, 3, 4, 6]],
    // a date beside a timestamp is its midnight UTC
    ['days_between(period, closed_at) == 1', [1]],
    ['days_between(period, closed_at) == 0', [2, 3, 4, 5]],
    ['closed_at > period', [1, 2, 3, 4]],
    ['closed_at == period', [5]],
    ['closed_at >= "2025-01-20"', [4, 5]],
  ])('%s', (definition, expected) => {
    expect(rowsMatching(table, definition)).toEqual(expected);
  });

  it('needs dates or timestamps', () => {
    expect(refused('days_between(status, closed_at) > 1').message).toContain(
      'argument 1 of days_between must be a date or timestamp, not a string',
    );
    expect(refused('closed_at + 1 > 2').message).toContain(
      '`+` needs numbers, not a timestamp (use days_between)',
    );
  });
});

describe('the same on a sheet', () => {
  it('timestamp text cells from Excel are timestamps', () => {
    const grid = tableFromGrid(
      [
        ['period', 'closed_at', 'reopened_at', 'vendor_billed'],
        [45658, '2025-01-01T23:00:00-05:00', '2025-01-16 04:00:00 UTC', 1],
      ],
      'the sheet table',
      'period',
    );
    expect(grid.columns.map((c) => c.type)).toEqual(['date', 'timestamp', 'timestamp', 'number']);
    expect(rowsMatching(grid, 'days_between(closed_at, reopened_at) == 14')).toEqual([1]);
  });
});
