import { describe, expect, it } from 'vitest';
import { compileDefinition, matchRows } from '../../src/reconcile/definition/compile';
import { MAX_DEFINITION_LENGTH } from '../../src/reconcile/definition/limits';
import { schemaOf } from '../../src/reconcile/table/event-table';
import { count, csvTable, refusal, rowsMatching } from './helpers';

// Six contacts, checked by hand against each definition below.
//  1 closed, never reopened, csat 5          -> outcome
//  2 closed, reopened after 3 days, csat 5   -> not (reopened within 14)
//  3 closed, reopened after 20 days, csat 4  -> outcome
//  4 open, csat 5                            -> not (open)
//  5 closed, never reopened, no csat         -> not (unknown csat)
//  6 Closed (capitalised), never reopened, 4 -> outcome only under lower(status)
const EVENTS = [
  'id,period,status,reopen_days,csat,channel,opened,closed_on,escalated',
  '1,2025-01-03,closed,,5,chat,2025-01-01,2025-01-03,false',
  '2,2025-01-05,closed,3,5,email,2025-01-02,2025-01-05,true',
  '3,2025-01-09,closed,20,4,chat,2025-01-09,2025-01-09,false',
  '4,2025-02-01,open,,5,voice,2025-02-01,,false',
  '5,2025-02-03,closed,,,chat,2025-01-20,2025-02-03,',
  '6,2025-02-04,Closed,,4,email,2025-02-04,2025-02-10,true',
].join('\n');
const table = csvTable(EVENTS);
const BUYER = 'status == "closed" and (isblank(reopen_days) or reopen_days > 14) and csat >= 4';

const definitionError = (definition: string) => refusal(table, definition);

describe('definition evaluation against hand-computed counts', () => {
  it.each([
    [BUYER, [1, 3]],
    [
      'lower(status) == "closed" and (isblank(reopen_days) or reopen_days > 14) and csat >= 4',
      [1, 3, 6],
    ],
    ['status != "closed"', [4, 6]],
    ['csat >= 4', [1, 2, 3, 4, 6]],
    ['not (csat >= 4)', []],
    ['csat * 2 - 1 > 8', [1, 2, 4]],
    ['csat / 2 == 2.5', [1, 2, 4]],
    ['-csat < -4', [1, 2, 4]],
    ['channel == "chat" or channel == "voice"', [1, 3, 4, 5]],
    ['escalated', [2, 6]],
    ['escalated == false', [1, 3, 4]],
    ['days_between(opened, closed_on) >= 2', [1, 2, 5, 6]],
    ['period >= "2025-02-01"', [4, 5, 6]],
    ['period < "2025-01-06" and upper(channel) == "EMAIL"', [2]],
    ['coalesce(reopen_days, 999) > 14', [1, 3, 4, 5, 6]],
    ['abs(reopen_days - 10) < 8', [2]],
  ])('%s', (definition, expected) => {
    expect(rowsMatching(table, definition)).toEqual(expected);
  });
});

describe('blanks follow three-valued logic, as in SQL', () => {
  it('a comparison with a blank is unknown, and unknown rows are not counted', () => {
    // rows 1, 4, 5, 6 have no reopen_days: neither > 14 nor <= 14 holds for them
    expect(rowsMatching(table, 'reopen_days > 14')).toEqual([3]);
    expect(rowsMatching(table, 'reopen_days <= 14')).toEqual([2]);
    expect(rowsMatching(table, 'not (reopen_days > 14)')).toEqual([2]);
  });
  it('missing reopen_days means never reopened once the definition says so with isblank', () => {
    expect(rowsMatching(table, 'isblank(reopen_days) or reopen_days > 14')).toEqual([
      1, 3, 4, 5, 6,
    ]);
  });
  it('false and unknown is false; true or unknown is true', () => {
    expect(rowsMatching(table, 'status == "open" or csat >= 4')).toEqual([1, 2, 3, 4, 6]);
    expect(count(table, 'status == "nope" and reopen_days > 0')).toBe(0);
    expect(rowsMatching(table, 'status == "closed" or reopen_days > 100')).toEqual([1, 2, 3, 5]);
  });
  it('blank text and blank booleans are blanks too', () => {
    expect(rowsMatching(table, 'isblank(closed_on)')).toEqual([4]);
    expect(rowsMatching(table, 'isblank(escalated)')).toEqual([5]);
  });
  it('division by zero is blank', () => {
    expect(rowsMatching(table, 'isblank(csat / (reopen_days - 3))')).toEqual([1, 2, 4, 5, 6]);
  });
});

describe('every error kind names the place and the columns', () => {
  const columns =
    'available columns: id, period, status, reopen_days, csat, channel, opened, closed_on, escalated';
  it('unknown column, at its position', () => {
    const error = definitionError('status == "closed" and reopen > 14');
    expect(error.kind).toBe('unknown-column');
    expect(error.position).toBe(24);
    expect(error.message).toContain('unknown column "reopen" at character 24');
    expect(error.message).toContain(columns);
    expect(error.columns).toContain('reopen_days');
  });
  it('type mismatch', () => {
    const error = definitionError('csat >= 4 and status > 4');
    expect(error.kind).toBe('type-mismatch');
    expect(error.position).toBe(15);
    expect(error.message).toContain('`status > 4`');
    expect(definitionError('status == 4').message).toContain(
      'cannot compare a string with a number',
    );
    expect(definitionError('lower(csat) == "x"').message).toContain(
      'argument 1 of lower must be a string',
    );
    expect(definitionError('period + 1 > 3').message).toContain('use days_between');
    expect(definitionError('period > "March"').message).toContain('"March" is not a date');
    expect(definitionError('status and csat > 1').kind).toBe('type-mismatch');
    expect(definitionError('days_between(opened) > 1').message).toContain(
      'takes 2 argument(s), got 1',
    );
  });
  it('syntax error, with the character mathjs stopped at', () => {
    const error = definitionError('status == "closed" and (csat >= 4');
    expect(error.kind).toBe('syntax');
    expect(error.position).toBeGreaterThan(20);
    expect(error.message).toMatch(/^syntax error at character \d+/);
    expect(error.message).toContain(columns);
  });
  it('unknown function lists the library', () => {
    const error = definitionError('round(csat) == 4');
    expect(error.kind).toBe('unknown-function');
    expect(error.position).toBe(1);
    expect(error.message).toContain('isblank, days_between, lower, upper, abs, coalesce');
  });
  it('a column named like a function cannot be read', () => {
    const odd = csvTable('lower,csat\nx,1');
    expect(() => compileDefinition('lower == "x"', schemaOf(odd))).toThrow(
      /the column "lower" has the name of a function/,
    );
  });
  it('not a condition', () => {
    expect(definitionError('csat + 1').kind).toBe('not-a-condition');
    expect(definitionError('status').kind).toBe('not-a-condition');
  });
  it('empty, too long, too deep', () => {
    expect(definitionError('   ').kind).toBe('empty');
    const long = definitionError(`csat >= 4${' or csat >= 4'.repeat(100)}`);
    expect(long.kind).toBe('too-long');
    expect(long.message).toContain(`the limit is ${MAX_DEFINITION_LENGTH}`);
    expect(definitionError(`${'('.repeat(40)}csat > 1${')'.repeat(40)}`).kind).toBe('too-deep');
  });
  it('operators outside the language', () => {
    expect(definitionError('csat ^ 2 > 3').message).toContain('the operator `^` is not allowed');
    expect(definitionError('csat mod 2 == 1').message).toContain('`mod` is not allowed');
    expect(definitionError('1 < csat < 4').message).toContain('chained comparison');
    expect(definitionError('csat > 3 ? true : false').message).toContain('conditional');
    expect(definitionError('2 csat > 3').message).toContain('implicit multiplication');
  });
  it('the time limit stops a long evaluation', () => {
    const big = csvTable(
      ['csat', ...Array.from({ length: 20_000 }, (_, i) => String(i % 5))].join('\n'),
    );
    const compiled = compileDefinition('csat >= 4', schemaOf(big));
    expect(() => matchRows(compiled, big, { timeLimitMs: 0 })).toThrow(/longer than 0 ms/);
    expect(matchRows(compiled, big, { timeLimitMs: 60_000 }).reduce((s, v) => s + v, 0)).toBe(4000);
  });
});
