/** Excel errors a function can give: #VALUE!, #NUM!, #N/A and #DIV/0!. */
export type ErrorKind = 'value' | 'num' | 'na' | 'div0';

/**
 * An Excel error as a plain value, independent of the host: the Excel runtime turns it into a
 * CustomFunctions.Error, the HyperFormula test harness into a CellError.
 */
export class FunctionError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'FunctionError';
  }
}

export const invalidValue = (message: string) => new FunctionError('value', message);
export const invalidNumber = (message: string) => new FunctionError('num', message);
export const notAvailable = (message: string) => new FunctionError('na', message);
export const divisionByZero = (message: string) => new FunctionError('div0', message);
