// The Risk tab in headless Chromium: 10,000 trials of the support-team ranges in the Web Worker
// (tornado, switch values, spider and contributions included), without and with correlations,
// and the longest task the page's main thread ran meanwhile.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, serveOfficeJsFromNpm } from '../../test/taskpane/e2e/browser';
import { buildTaskpane, ROOT, serveDist } from '../../test/taskpane/e2e/serve-dist';
import type { Figure } from '../run';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export default async function taskpaneRisk(): Promise<Figure[]> {
  buildTaskpane();
  const served = await serveDist();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
    await serveOfficeJsFromNpm(context);
    await context.addInitScript(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const page = await context.newPage();
    await page.goto(served.url);
    await page.locator('[data-testid=ranking] tbody tr').first().waitFor();
    const plain = await fiveRuns(page, join(ROOT, 'examples/support-team-ranges.json'));
    const correlated = await fiveRuns(page, correlatedRanges());
    await context.close();
    return [
      {
        name: 'Risk tab: 10,000 trials in the worker (with tornado, switch values)',
        value: plain.elapsed,
        unit: 'ms',
        budget: '<= 1000',
      },
      {
        name: 'Risk tab: longest main-thread task during a run (median of 5)',
        value: plain.longest,
        unit: 'ms',
        budget: '<= 50',
      },
      {
        name: 'Risk tab: 10,000 trials, three correlations, in the worker',
        value: correlated.elapsed,
        unit: 'ms',
        budget: '<= 1000',
      },
      {
        name: 'Risk tab with correlations: longest main-thread task (median of 5)',
        value: correlated.longest,
        unit: 'ms',
        budget: '<= 50',
      },
    ];
  } finally {
    await browser.close();
    await served.close();
  }
}

/** The support-team ranges with three correlations, written to a temporary file to open. */
function correlatedRanges(): string {
  const json = JSON.parse(readFileSync(join(ROOT, 'examples/support-team-ranges.json'), 'utf8'));
  // contacts with human cost, contacts against Hybrid capped's resolution rate, build months
  // with build cost
  json.uncertainty.correlations = [
    { between: [0, 6], rho: 0.5 },
    { between: [0, 5], rho: -0.3 },
    { between: [1, 2], rho: 0.6 },
  ];
  const file = join(mkdtempSync(join(tmpdir(), 'crossover-bench-')), 'correlated.json');
  writeFileSync(file, JSON.stringify(json));
  return file;
}

/**
 * Opens the file in the Risk tab and runs it with seeds 1 to 5: the median time the worker took
 * and the median of each run's longest main-thread task.
 */
async function fiveRuns(page: Page, file: string): Promise<{ elapsed: number; longest: number }> {
  await page.getByTestId('open-file').setInputFiles(file);
  await page.getByRole('tab', { name: 'Risk' }).click();
  const elapsed: number[] = [];
  const longest: number[] = [];
  for (let seed = 1; seed <= 5; seed++) {
    if (seed > 1) {
      await page.locator('[data-path="uncertainty.seed"]').fill(String(seed));
    }
    await page.locator(`[data-testid=risk-holds]:has-text("seed ${seed},")`).waitFor({
      timeout: 60_000,
    });
    await page.locator('[data-testid=risk-stale]').waitFor({ state: 'detached' });
    const ms = await page.locator('[data-elapsed-ms]').getAttribute('data-elapsed-ms');
    elapsed.push(Number(ms));
    longest.push(
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] };
        const max = Math.max(0, ...w.longTasks);
        w.longTasks = [];
        return max;
      }),
    );
    await page.waitForTimeout(300);
  }
  return { elapsed: median(elapsed), longest: median(longest) };
}
