/** Which column of the export a problem is about, so that each face can name its own argument. */
export type ProblemColumn = 'period' | 'billed';

/** Input the reconciliation cannot use (a missing column, a bad price); the message says which. */
export class InputProblem extends Error {
  constructor(
    message: string,
    readonly column?: ProblemColumn,
  ) {
    super(message);
    this.name = 'InputProblem';
  }
}
