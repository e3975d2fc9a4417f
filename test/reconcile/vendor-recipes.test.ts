import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';

// The recipes of docs/reconcile.md "Recipes for the rules vendors publish", run on an export
// holding the columns they name and no billed flag: each rule is then the vendor count.
const DOC = readFileSync('docs/reconcile.md', 'utf8');
const RECIPES = DOC.slice(DOC.indexOf('### Recipes for the rules vendors publish'))
  .split('\n## ')[0]
  .match(/--vendor-definition '[^']+'/g)!
  .map((m) => m.slice("--vendor-definition '".length, -1));

const CSV = [
  'period,status,csat,ai_answered,confirmed_helpful,handed_to_human,hours_to_next_customer_message,agent_replied,hours_since_previous_session,closed_by,minutes_idle_before_close',
  '2025-01-02,closed,5,true,true,false,,true,,agent,',
  '2025-01-03,closed,2,true,false,false,30,true,30,inactivity,45',
  '2025-01-04,open,,true,false,false,2,true,3,customer,5',
  '2025-01-05,closed,4,false,false,true,,false,,agent,',
  '2025-01-06,closed,4,true,false,false,,true,50,inactivity,',
].join('\n');

describe('the vendor-rule recipes of docs/reconcile.md', () => {
  it('are three, each with its source and the columns it needs', () => {
    expect(RECIPES).toHaveLength(3);
    expect(DOC.match(/^Source: /gm)!.length).toBeGreaterThanOrEqual(3);
    expect(DOC.match(/^Approximates: /gm)!.length).toBeGreaterThanOrEqual(3);
  });

  it.each(RECIPES)('counts the vendor outcomes of an export without a billed flag: %s', (rule) => {
    const settings = reconcileSettings({
      definition: 'status == "closed" and csat >= 4',
      price: 1,
      vendorDefinition: rule,
    });
    const { counts, ruleBesideBilled } = reconcileCsvText(CSV, 'recipes.csv', settings);
    expect(ruleBesideBilled).toBe(false);
    expect(counts).toHaveLength(1);
    expect(counts[0].vendorCount).toBeGreaterThan(0);
    expect(counts[0].vendorCount).toBeLessThan(5);
  });

  it('assumed resolution: answered, not handed over, and no customer message within 24 hours', () => {
    const settings = reconcileSettings({
      definition: 'true',
      price: 1,
      vendorDefinition: RECIPES[0],
    });
    // rows 1 (confirmed), 2 (came back after 30 h) and 5 (never came back)
    expect(reconcileCsvText(CSV, 'recipes.csv', settings).counts[0].vendorCount).toBe(3);
  });
});
