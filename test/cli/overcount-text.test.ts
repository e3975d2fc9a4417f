// The seeds' renewal through `run`, as a procurement lead would type it: the saturation warning
// on stderr, the fair discount on the count as billed, and the overcharge line with its price.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renewalDocument } from '../support/seeds-renewal';
import { runInProcess } from './run-cli';

const renewal = renewalDocument(
  { initialRatio: 41000 / 27000, driftAnnual: 0.18 },
  {},
  'B: Intercom Fin',
);
const file = join(mkdtempSync(join(tmpdir(), 'crossover-renewal-')), 'renewal.json');
writeFileSync(file, JSON.stringify(renewal));

// by hand: 27,000 true outcomes a month, counted k0 * 1.18^((m-1)/12) times, at most 45,000
const counted = Array.from({ length: 24 }, (_, m) => Math.min(45000, 41000 * 1.18 ** (m / 12)));
const billed = counted.reduce((a, b) => a + b, 0);
const dollars = (x: number) => `$${Math.round(x).toLocaleString('en-US')}`;

describe("the seeds' renewal through run", () => {
  it('warns that the count saturates from month 8 and prints what the overcount costs', async () => {
    const { code, stdout, stderr } = await runInProcess(['run', file]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `${file}: warning: options[1] ("B: Intercom Fin").overcount: from month 8 the vendor counts every contact as an outcome: drift adds nothing more\n`,
    );
    const overcharge = 0.99 * (billed - 24 * 27000);
    const ask = (0.99 * 24 * 27000) / billed;
    expect(stdout).toContain(
      `B: Intercom Fin: billed outcomes above your count cost ${dollars(overcharge)} over 24 months (${dollars(overcharge)} in NPV); to pay $0.99 per outcome you recognise, ask for $${ask.toFixed(2)} per outcome the vendor counts`,
    );
    // below the $0.65 of month one's ratio alone (0.99 x 27/41): the ratio of counts takes the drift in
    expect(ask).toBeLessThan(0.99 * (27 / 41));
    const discount = 1 - (24 * 41000) / billed;
    expect(stdout).toContain(
      `fair drift discount ${(discount * 100).toFixed(1)}% on the count as billed`,
    );
    expect((discount * 100).toFixed(1)).toBe('7.5');
    expect(stdout).toContain('from month 8 the vendor counts every contact as an outcome');
  });

  it('--json carries the same figures, and stdout stays JSON', async () => {
    const { code, stdout } = await runInProcess(['run', file, '--json']);
    expect(code).toBe(0);
    const vendor = JSON.parse(stdout).options[1];
    expect(vendor.saturatedFromMonth).toBe(8);
    expect(Math.abs(vendor.overcountCost - 0.99 * (billed - 24 * 27000))).toBeLessThan(1e-6);
    expect(Math.abs(vendor.priceToAsk - (0.99 * 24 * 27000) / billed)).toBeLessThan(1e-12);
  });
});
