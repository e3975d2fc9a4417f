import { escapeControlCharacters } from '../text/control-characters';

/** What a command may print: injected so tests can capture it. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Writes a progress line in place (no newline); only called when errIsTerminal. */
  progress?: (text: string) => void;
  /** Whether stderr is a terminal, where progress lines are shown. */
  errIsTerminal?: boolean;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  progress: (text) => process.stderr.write(`\r${text}\u001b[K`),
  get errIsTerminal() {
    return process.stderr.isTTY === true;
  },
};

/** Every line a command prints passes here: names and echoed input cannot drive the terminal. */
export function escapingIo(io: Io): Io {
  return {
    out: (text) => io.out(escapeControlCharacters(text)),
    err: (text) => io.err(escapeControlCharacters(text)),
  };
}

/**
 * `crossover run | head`: once the reader has gone, stop quietly with the exit code so far
 * instead of an EPIPE stack trace.
 */
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
}
