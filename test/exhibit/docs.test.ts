import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/run-cli';
import { DEFINITION } from './support';

/** The lines of the fenced block of docs/commands.md that shows the exhibit, without its fences. */
function exhibitBlock(): string[] {
  const doc = readFileSync('docs/commands.md', 'utf8');
  const match = /^````markdown\n([\s\S]*?)^````$/m.exec(
    doc.slice(doc.indexOf('## `crossover exhibit`')),
  );
  if (!match) throw new Error('docs/commands.md has no exhibit block');
  return match[1].split('\n').filter((l) => l !== '');
}

describe('docs/commands.md shows what `crossover exhibit` prints', () => {
  it('every line of its excerpt is a line of the output', async () => {
    const block = exhibitBlock();
    expect(block[0]).toMatch(
      /^\$ npx crossover exhibit examples\/events\/support-desk.csv --format md/,
    );
    const shown = block.filter((l) => !l.startsWith('$ ') && !l.startsWith('    ') && l !== '...');
    const { code, stdout } = await runInProcess([
      'exhibit',
      'examples/events/support-desk.csv',
      '--format',
      'md',
      '--definition',
      DEFINITION,
      '--price',
      '0.99',
      '--scenario',
      'examples/support-team.json',
      '--option',
      'Per resolution',
    ]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(shown.length).toBeGreaterThan(30);
    for (const line of shown) expect(lines, line).toContain(line);
  });
});
