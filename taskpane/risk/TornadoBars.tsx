// The tornado as horizontal bars drawn in HTML: one row per input, largest swing first, each bar
// from the base-case margin to the margin with the input at its P10 (blue) and P90 (orange). A
// flip (another option first at that end) is said in words beside the row.
import { makeStyles, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import { fieldWords, formatFieldValue, type RiskReport } from '../../src/index';
import { wholeMoney } from '../components/whole-money';

const LOW = '#0F6CBD';
const HIGH = '#CA5010';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '6px' },
  track: {
    position: 'relative',
    height: '18px',
    background: tokens.colorNeutralBackground3,
    borderRadius: '2px',
  },
  bar: { position: 'absolute', height: '8px' },
  base: { position: 'absolute', top: 0, bottom: 0, width: '2px', background: '#242424' },
  zero: { position: 'absolute', top: 0, bottom: 0, width: '1px', background: '#8A8A8A' },
  words: { fontSize: '12px', color: tokens.colorNeutralForeground2 },
  flip: { fontSize: '12px', fontWeight: 600, color: tokens.colorPaletteRedForeground1 },
});

interface Props {
  /** The base case's recommendation, its margin over the next option, and the tornado rows. */
  report: Pick<RiskReport, 'tornado' | 'baseMargin' | 'recommendation'>;
  kinds: ReadonlyMap<string, string>;
  currency: string;
}

export const TornadoBars = memo(function TornadoBars({ report, kinds, currency }: Props) {
  const { tornado: rows, baseMargin, recommendation } = report;
  const styles = useStyles();
  const money = wholeMoney(currency);
  const values = [0, baseMargin, ...rows.flatMap((r) => [r.marginAtLow, r.marginAtHigh])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const at = (v: number) => `${((v - lo) / span) * 100}%`;
  const width = (a: number, b: number) => `max(2px, ${(Math.abs(b - a) / span) * 100}%)`;
  /** The bar from the base-case margin to `margin`, `top` px down the track. */
  const bar = (top: number, margin: number, background: string) => (
    <span
      className={styles.bar}
      style={{
        top,
        left: at(Math.min(baseMargin, margin)),
        width: width(baseMargin, margin),
        background,
      }}
    />
  );
  return (
    <ol className={styles.list} aria-label="Tornado, largest swing first" data-testid="tornado">
      {rows.map((r) => {
        const words = fieldWords(kinds, r);
        const what = words.charAt(0).toUpperCase() + words.slice(1);
        const flips = [
          r.winnerAtLow !== recommendation ? `${r.winnerAtLow} first at P10` : null,
          r.winnerAtHigh !== recommendation ? `${r.winnerAtHigh} first at P90` : null,
        ].filter(Boolean);
        return (
          <li key={`${r.option ?? ''}|${r.field}`} data-flips={flips.length > 0}>
            <div>{what}</div>
            <div className={styles.track} aria-hidden="true">
              <span className={styles.zero} style={{ left: at(0) }} />
              {bar(1, r.marginAtLow, LOW)}
              {bar(9, r.marginAtHigh, HIGH)}
              <span className={styles.base} style={{ left: at(baseMargin) }} />
            </div>
            <div className={styles.words}>
              P10 {formatFieldValue(kinds, r, r.low, currency)}: margin {money(r.marginAtLow)}; P90{' '}
              {formatFieldValue(kinds, r, r.high, currency)}: margin {money(r.marginAtHigh)}
            </div>
            {flips.length > 0 && <div className={styles.flip}>Flips: {flips.join('; ')}</div>}
          </li>
        );
      })}
    </ol>
  );
});
