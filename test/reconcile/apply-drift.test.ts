import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import { applyMeasuredOvercount } from '../../src/reconcile/apply-drift';

const original = JSON.parse(readFileSync('examples/support-team.json', 'utf8'));

describe('applying the measured overcount to a vendor option', () => {
  const measured = { initialRatio: 1.368123456789, driftAnnual: 0.2499876 };
  const updated = applyMeasuredOvercount(original, 'Per resolution', measured);

  it("changes only that option's overcount, keeping every other field and the key order", () => {
    const expected = structuredClone(original);
    expected.options[1].overcount = { initialRatio: 1.36812, driftAnnual: 0.249988 };
    expect(updated).toEqual(expected);
    expect(Object.keys(updated)).toEqual(Object.keys(original));
    expect(JSON.stringify(updated.options)).not.toBe(JSON.stringify(original.options));
    expect(original.options[1].overcount).toEqual({ initialRatio: 1.15, driftAnnual: 0.18 });
  });

  it('the engine then bills the measured count', () => {
    const parsed = parseScenario(updated);
    if (!parsed.ok) throw new Error('expected a valid scenario');
    const vendor = evaluateScenario(parsed.scenario).options.find(
      (o) => o.name === 'Per resolution',
    )!;
    const month2 = vendor.schedule.vendorCountedOutcomes[1];
    const expected = Math.min(
      vendor.schedule.contacts[1],
      vendor.schedule.trueOutcomes[1] * 1.36812 * Math.pow(1.249988, 1 / 12),
    );
    expect(Math.abs(month2 - expected)).toBeLessThan(1e-9 * expected);
  });

  it('names the options when the name is wrong, and refuses a non-vendor option', () => {
    expect(() => applyMeasuredOvercount(original, 'Nope', measured)).toThrow(
      /option "Nope" is not in the scenario; its options are: Status quo, Per resolution/,
    );
    expect(() => applyMeasuredOvercount(original, 'Build in-house', measured)).toThrow(
      /options\[5\] "Build in-house" is a build option/,
    );
    expect(() => applyMeasuredOvercount([], 'x', measured)).toThrow(/JSON object/);
  });
});
