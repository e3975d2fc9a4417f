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
