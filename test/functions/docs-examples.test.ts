// docs/functions.md shows what the functions compute: every worked example is recalculated
// here and must appear in the document exactly as rendered.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOC_EXAMPLES, DOCS_SCENARIO, renderExample } from './docs-examples';
import { registerOutcomePlugin, type LoadedFunctions } from './load-functions';

const doc = readFileSync('docs/functions.md', 'utf8');
let loaded: LoadedFunctions;

beforeAll(async () => {
  loaded = await registerOutcomePlugin();
});

describe('docs/functions.md', () => {
  it('documents every function of functions.json, here or in another docs/*.md', () => {
    const docs = readdirSync('docs')
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(join('docs', f), 'utf8'))
      .join('\n');
    for (const fn of loaded.metadata.functions)
      expect(docs, `a section for OUTCOME.${fn.name}`).toContain(`### OUTCOME.${fn.name}\n`);
  });

  it('has a worked example and the signature for every function it documents', () => {
    const documented = loaded.metadata.functions.filter((fn) =>
      doc.includes(`### OUTCOME.${fn.name}\n`),
    );
    expect(documented.length).toBeGreaterThanOrEqual(15);
    for (const fn of documented) {
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
