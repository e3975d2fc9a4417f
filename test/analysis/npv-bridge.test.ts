import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareScenarios, type ScenarioVersion } from '../../src/analysis/npv-bridge';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import { expectClose } from '../support/close';

function version(file: Record<string, unknown>): ScenarioVersion {
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { file, scenario: parsed.scenario };
}
const fromDisk = (path: string) => version(JSON.parse(readFileSync(path, 'utf8')));

const vendor = {
  kind: 'vendor',
  name: 'Vendor',
  resolutionRate: 0.5,
  charges: { unit: 'outcome', price: 1 },
};
const build = {
  kind: 'build',
  name: 'Build',
  resolutionRate: 0.5,
  buildCost: 3000,
  buildMonths: 1,
  runFixedMonthly: 500,
  marginalPerContact: 0.1,
};
const base = {
  name: 'Q3',
  horizonMonths: 3,
  demand: { contactsPerMonth: 1000 },
  humanCostPerContact: 2,
  options: [vendor, build],
};
const npvOf = (file: Record<string, unknown>, name: string) =>
  evaluateScenario(version(file).scenario).options.find((o) => o.name === name)!.npv;

describe('the NPV bridge between two versions of a scenario', () => {
  it('last quarter to this quarter: effects add up to the total change, added and removed options listed', () => {
    const old = fromDisk('examples/quarters/support-team-last-quarter.json');
    const now = fromDisk('examples/support-team.json');
    const c = compareScenarios(old, now);
    expect(c.added).toEqual(['Hybrid capped']);
    expect(c.removed).toEqual(['Copilot seats']);
    expect(c.changes.map((x) => [x.path, x.old, x.new])).toEqual([
      ['demand.contactsPerMonth', 36000, 40000],
      ['humanCostPerContact', 4.3, 4.5],
      ['options[Per resolution].charges.price', 1.1, 0.99],
      ['options[Build in-house].buildCost', 480000, 600000],
      ['options[Build in-house].runFixedMonthly', 32000, 35000],
    ]);
    expect(c.bridge.map((s) => s.paths)).toEqual(c.changes.map((x) => [x.path]));
    const oldResult = evaluateScenario(old.scenario);
    const newResult = evaluateScenario(now.scenario);
    for (const name of [
      'Status quo',
      'Per resolution',
      'Per conversation',
      'Action credits',
      'Build in-house',
    ]) {
      const before = oldResult.options.find((o) => o.name === name)!.npv;
      const after = newResult.options.find((o) => o.name === name)!.npv;
      expect(c.totalChange[name]).toBe(after - before);
      let sum = 0;
      for (const step of c.bridge) sum += step.effect[name];
      expectClose(sum, after - before, 1e-12, name);
    }
    expect(Object.keys(c.totalChange)).not.toContain('Hybrid capped');
    expect(Object.keys(c.totalChange)).not.toContain('Copilot seats');
    // a price change moves only that vendor
    const priceStep = c.bridge[2];
    expect(priceStep.effect['Per resolution']).toBeLessThan(0);
    expect(priceStep.effect['Build in-house']).toBe(0);
    expect(c.recommendationBefore).toBe('Per resolution');
    expect(c.recommendationAfter).toBe('Hybrid capped');
    expect(c.recommendationChanged).toBe(true);
  });

  it('each step is the NPV of the scenario with the changes so far, in NEW file order', () => {
    const oldFile = { ...base, discountRateAnnual: 0.1 };
    // NEW writes the build before the vendor, and leaves the discount rate at its default 0
    const newFile = {
      ...base,
      options: [
        { ...build, buildCost: 6000 },
        { ...vendor, charges: { unit: 'outcome', price: 1.5 } },
      ],
    };
    const c = compareScenarios(version(oldFile), version(newFile));
    expect(c.changes.map((x) => [x.path, x.old, x.new])).toEqual([
      ['options[Build].buildCost', 3000, 6000],
      ['options[Vendor].charges.price', 1, 1.5],
      ['discountRateAnnual', 0.1, 0],
    ]);
    const step1 = { ...oldFile, options: [vendor, { ...build, buildCost: 6000 }] };
    const step2 = { ...step1, options: [newFile.options[1], step1.options[1]] };
    expectClose(c.bridge[0].effect.Build, npvOf(step1, 'Build') - npvOf(oldFile, 'Build'));
    expect(c.bridge[0].effect.Vendor).toBe(0);
    expectClose(c.bridge[1].effect.Vendor, npvOf(step2, 'Vendor') - npvOf(oldFile, 'Vendor'));
    expectClose(c.bridge[2].effect.Vendor, npvOf(newFile, 'Vendor') - npvOf(step2, 'Vendor'));
    // vendor at $1.50: 750 + 1,000 people a month, undiscounted now
    expect(c.npvAfter.Vendor).toBe(5250);
    expect(c.recommendationChanged).toBe(false);
  });

  it('merges a change that alone would make the scenario invalid with the following ones', () => {
    const oldFile = {
      ...base,
      demand: { contactsPerMonth: 1000, contactsByMonth: [1000, 1100, 1200] },
    };
    const newFile = {
      ...base,
      horizonMonths: 4,
      demand: { contactsPerMonth: 1000, contactsByMonth: [1000, 1100, 1200, 1300] },
      humanCostPerContact: 2.5,
    };
    const c = compareScenarios(version(oldFile), version(newFile));
    // a 4-month horizon over a 3-entry series is invalid: the two form one step
    expect(c.bridge.map((s) => s.paths)).toEqual([
      ['horizonMonths', 'demand.contactsByMonth'],
      ['humanCostPerContact'],
    ]);
    const middle = { ...newFile, humanCostPerContact: 2 };
    expectClose(c.bridge[0].effect.Vendor, npvOf(middle, 'Vendor') - npvOf(oldFile, 'Vendor'));
    expectClose(
      c.bridge[0].effect.Vendor + c.bridge[1].effect.Vendor,
      npvOf(newFile, 'Vendor') - npvOf(oldFile, 'Vendor'),
    );
  });

  it('removes a nested term as its fields, merged until the option is valid again', () => {
    const withSla = {
      ...vendor,
      charges: { ...vendor.charges, sla: { guaranteedResolutionRate: 0.6, creditRate: 0.1 } },
    };
    const c = compareScenarios(version({ ...base, options: [withSla, build] }), version(base));
    expect(c.changes.map((x) => [x.path, x.old, x.new])).toEqual([
      ['options[Vendor].charges.sla.guaranteedResolutionRate', 0.6, null],
      ['options[Vendor].charges.sla.creditRate', 0.1, null],
    ]);
    expect(c.bridge).toHaveLength(1);
    expect(c.bridge[0].paths).toHaveLength(2);
    // the credit was 10% of usage (500 a month) for 3 months
    expectClose(c.bridge[0].effect.Vendor, 150);
  });

  it('does not count names, notes, sources, descriptions, the version or uncertainty as inputs', () => {
    const renamed = {
      ...base,
      name: 'Q4',
      description: 'now with notes',
      version: 1,
      options: [{ ...vendor, notes: 'called them', source: 'quote' }, build],
    };
    const c = compareScenarios(version(base), version(renamed));
    expect(c.changes).toEqual([]);
    expect(c.bridge).toEqual([]);
    expect(c.totalChange).toEqual({ Vendor: 0, Build: 0 });
  });
});
