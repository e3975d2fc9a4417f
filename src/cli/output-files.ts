import {
  lstatSync,
  mkdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './errors';

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

export interface OutputPolicy {
  /** Files the command read: never written to, whatever the flags. */
  inputs: readonly string[];
  /** Replace outputs that exist (`--force`); otherwise an existing output is an error. */
  force: boolean;
  /** Create missing directories above the outputs (export); otherwise they must exist. */
  createDirectories: boolean;
  /** How to say "replace it" in the message: the flag, or that this command never replaces. */
  replaceHint: string;
}

const NOTHING_WRITTEN = 'nothing was written';

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** The file a path names, following links where they lead somewhere. */
function identity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function existsAsLink(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The directory an output goes into must be a directory (or, with createDirectories, be makeable). */
function checkDirectory(path: string, createDirectories: boolean): void {
  let dir = dirname(resolve(path));
  for (;;) {
    try {
      if (!statSync(dir).isDirectory())
        throw new InputError(
          `cannot write ${path}: ${dir} is not a directory (${NOTHING_WRITTEN})`,
        );
      return;
    } catch (error) {
      if (error instanceof InputError) throw error;
      const code = errnoCode(error);
      if (code === 'ENOTDIR')
        throw new InputError(
          `cannot write ${path}: a file stands where ${dir} needs a directory (${NOTHING_WRITTEN})`,
        );
      if (code !== 'ENOENT')
        throw new InputError(
          `cannot write ${path}: ${(error as Error).message} (${NOTHING_WRITTEN})`,
        );
      if (!createDirectories)
        throw new InputError(
          `cannot write ${path}: directory ${dir} does not exist (${NOTHING_WRITTEN})`,
        );
      const parent = dirname(dir);
      if (parent === dir) return;
      dir = parent;
    }
  }
}

/**
 * Every check an output must pass, for all outputs before any is written: not an input, not
 * named twice, not an existing file unless replacing is allowed, into a directory that exists.
 */
export function checkOutputs(outputs: readonly OutputFile[], policy: OutputPolicy): void {
  const inputs = new Map(policy.inputs.map((p) => [identity(p), p]));
  const seen = new Map<string, string>();
  for (const { path } of outputs) {
    const id = identity(path);
    const input = inputs.get(id);
    if (input !== undefined)
      throw new InputError(
        `${path} is the input ${input}: an output never replaces an input (${NOTHING_WRITTEN})`,
      );
    const twice = seen.get(id);
    if (twice !== undefined)
      throw new InputError(`${path} and ${twice} are the same file: give each output its own path`);
    seen.set(id, path);
    if (existsAsLink(path)) {
      let isDirectory = false;
      try {
        isDirectory = statSync(path).isDirectory();
      } catch {
        // a dangling link: it exists, and is replaced only when allowed
      }
      if (isDirectory) throw new InputError(`${path} is a directory (${NOTHING_WRITTEN})`);
      if (!policy.force)
        throw new InputError(`${path} already exists; ${policy.replaceHint} (${NOTHING_WRITTEN})`);
    }
    checkDirectory(path, policy.createDirectories);
  }
}

/**
 * Checks every output, then writes each to a temporary file beside it and renames it into place,
 * so a rejected or failed run leaves every existing file as it was.
 */
export function writeOutputs(outputs: readonly OutputFile[], policy: OutputPolicy): void {
  checkOutputs(outputs, policy);
  const written: { temp: string; path: string }[] = [];
  let current = '';
  try {
    for (const [index, { path, data }] of outputs.entries()) {
      if (policy.createDirectories) mkdirSync(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${index}.tmp`);
      current = temp;
      writeFileSync(temp, data, { flag: 'wx' });
      written.push({ temp, path });
    }
  } catch (error) {
    for (const { temp } of written) rmSync(temp, { force: true });
    if (current !== '') rmSync(current, { force: true });
    const failed = outputs[written.length]?.path ?? '';
    throw new InputError(
      `cannot write ${failed}: ${(error as Error).message} (${NOTHING_WRITTEN})`,
    );
  }
  for (const { temp, path } of written) renameSync(temp, path);
}
