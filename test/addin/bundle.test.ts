// dist/functions.js run as Excel runs it: a classic script in a page that has (or, in a plain
// browser, has not) the CustomFunctions global.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAddinOnce, type BuiltAddin } from './build-addin';

class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

function runInExcel(code: string) {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const ids: string[] = [];
  const CustomFunctions = {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      ids.push(id);
      registered.set(id, fn);
    },
    Error: FakeCustomFunctionsError,
    ErrorCode: ERROR_CODES,
  };
  vm.runInNewContext(code, { CustomFunctions, console });
  return { registered, ids };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the function to report an error');
}

describe('dist/functions.js', () => {
  let built: BuiltAddin;
  let code: string;
  let metadataIds: string[];
  beforeAll(async () => {
    built = await buildAddinOnce();
    code = readFileSync(join(built.outDir, 'functions.js'), 'utf8');
    const metadata = JSON.parse(readFileSync(join(built.outDir, 'functions.json'), 'utf8'));
    metadataIds = metadata.functions.map((f: { id: string }) => f.id);
  });

  it('is a classic script (no import or export), so it registers before Excel calls it', () => {
    expect(() => new vm.Script(code, { filename: 'functions.js' })).not.toThrow();
  });

  it('describes every function and parameter in functions.json, with a help URL', () => {
    const metadata = JSON.parse(readFileSync(join(built.outDir, 'functions.json'), 'utf8'));
    for (const fn of metadata.functions) {
      expect(fn.description?.length, `${fn.id} description`).toBeGreaterThan(20);
      expect(fn.helpUrl).toMatch(/^https:\/\//);
      for (const p of fn.parameters)
        expect(p.description?.length, `${fn.id}(${p.name}) description`).toBeGreaterThan(5);
    }
  });

  it('leaves the test-only formula engine (HyperFormula, GPL-3.0) out of the bundle', () => {
    expect(code).not.toMatch(/hyperformula/i);
  });

  it('registers exactly the ids of functions.json, each once', () => {
    const { ids } = runInExcel(code);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...metadataIds].sort());
    for (const id of [
      'CROSSOVER',
      'BUYCOST',
      'BUILDCOST',
      'TIERED',
      'HYBRID',
      'TRUEUP',
      'GAINSHARE',
      'DRIFTDISCOUNT',
      'DRIFTRATIO',
      'EFFECTIVEPRICE',
      'OVERCHARGE',
      'BREAKEVEN',
      'NPV',
      'RULEOFTHUMB',
      'SCHEDULE',
    ])
      expect(ids).toContain(id);
  });

  it('returns values, and reports errors to Excel as CustomFunctions.Error', () => {
    const { registered } = runInExcel(code);
    const crossover = registered.get('CROSSOVER')!;
    expect(crossover(1, 1000, 0.5, null, null)).toBe(2000);
    const num = thrown(() => crossover(0.1, 1000, 0.2)) as FakeCustomFunctionsError;
    expect(num).toBeInstanceOf(FakeCustomFunctionsError);
    expect(num.code).toBe('#NUM!');
    expect(num.message).toContain('price (0.1) must exceed marginal (0.2)');
    const value = thrown(() =>
      registered.get('BUYCOST')!('many', [[0.5]]),
    ) as FakeCustomFunctionsError;
    expect(value.code).toBe('#VALUE!');
    expect(value.message).toBe('units must be a number, got "many"');
    const na = thrown(() => registered.get('BREAKEVEN')!([[10], [10]], [[1], [1]]));
    expect((na as FakeCustomFunctionsError).code).toBe('#N/A');
    const div0 = thrown(() => registered.get('EFFECTIVEPRICE')!(1, 5, 0));
    expect((div0 as FakeCustomFunctionsError).code).toBe('#DIV/0!');
    expect(registered.get('HYBRID')!([[100, 200]], [[1]], 10, null, null)).toEqual([[110, 210]]);
  });

  it('does nothing, and throws nothing, in a plain browser without CustomFunctions', () => {
    const context: Record<string, unknown> = {};
    expect(() => vm.runInNewContext(code, context)).not.toThrow();
    expect(context.CustomFunctions).toBeUndefined();
  });
});
