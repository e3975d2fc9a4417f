// docs/functions.md shows what the functions compute: every worked example is recalculated
// here and must appear in the document exactly as rendered.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOC_EXAMPLES, DOCS_SCENARIO, renderExample } from './docs-examples';
import { registerOutcomePlugin, type LoadedFunctions } from './load-functions';

const doc = readFileSync('docs/functions.md', 'utf8');
let loaded: LoadedFunctions;

beforeAll(async () => {
  loaded = await registerOutcomePlugin();
});

describe('docs/functions.md', () => {
  it('has a section and a worked example for every function', () => {
    for (const fn of loaded.metadata.functions) {
      expect(doc, `a section for ${fn.id}`).toContain(`### OUTCOME.${fn.name}\n`);
      expect(
        DOC_EXAMPLES.some((e) => e.id === fn.id),
        `an example for ${fn.id}`,
      ).toBe(true);
      const signature = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
      expect(doc, `the signature of ${fn.id}`).toContain(`\`=OUTCOME.${fn.name}(${signature})\``);
    }
  });

  it('shows the scenario the examples use', () => {
    expect(doc).toContain(JSON.stringify(JSON.parse(DOCS_SCENARIO), null, 2));
  });

  for (const [i, example] of DOC_EXAMPLES.entries()) {
    it(`shows the computed result of example ${i + 1}: ${example.formula}`, () => {
      expect(doc).toContain(renderExample(example));
    });
  }
});
