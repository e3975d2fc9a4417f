import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FunctionError } from '../../functions/errors';
import { compare, result } from '../../functions/scenario';
import { bestSwitch, classPrice, prepaid } from '../../functions/vendor-terms';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenarioText } from '../../src/scenario/load';

const text = readFileSync('examples/buy-then-build.json', 'utf8');
const loaded = parseScenarioText(text);
if (!loaded.ok) throw new Error('example does not load');
const engine = evaluateScenario(loaded.scenario).options.find((o) => o.kind === 'switch')!;

describe('vendor-term functions', () => {
  it('CLASSPRICE blends the class prices by the drifted mix', () => {
    expect(classPrice([[0.6], [0.4]], [[0.5], [3]], undefined, 1)).toBeCloseTo(1.5, 12);
    expect(classPrice([[0.6, 0.4]], [[0.5, 3]], [[0, 0.21]], 13)).toBeCloseTo(1.752 / 1.084, 12);
    const bad = classPrice([[0.6], [0.5]], [[0.5], [3]], undefined, 1);
    expect(bad).toBeInstanceOf(FunctionError);
    expect((bad as FunctionError).message).toMatch(/shares must sum to 1, got 1.1/);
  });

  it('PREPAID spills cash paid and overage in the orientation of the usage', () => {
    const column = prepaid(
      Array.from({ length: 12 }, () => [500]),
      4800,
    ) as number[][];
    expect(column.map((r) => r[1])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 200, 500, 500]);
    expect(column[0][0]).toBe(4800);
    const row = prepaid([[500, 500]], 7200, 0.5) as number[][];
    // a two-month horizon prepays 2/12 of the amount
    expect(row).toEqual([
      [1200, 0],
      [0, 0],
    ]);
  });

  it('BESTSWITCH and RESULT give the engine switch figures; COMPARE explains a switch', () => {
    expect(bestSwitch(text, 'Buy then build')).toBe(engine.bestSwitchMonth);
    expect(bestSwitch(text, 'Buy then build', 'npv')).toBe(engine.bestSwitchNpv);
    expect(result(text, 'Buy then build', 'switchMonth')).toBe(9);
    expect((result(text, 'Build in-house', 'switchMonth') as FunctionError).kind).toBe('na');
    const wrong = bestSwitch(text, 'Build in-house') as FunctionError;
    expect(wrong.message).toMatch(/is a build option, not a switch option/);
    const na = compare(text, 'Build in-house', 'Buy then build') as FunctionError;
    expect(na.kind).toBe('na');
    expect(na.message).toMatch(/switch option.*BESTSWITCH/);
  });
});
