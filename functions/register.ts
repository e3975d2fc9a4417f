import { FunctionError, type ErrorKind } from './errors';

/** The slice of Office's CustomFunctions global that registration uses. */
export interface CustomFunctionsHost {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: Record<string, string>;
}

const ERROR_CODES: Record<ErrorKind, string> = {
  value: 'invalidValue',
  num: 'invalidNumber',
  na: 'notAvailable',
  div0: 'divisionByZero',
};

/** Wraps a function so that its FunctionError results reach Excel as CustomFunctions.Error. */
export function forExcel(
  host: CustomFunctionsHost,
  fn: (...args: unknown[]) => unknown,
): (...args: unknown[]) => unknown {
  return (...args) => {
    const value = fn(...args);
    if (value instanceof FunctionError) {
      // Throwing a CustomFunctions.Error is how a function reports an error to Excel.
      throw new host.Error(host.ErrorCode[ERROR_CODES[value.kind]], value.message);
    }
    return value;
  };
}

/**
 * Registers every function with Excel when the CustomFunctions global exists. The same script
 * also loads in a plain browser (the taskpane page opened outside Excel), where it does nothing.
 */
export function registerFunctions(
  functions: ReadonlyArray<readonly [id: string, fn: (...args: unknown[]) => unknown]>,
): void {
  const host = (globalThis as { CustomFunctions?: CustomFunctionsHost }).CustomFunctions;
  if (!host || typeof host.associate !== 'function') return;
  for (const [id, fn] of functions) host.associate(id, forExcel(host, fn));
}
