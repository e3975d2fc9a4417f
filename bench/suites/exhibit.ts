// `crossover exhibit` on the example export (54,000 rows), as the command runs it in process:
// reading the export, reconciling it, the test vectors, the four dialects' queries, the bid's
// priced asks, and the .docx (or Markdown) written to a file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import type { Figure } from '../run';
import { medianMs } from '../timing';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SILENT = { out: () => {}, err: () => {} };

function exhibitArgs(out: string, format: 'docx' | 'md'): string[] {
  return [
    'exhibit',
    `${ROOT}examples/events/support-desk.csv`,
    '--definition',
    GENERATOR_DEFINITION,
    '--price',
    '0.99',
    '--scenario',
    `${ROOT}examples/support-team.json`,
    '--option',
    'Per resolution',
    '--format',
    format,
    '-o',
    out,
    '--force',
  ];
}

export default async function exhibit(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'crossover-bench-exhibit-'));
  const run = (format: 'docx' | 'md') => async () => {
    const code = await main(exhibitArgs(join(dir, `exhibit.${format}`), format), SILENT);
    if (code !== 0) throw new Error(`crossover exhibit --format ${format} exited ${code}`);
  };
  const docx = await medianMs(run('docx'), 7);
  const md = await medianMs(run('md'), 7);
  return [
    {
      name: '`exhibit` support-desk.csv -o .docx (in process)',
      value: docx,
      unit: 'ms',
      budget: '<= 1000',
    },
    {
      name: '`exhibit` support-desk.csv --format md (in process)',
      value: md,
      unit: 'ms',
      budget: '<= 1000',
    },
  ];
}
