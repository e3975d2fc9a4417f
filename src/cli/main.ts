import { pathToFileURL } from 'node:url';
import { COMMANDS } from './commands/index';
import { EXIT_FAILURE, EXIT_INVALID_INPUT, EXIT_OK, InputError } from './errors';
import { escapingIo, exitQuietlyOnClosedPipe, processIo, type Io } from './io';

function usage(): string {
  return [
    'Usage: crossover <command> [options]',
    '',
    'Commands:',
    ...Object.values(COMMANDS).map((c) => `  ${c.summary}`),
  ].join('\n');
}

/** The `crossover` command: parses the subcommand, runs it, maps errors to exit codes. */
export async function main(argv: string[], rawIo: Io = processIo): Promise<number> {
  if (rawIo === processIo) exitQuietlyOnClosedPipe();
  const io = escapingIo(rawIo);
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? EXIT_INVALID_INPUT : EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`crossover: unknown command "${name}"\n${usage()}`);
    return EXIT_INVALID_INPUT;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`Usage: crossover ${command.summary}`);
    return EXIT_OK;
  }
  try {
    return await (await command.load()).run(args, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`crossover ${name}: ${error.message}`);
      for (const line of error.details) io.err(`  ${line}`);
      return EXIT_INVALID_INPUT;
    }
    io.err(`crossover ${name}: unexpected failure: ${(error as Error).stack ?? String(error)}`);
    return EXIT_FAILURE;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
