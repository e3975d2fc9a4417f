/** Input the reconciliation cannot use (a missing column, a bad price); the message says which. */
export class InputProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputProblem';
  }
}
