import JSZip from 'jszip';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, saturationWarnings } from './run-cli';

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
    expect(slides).toHaveLength(6);
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
});
