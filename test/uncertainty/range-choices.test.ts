import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { defaultRange, rangeChoices } from '../../src/uncertainty/range-choices';
import { resolveInputs } from '../../src/scenario/resolve-inputs';
import { sCurve } from '../../src/uncertainty/s-curve';

const examples = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const parsed = parseScenarioText(readFileSync(`examples/${f}`, 'utf8'));
    if (!parsed.ok) throw new Error(f);
    return { file: f, scenario: parsed.scenario };
  });

function withRange(scenario: Scenario, input: unknown): Record<string, unknown> {
  const raw = structuredClone(scenario) as unknown as Record<string, unknown>;
  delete raw.uncertainty;
  return { ...raw, uncertainty: { inputs: [input] } };
}

describe('range picker choices', () => {
  it('lists each tier, scenario-wide numbers first, with the base value the file holds', () => {
    const { scenario } = examples.find((e) => e.file === 'support-team.json')!;
    const choices = rangeChoices(scenario);
    expect(choices[0].option).toBeNull();
    const contacts = choices.find((c) => c.field === 'demand.contactsPerMonth')!;
    expect(contacts.base).toBe(scenario.demand.contactsPerMonth);
    for (const option of scenario.options) {
      if (option.kind !== 'vendor' || !option.charges.tiers) continue;
      option.charges.tiers.forEach((tier, i) => {
        const choice = choices.find(
          (c) => c.option === option.name && c.field === `charges.tiers[${i}].price`,
        );
        expect(choice?.base).toBe(tier.price);
      });
    }
  });

  for (const { file, scenario } of examples) {
    it(`gives every choice a default range the engine accepts (${file})`, () => {
      const choices = rangeChoices(scenario);
      expect(choices.length).toBeGreaterThan(3);
      for (const choice of choices) {
        const input = defaultRange(scenario, choice);
        const parsed = parseScenario(withRange(scenario, input));
        if (!parsed.ok) {
          throw new Error(`${choice.option}/${choice.field}: ${JSON.stringify(parsed.problems)}`);
        }
        const { inputs, problems } = resolveInputs(
          parsed.scenario,
          parsed.scenario.uncertainty!.inputs,
        );
        expect(problems).toEqual([]);
        expect(inputs[0].base).toBe(choice.base);
      }
    });
  }
});

describe('sCurve', () => {
  it('gives the inclusive percentiles of the sample at even probabilities', () => {
    const points = sCurve([5, 1, 3, 2, 4], 5);
    expect(points).toEqual([
      { x: 1, y: 0 },
      { x: 2, y: 0.25 },
      { x: 3, y: 0.5 },
      { x: 4, y: 0.75 },
      { x: 5, y: 1 },
    ]);
    const many = sCurve(Float64Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000));
    expect(many).toHaveLength(101);
    expect(many[50].x).toBeCloseTo(499.5, 9);
    for (let i = 1; i < many.length; i++) expect(many[i].x).toBeGreaterThanOrEqual(many[i - 1].x);
  });
});
