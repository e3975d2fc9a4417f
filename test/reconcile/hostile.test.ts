import { describe, expect, it } from 'vitest';
import { compileDefinition, matchRows } from '../../src/reconcile/definition/compile';
import { DefinitionError } from '../../src/reconcile/definition/errors';
import { restrictedMath } from '../../src/reconcile/definition/math-instance';
import { schemaOf } from '../../src/reconcile/table/event-table';
import { csvTable } from './helpers';

const table = csvTable('status,csat,reopen_days\nclosed,5,\nopen,2,3');
const schema = schemaOf(table);

// Each must be refused by the checker, before a single row is evaluated. The elapsed-time bound
// is a guard against a pathological parse, far below the evaluation time limit.
const HOSTILE: [string, string, RegExp][] = [
  ['constructor access', 'status.constructor', /property access/],
  [
    'constructor via index',
    'status["constructor"]("return 1")',
    /only the listed functions may be called/,
  ],
  ['bare constructor', 'constructor', /unknown column "constructor"/],
  ['prototype', '__proto__ == 1', /unknown column "__proto__"/],
  ['prototype chain', 'csat.__proto__.toString', /property access/],
  ['import', 'import({x: 1}, {override: true})', /unknown function "import"/],
  ['evaluate', 'evaluate("1 + 1") > 1', /unknown function "evaluate"/],
  ['parse', 'parse("x").compile().evaluate()', /only the listed functions may be called/],
  ['createUnit', 'createUnit("foo") == 1', /unknown function "createUnit"/],
  ['simplify', 'simplify("x") == 1', /unknown function "simplify"/],
  ['function definition', 'f(x) = x; f(1) > 0', /not allowed/],
  ['assignment', 'csat = 5', /assignment is not allowed/],
  ['huge exponent', '10 ^ 10 ^ 10 ^ 10 > 1', /operator `\^` is not allowed/],
  ['factorial blow-up', '99999! > 1', /operator `!` is not allowed/],
  ['overflowing literal', '1e999999 > 1', /numbers must be finite/],
  ['deep brackets', `${'('.repeat(5000)}1${')'.repeat(5000)} > 0`, /characters long; the limit is/],
  [
    'deep nesting under the length limit',
    `${'('.repeat(200)}csat${')'.repeat(200)} > 0`,
    /deeper than/,
  ],
  ['deep unary chain', `${'not '.repeat(240)}true`, /deeper than/],
  ['deep minus chain', `${'-'.repeat(900)}csat > 0`, /deeper than/],
  ['matrix allocation', 'zeros(100000, 100000) == 0', /unknown function "zeros"/],
  ['range allocation', 'sum(1:100000000) > 0', /unknown function "sum"|range/],
  ['object literal', '{a: csat} == 1', /object literal|not allowed/],
  ['several statements', 'csat > 1\nimport({})', /several statements|unknown function/],
];

describe('hostile definitions are rejected clearly and quickly', () => {
  it.each(HOSTILE)('%s', (_label, definition, message) => {
    const started = performance.now();
    let caught: unknown;
    try {
      compileDefinition(definition, schema);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DefinitionError);
    expect((caught as Error).message).toMatch(message);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  // mathjs's security guidance: functions that change the instance, and functions that reach the
  // expression parser from inside an expression.
  it.each([
    ['change the instance', ['import', 'createUnit']],
    ['parse or evaluate text', ['evaluate', 'parse', 'compile']],
    ['parse on the way', ['simplify', 'derivative', 'resolve', 'reviver']],
  ])('the mathjs instance has its doors shut: functions that %s', (_, names) => {
    for (const name of names) {
      const fn = (restrictedMath as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
      expect(() => fn('1 + 1'), name).toThrow(/disabled/);
    }
  });

  it('a legitimate definition still evaluates after all this', () => {
    const compiled = compileDefinition('status == "closed" and csat >= 4', schema);
    expect([...matchRows(compiled, table)]).toEqual([1, 0]);
  });
});
