// Seeded generator of event exports. `npx tsx scripts/generate-events.ts --example` rewrites
// examples/events/support-desk.csv; otherwise it writes a large file for tests or benchmarks:
//   npx tsx scripts/generate-events.ts --rows 1000000 --out bench/data/events-1m.csv [--seed N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import {
  generateEvents,
  SUPPORT_DESK_EXAMPLE,
  type EventGeneratorSettings,
} from '../src/reconcile/generate-events';

/** Settings for a large export of about `rows` contacts over 24 months. */
export function largeExportSettings(rows: number, seed = 7): EventGeneratorSettings {
  const months = 24;
  return {
    seed,
    startMonth: '2024-01',
    months,
    contactsPerMonth: Math.ceil(rows / months),
    outcomeShare: 0.45,
    initialRatio: 1.2,
    driftAnnual: 0.18,
    billedWhenOutcome: 0.96,
    exact: false,
  };
}

/** Writes a generated export to `path`, flushing every 16 MB so large files never sit in memory. */
export function writeEventsSync(settings: EventGeneratorSettings, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '');
  const chunks: string[] = [];
  let size = 0;
  const flush = () => {
    writeFileSync(path, chunks.join(''), { flag: 'a' });
    chunks.length = 0;
    size = 0;
  };
  generateEvents(settings, (chunk) => {
    chunks.push(chunk);
    size += chunk.length;
    if (size > 16 << 20) flush();
  });
  flush();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      example: { type: 'boolean' },
      rows: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '7' },
    },
  });
  if (values.example) {
    writeEventsSync(SUPPORT_DESK_EXAMPLE, 'examples/events/support-desk.csv');
    console.log('wrote examples/events/support-desk.csv');
  } else {
    if (!values.rows || !values.out) throw new Error('give --example, or --rows N --out FILE');
    writeEventsSync(largeExportSettings(Number(values.rows), Number(values.seed)), values.out);
    console.log(`wrote ${values.out}`);
  }
}
