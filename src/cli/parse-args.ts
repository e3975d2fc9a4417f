import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into input errors (exit 2). */
export function parseCommandArgs<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}
