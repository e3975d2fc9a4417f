// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reconcileCounts } from '../../src/reconcile/reconcile-counts';
import { ALARM_MARK, CountsChart } from '../../taskpane/reconcile/CountsChart';
import { vendorCountMonths } from '../support/vendor-count-months';

// chart.js draws on a canvas jsdom does not have; the stub shows the labels and bar colours.
vi.mock('react-chartjs-2', () => ({
  Bar: ({ data }: { data: { labels: string[]; datasets: { backgroundColor: unknown }[] } }) => (
    <pre data-testid="bar-chart">
      {data.labels.join(',')}|{JSON.stringify(data.datasets[0].backgroundColor)}
    </pre>
  ),
}));
afterEach(cleanup);

// five steady months then one far above the trend: the sixth is flagged
const VENDOR = [120, 123, 119, 122, 121, 180];
const months = reconcileCounts(vendorCountMonths(2026, 1000, VENDOR), 1, 0.05).months;

describe("the counts chart's drift alarm", () => {
  it('marks the flagged month on its label and bar, and says so in words', () => {
    expect(months.map((m) => m.driftAlarm)).toEqual([null, null, null, null, false, true]);
    const { container } = render(<CountsChart months={months} />);
    const [labels, colours] = screen.getByTestId('bar-chart').textContent!.split('|');
    expect(labels.split(',')).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      `2026-06 ${ALARM_MARK}`,
    ]);
    const fills = JSON.parse(colours) as string[];
    expect(new Set(fills.slice(0, 5)).size).toBe(1);
    expect(fills[5]).not.toBe(fills[0]);
    const caption = container.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('2026-06: vendor 180, buyer 100, drift alarm: above its own trend');
    expect(caption).not.toContain('2026-05: vendor 121, buyer 100, drift alarm');
    expect(
      screen.getByText(/drift alarm: the vendor's count rose faster than its own trend in 2026-06/),
    ).toBeTruthy();
  });

  it('shows no alarm line when no month is flagged', () => {
    const { container } = render(<CountsChart months={months.slice(0, 5)} />);
    expect(container.textContent).not.toContain('drift alarm');
  });
});
