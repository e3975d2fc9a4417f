export type DefinitionErrorKind =
  | 'empty'
  | 'too-long'
  | 'too-deep'
  | 'syntax'
  | 'mistaken-operator'
  | 'not-allowed'
  | 'unknown-column'
  | 'unknown-function'
  | 'type-mismatch'
  | 'not-a-condition'
  | 'time-limit';

/** A definition the sandbox refuses: names the place in the expression and what is available. */
export class DefinitionError extends Error {
  constructor(
    readonly kind: DefinitionErrorKind,
    message: string,
    /** 1-based character position in the definition, when known. */
    readonly position: number | null = null,
    readonly columns: readonly string[] = [],
  ) {
    super(message);
    this.name = 'DefinitionError';
  }
}

/** "at character 12 (`reopen_days > "x"`)" or "" when the place is unknown. */
export function where(position: number | null, excerpt?: string): string {
  if (position === null) return excerpt ? ` in \`${excerpt}\`` : '';
  return ` at character ${position}${excerpt ? ` (\`${excerpt}\`)` : ''}`;
}

export function availableColumns(columns: readonly string[]): string {
  return columns.length === 0
    ? 'no columns are available'
    : `available columns: ${columns.join(', ')}`;
}

/** A DefinitionError in the vendor's stated rule rather than in the buyer's definition. */
export class VendorRuleError extends DefinitionError {
  constructor(error: DefinitionError) {
    super(error.kind, error.message, error.position, error.columns);
    this.name = 'VendorRuleError';
  }
}

/** Runs a check of the vendor's rule, telling its errors apart from the definition's. */
export function asVendorRule<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof DefinitionError) throw new VendorRuleError(error);
    throw error;
  }
}
