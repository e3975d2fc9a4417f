import JSZip from 'jszip';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconciliationJson } from '../support/reconciliation-json';
import { runInProcess, saturationWarnings } from './run-cli';

const reconciliation = reconciliationJson('crossover-deck-reconciliation-');

/** `crossover deck examples/support-team.json -o OUT --reconciliation FILE` */
const deckWith = (out: string, file: string) =>
  runInProcess(['deck', 'examples/support-team.json', '-o', out, '--reconciliation', file]);

describe('crossover deck', () => {
  it('writes a deck with a What changed slide when --compare names last quarter', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'crossover-deck-cli-')), 'board.pptx');
    const { code, stdout, stderr } = await runInProcess([
      'deck',
      'examples/support-team.json',
      '-o',
      out,
      '--compare',
      'examples/quarters/support-team-last-quarter.json',
    ]);
    expect(stderr).toBe(
      saturationWarnings('examples/support-team.json') +
        saturationWarnings('examples/quarters/support-team-last-quarter.json'),
    );
    expect(code).toBe(0);
    expect(stdout).toContain(`wrote ${out}`);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(7);
    const all = (await Promise.all(slides.map((s) => zip.file(s)!.async('string')))).join('');
    expect(all).toContain('What changed since support-team-last-quarter.json');
  });

  it('refuses a missing file, a second file and an output that is not .pptx', async () => {
    expect((await runInProcess(['deck'])).stderr).toMatch(
      /deck needs exactly one scenario FILE \(got 0/,
    );
    const bad = await runInProcess(['deck', 'examples/support-team.json', '-o', 'board.pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/-o must name a \.pptx file \(got board\.pdf\)/);
    const missing = await runInProcess([
      'deck',
      'examples/support-team.json',
      '--compare',
      'nope.json',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: no such file/);
  });

  it('adds the reconciliation slide from reconcile --json', async () => {
    const out = join(reconciliation.dir, 'with-reconciliation.pptx');
    const { code, stderr } = await deckWith(out, reconciliation.path);
    expect(stderr).toBe(saturationWarnings('examples/support-team.json'));
    expect(code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    const slide = slides.find((x) => x.includes('overcharged'))!;
    expect(slide).toContain('The vendor&apos;s count against ours: $13,860 overcharged');
    expect(reconciliation.reconciled().total.overcharge).toBeCloseTo(13860, 0);
  });

  it('refuses a bad or mismatched R.json with exit 2, naming the file and the field, and writes nothing', async () => {
    const cases: [string, RegExp][] = [
      [
        reconciliation.variant('edited.json', (r) => (r.total.overcharge += 1)),
        /edited\.json: 1 problem[\s\S]*total\.overcharge/,
      ],
      [
        reconciliation.variant('no-months.json', (r) => delete r.months),
        /no-months\.json: [\s\S]*months/,
      ],
      [
        reconciliation.variant('euros.json', (r) => (r.currency = 'EUR')),
        /euros\.json: currency: EUR, but the scenario is in USD/,
      ],
      [join(reconciliation.dir, 'missing.json'), /missing\.json: no such file/],
    ];
    for (const [file, message] of cases) {
      const out = join(reconciliation.dir, 'refused.pptx');
      const { code, stderr } = await deckWith(out, file);
      expect(code, file).toBe(2);
      expect(stderr, file).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
    const notJson = reconciliation.writeBeside('not.json', 'month,count');
    const bad = await deckWith(join(reconciliation.dir, 'x.pptx'), notJson);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not\.json: not valid JSON/);
  });
});
