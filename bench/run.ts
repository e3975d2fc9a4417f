// `npm run bench`: runs every suite in bench/suites (or those named on the command line) and
// prints each figure beside its budget.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** e.g. '>= 20000' or '<= 1000'; omitted for figures shown for comparison only. */
  budget?: string;
}

export type Suite = () => Promise<Figure[]>;

function withinBudget(value: number, budget: string): boolean {
  const [op, limit] = budget.split(' ');
  return op === '>=' ? value >= Number(limit) : value <= Number(limit);
}

const dir = fileURLToPath(new URL('./suites/', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

let over = 0;
for (const file of files) {
  const suite = (await import(`./suites/${file}`)).default as Suite;
  console.log(`\n== ${file.replace(/\.ts$/, '')}`);
  for (const figure of await suite()) {
    const shown =
      figure.value >= 100
        ? Math.round(figure.value).toLocaleString('en-US')
        : figure.value.toPrecision(4);
    const verdict = figure.budget
      ? withinBudget(figure.value, figure.budget)
        ? 'ok'
        : 'OVER BUDGET'
      : '';
    if (verdict === 'OVER BUDGET') over++;
    console.log(
      `${figure.name.padEnd(60)} ${shown.padStart(14)} ${figure.unit.padEnd(10)} ${figure.budget ? `budget ${figure.budget}` : ''} ${verdict}`,
    );
  }
}
console.log(over === 0 ? '\nall figures within budget' : `\n${over} figure(s) over budget`);
