import type { Io } from '../io';
import {
  DEFAULT_BILLED_COLUMN,
  DEFAULT_PERIOD_COLUMN,
  DEFAULT_TOLERANCE,
} from '../../reconcile/settings';
import { DIALECTS } from '../../reconcile/sql/dialects';

export interface CommandModule {
  run: (args: string[], io: Io) => Promise<number>;
}

export interface Command {
  /** the lines of `crossover --help` for this command */
  summary: string;
  /**
   * Imports the command's module only when it runs, so `--help` and `run` never load what other
   * commands need (mathjs, DuckDB, exceljs, ...): each module is its own chunk of the built CLI.
   */
  load: () => Promise<CommandModule>;
}

/** Every subcommand of `crossover`; add one entry per command module. */
export const COMMANDS: Record<string, Command> = {
  run: {
    summary:
      'run [FILE] [--json] [--accounting]\n' +
      '                        compare the options of a scenario (default: the support-team example);\n' +
      '                        --accounting adds the P&L table even when no option capitalises or prepays',
    load: () => import('./run'),
  },
  export: {
    summary:
      'export FILE -o OUT.xlsx [--json F] [--csv F] [--compare OLD.json] [--force]   or   export --all-examples DIR [--force]\n' +
      '                        board workbook (with a Changes sheet against OLD), scenario JSON and schedule CSV;\n' +
      '                        every output is checked before any is written, and an existing file is\n' +
      '                        replaced only with --force',
    load: () => import('./export'),
  },
  diff: {
    summary:
      'diff OLD NEW [--json]  what changed between two versions of a scenario: inputs, options added\n' +
      '                        and removed, the NPV bridge step by step, the recommendation before and after',
    load: () => import('./diff'),
  },
  deck: {
    summary:
      'deck FILE -o OUT.pptx [--compare OLD.json] [--reconciliation R.json] [--force]\n' +
      '                        the board deck: recommendation (why, how sure), ranking, cumulative cost,\n' +
      "                        crossover, what the vendors' counts cost, risk, negotiation asks (and what\n" +
      '                        changed since OLD, the reconciliation in R.json), native charts, speaker notes',
    load: () => import('./deck'),
  },
  validate: {
    summary: 'validate FILE...      list every problem in scenario files',
    load: () => import('./validate'),
  },
  reconcile: {
    summary:
      'reconcile EVENTS --definition EXPR --price P [--tolerance T] [--json] [--engine js|duckdb]\n' +
      '                        [--period COL] [--billed COL] [--vendor-definition EXPR] [--currency USD]\n' +
      '                        in a warehouse: --engine postgres --url URL --table NAME (no EVENTS)\n' +
      '                        [--apply-to SCENARIO --option NAME [--out FILE] [--ranges]] [--xlsx OUT.xlsx]\n' +
      "                        [--preset intercom|zendesk|agentforce] (the vendor's own export)\n" +
      `                        vendor's billed count against the buyer's definition, month by month,\n` +
      `                        and the gap clause by clause\n` +
      `                        (defaults: --tolerance ${DEFAULT_TOLERANCE}, --period ${DEFAULT_PERIOD_COLUMN}, --billed ${DEFAULT_BILLED_COLUMN})`,
    load: () => import('./reconcile'),
  },
  sql: {
    summary:
      `sql --dialect ${DIALECTS.join('|')} --definition EXPR [--table NAME] [--period COL] [--billed COL]\n` +
      '                        [--vendor-definition EXPR]  the monthly vendor, buyer and clause counts query',
    load: () => import('./sql'),
  },
  exhibit: {
    summary:
      'exhibit [EVENTS] --definition EXPR --price P -o OUT.docx [--format docx|md] [--force]\n' +
      `                        [--tolerance T] [--dialect ${DIALECTS.join(',')}] [--vendor-definition EXPR]\n` +
      '                        [--period COL] [--billed COL] [--id COL] [--table NAME] [--currency USD]\n' +
      '                        [--scenario FILE --option NAME]\n' +
      '                        the contract exhibit defining the billable outcome: clauses in words, the\n' +
      '                        query per dialect, test vectors, the export owed, re-classification, the\n' +
      "                        asks priced from the bid, the pilot's figures (--format md: stdout without -o)",
    load: () => import('./exhibit'),
  },
  risk: {
    summary:
      'risk FILE [--trials N] [--seed S] [--sampling lhs|random] [--json]\n' +
      '                        [--trials-out TRIALS.csv [--force]]\n' +
      "                        tornado, switch values, contributions and simulation of the scenario's ranges\n" +
      '  risk FILE --suggest -o FILE2  a copy of FILE with a starter uncertainty block',
    load: () => import('./risk'),
  },
};
