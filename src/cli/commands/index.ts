import type { Io } from '../io';
import * as diffCommand from './diff';
import * as exportCommand from './export';
import * as runCommand from './run';
import * as validateCommand from './validate';
import * as reconcileCommand from './reconcile';
import * as sqlCommand from './sql';
import * as riskCommand from './risk';

export interface Command {
  summary: string;
  run: (args: string[], io: Io) => Promise<number>;
}

/** Every subcommand of `crossover`; add one line per command module. */
export const COMMANDS: Record<string, Command> = {
  run: runCommand,
  export: exportCommand,
  diff: diffCommand,
  validate: validateCommand,
  reconcile: reconcileCommand,
  sql: sqlCommand,
  risk: riskCommand,
};
