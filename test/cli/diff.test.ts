import { describe, expect, it } from 'vitest';
import { runInProcess, saturationWarnings } from './run-cli';

const OLD = 'examples/quarters/support-team-last-quarter.json';
const NEW = 'examples/support-team.json';

describe('crossover diff', () => {
  it('--json prints the documented shape, the bridge adding up to the total change', async () => {
    const { code, stdout, stderr } = await runInProcess(['diff', OLD, NEW, '--json']);
    expect(stderr).toBe(saturationWarnings(OLD) + saturationWarnings(NEW));
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining([
        'added',
        'removed',
        'changes',
        'bridge',
        'totalChange',
        'recommendationBefore',
        'recommendationAfter',
      ]),
    );
    expect(out.changes[2]).toEqual({
      path: 'options[Per resolution].charges.price',
      old: 1.1,
      new: 0.99,
    });
    for (const [name, total] of Object.entries(out.totalChange as Record<string, number>)) {
      const sum = out.bridge.reduce(
        (s: number, step: { effect: Record<string, number> }) => s + step.effect[name],
        0,
      );
      expect(Math.abs(sum - total)).toBeLessThan(1e-6);
    }
    expect(out.recommendationBefore).toBe('Per resolution');
    expect(out.recommendationAfter).toBe('Hybrid capped');
  });

  it('prints the changes, the bridge table and the recommendation', async () => {
    const { stdout } = await runInProcess(['diff', OLD, NEW]);
    expect(stdout).toMatch(/Options added \(not bridged\): "Hybrid capped"/);
    expect(stdout).toMatch(/Options removed \(not bridged\): "Copilot seats"/);
    expect(stdout).toMatch(/Per resolution's price per unit\s+\$1\.10\s+\$0\.99/);
    expect(stdout).toMatch(/Contacts per month\s+36,000 contacts\s+40,000 contacts/);
    expect(stdout).not.toMatch(/options\[|demand\./); // no JSON path in the text
    expect(stdout).toMatch(/Total change\s+\+\$1,050,087\s+\+\$486,310/);
    expect(stdout).toMatch(
      /Recommendation changed: "Per resolution" before, "Hybrid capped" now\./,
    );
  });

  it('refuses anything but two valid files, naming the problem', async () => {
    const one = await runInProcess(['diff', OLD]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/diff needs two scenario files, OLD and NEW \(got 1/);
    const missing = await runInProcess(['diff', OLD, 'no-such.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such\.json: no such file/);
  });
});
