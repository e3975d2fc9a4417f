import { SERIES_COLORS } from '../export/series-colors';
import { runningTotals } from '../engine/running-totals';
import type { Comparison } from '../engine/evaluate';
import { breakevenWhen } from '../analysis/result-sentences';
import type { DeckSeries, DeckSlide, LineDash, LineMarker } from './deck-model';
import { chart, slide, text, WARN, WIDTH, type Deck } from './slide-parts';
import type { VendorCountLines } from '../analysis/vendor-count-lines';
import { saturationLines } from './saturation-warnings';

// Cumulative cost as a line chart, each line its own dash, with each build's breakeven month.

/** The breakeven month, or the month after the horizon (never just "never"). */
function breakevenLine(c: Comparison, H: number): string {
  const when = breakevenWhen(c, H);
  return `${c.build} vs ${c.vendor}: ${when === null ? 'no breakeven by month 240' : `breaks even ${when}`}`;
}

const DASHES: readonly LineDash[] = ['solid', 'dash', 'sysDot', 'lgDash', 'dashDot', 'lgDashDot'];
const MARKERS: readonly LineMarker[] = ['circle', 'square', 'triangle', 'diamond'];
/** Lines closer than this share of the chart's largest value are drawn over one another. */
const COINCIDE = 0.005;

/**
 * Each line its own dash; a line that coincides with one drawn before it also gets markers, and
 * the pairs are named, so that no option hides behind another.
 */
function visibleLines(series: DeckSeries[]): { series: DeckSeries[]; pairs: [string, string][] } {
  const top = Math.max(1e-300, ...series.flatMap((s) => s.values.map(Math.abs)));
  const pairs: [string, string][] = [];
  const styled = series.map((s, i) => {
    const twin = series
      .slice(0, i)
      .find((t) => t.values.every((v, m) => Math.abs(v - s.values[m]) <= COINCIDE * top));
    if (twin) pairs.push([twin.name, s.name]);
    return {
      ...s,
      dash: DASHES[i % DASHES.length],
      marker: twin ? MARKERS[pairs.length % MARKERS.length] : ('none' as const),
    };
  });
  return { series: styled, pairs };
}

export function cumulativeSlide(
  { result, money, moneyAxis }: Deck,
  counts: readonly VendorCountLines[],
): DeckSlide {
  const H = result.horizonMonths;
  const { series, pairs } = visibleLines(
    result.options.map((o, i) => ({
      name: o.name,
      values: runningTotals(o.schedule.total),
      color: SERIES_COLORS[i % SERIES_COLORS.length],
    })),
  );
  const lines = [
    ...result.comparisons.map((c) => breakevenLine(c, H)),
    ...pairs.map(
      ([a, b]) => `${a} and ${b} cost the same month by month: their lines lie on one another.`,
    ),
  ];
  const warnings = saturationLines(counts, new Set(result.options.map((o) => o.name)));
  const side = lines.length + warnings.length > 0;
  return slide(
    'cumulative',
    'Cumulative cost and the breakeven months',
    [
      'Each line is the running sum of an option’s monthly total cost (the Schedule sheet’s cumulative columns); each line has its own dash, and lines that coincide also carry markers.',
      'Breakeven month: the first month in which the build’s cumulative cost is at most the vendor’s (breakevenMonth in comparisons); when that is after the horizon, the month with both run on to 240 months (breakevenAfterHorizon).',
      ...series.map((s) => `${s.name}: ${money(s.values[H - 1])} after ${H} months.`),
    ],
    {
      charts: [
        chart(
          {
            kind: 'line',
            title: `Cumulative cost, ${result.currency}`,
            categories: Array.from({ length: H }, (_, i) => String(i + 1)),
            series,
            xTitle: 'Month',
            yTitle: `Cumulative cost (${result.currency})`,
            numberFormat: moneyAxis,
          },
          side ? 8.4 : WIDTH,
        ),
      ],
      texts: side
        ? [
            text({
              text: lines.map((l) => `• ${l}`).join('\n'),
              ...{ x: 9.1, y: 1.5, w: 3.733, h: 3.2 },
              fontSize: 16,
            }),
            ...(warnings.length
              ? [
                  text({
                    text: warnings.join('\n'),
                    ...{ x: 9.1, y: 4.8, w: 3.733, h: 2.3 },
                    fontSize: 13,
                    color: WARN,
                  }),
                ]
              : []),
          ]
        : [],
    },
  );
}
