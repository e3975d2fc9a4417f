import type { Io } from '../io';
import * as reconcileCommand from './reconcile';
import * as runCommand from './run';
import * as sqlCommand from './sql';
import * as validateCommand from './validate';

export interface Command {
  summary: string;
  run: (args: string[], io: Io) => Promise<number>;
}

/** Every subcommand of `crossover`; add one line per command module. */
export const COMMANDS: Record<string, Command> = {
  run: runCommand,
  reconcile: reconcileCommand,
  sql: sqlCommand,
  validate: validateCommand,
};
