// The Risk tab in headless Chromium: 10,000 trials of the support-team ranges in the Web Worker
// (tornado and switch values included), and the longest task the page's main thread ran meanwhile.
import { join } from 'node:path';
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
    await page
      .getByTestId('open-file')
      .setInputFiles(join(ROOT, 'examples/support-team-ranges.json'));
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
    await context.close();
    return [
      {
        name: 'Risk tab: 10,000 trials in the worker (with tornado, switch values)',
        value: median(elapsed),
        unit: 'ms',
        budget: '<= 1000',
      },
      {
        name: 'Risk tab: longest main-thread task during a run (median of 5)',
        value: median(longest),
        unit: 'ms',
        budget: '<= 50',
      },
    ];
  } finally {
    await browser.close();
    await served.close();
  }
}
