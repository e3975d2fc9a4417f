// Loads the generated functions.json and the function implementations into HyperFormula as a
// function plugin, so sheets can be recalculated the way Excel would call the functions.
// HyperFormula is a test-only dependency (GPL-3.0): it never reaches the add-in bundle.
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type SimpleCellAddress,
  type ImplementedFunctions,
} from 'hyperformula';
import { FunctionError, type ErrorKind } from '../../functions/errors';

export interface FunctionsJson {
  functions: {
    id: string;
    name: string;
    parameters: { name: string; dimensionality?: string; optional?: boolean }[];
    result: { dimensionality?: string; type?: string };
  }[];
}

type Implementation = (...args: unknown[]) => unknown;

const ERROR_TYPES: Record<ErrorKind, ErrorType> = {
  value: ErrorType.VALUE,
  num: ErrorType.NUM,
  na: ErrorType.NA,
  div0: ErrorType.DIV_BY_ZERO,
};

/** An HF value as Excel hands it to a custom function: blanks as null, ranges as 2-D arrays. */
function toExcelArgument(value: unknown): unknown {
  if (value === undefined || value === EmptyValue) return null;
  if (value instanceof SimpleRangeValue)
    return value.rawData().map((row) => row.map((cell) => toExcelArgument(cell)));
  return value;
}

function firstError(value: unknown): CellError | undefined {
  if (value instanceof CellError) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstError(item);
      if (found) return found;
    }
  }
  return undefined;
}

/** A function result as an HF value: errors keep their kind and message. */
function toHyperFormula(value: unknown): unknown {
  if (value instanceof FunctionError) return new CellError(ERROR_TYPES[value.kind], value.message);
  if (Array.isArray(value)) return SimpleRangeValue.onlyValues(value as never);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  return new CellError(ErrorType.VALUE, `the function returned ${String(value)}`);
}

// The parts of HF's (unexported) AST and interpreter state that the plugin reads.
interface AddressAst {
  toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress;
}
interface Ast {
  type: string;
  value?: unknown;
  reference?: AddressAst;
  start?: AddressAst;
  end?: AddressAst;
  args: Ast[];
}
interface State {
  formulaAddress: SimpleCellAddress;
}

/** What a formula argument holds at parse time, when it is a literal or refers to constant cells. */
type Static = { known: true; value: unknown } | { known: false };

export function outcomePlugin(
  metadata: FunctionsJson,
  implementations: Record<string, Implementation>,
  namespace = 'OUTCOME',
): FunctionPluginDefinition {
  class OutcomePlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = {};

    /** HF fixes a spill's size when it parses the formula; Excel sizes it after evaluating. */
    staticArgument(ast: Ast, state: State): Static {
      try {
        switch (ast.type) {
          case 'NUMBER':
          case 'STRING':
            return { known: true, value: ast.value };
          case 'EMPTY':
            return { known: true, value: null };
          case 'CELL_REFERENCE': {
            const value = this.dependencyGraph.getCellValue(
              ast.reference!.toSimpleCellAddress(state.formulaAddress),
            );
            if (value instanceof SimpleRangeValue || value instanceof CellError) break;
            return { known: true, value: toExcelArgument(value) };
          }
          case 'CELL_RANGE': {
            const start = ast.start!.toSimpleCellAddress(state.formulaAddress);
            const end = ast.end!.toSimpleCellAddress(state.formulaAddress);
            const rows: unknown[][] = [];
            for (let row = start.row; row <= end.row; row++) {
              const cells: unknown[] = [];
              for (let col = start.col; col <= end.col; col++) {
                const value = this.dependencyGraph.getCellValue({ sheet: start.sheet, row, col });
                if (value instanceof SimpleRangeValue || value instanceof CellError)
                  return { known: false };
                cells.push(toExcelArgument(value));
              }
              rows.push(cells);
            }
            return { known: true, value: rows };
          }
        }
      } catch {
        // a formula cell not computed yet: fall through
      }
      return { known: false };
    }
  }

  for (const fn of metadata.functions) {
    const implementation = implementations[fn.id];
    if (!implementation) throw new Error(`no implementation registered for ${fn.id}`);
    const formulaName = `${namespace}.${fn.name}`;
    const spills = fn.result.dimensionality === 'matrix';
    OutcomePlugin.implementedFunctions[formulaName] = {
      method: `call_${fn.id}`,
      parameters: fn.parameters.map((p) => ({
        argumentType:
          p.dimensionality === 'matrix' ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
        optionalArg: p.optional === true,
      })),
      ...(spills ? { sizeOfResultArrayMethod: `size_${fn.id}`, vectorizationForbidden: true } : {}),
    };
    const prototype = OutcomePlugin.prototype as unknown as Record<string, unknown>;
    prototype[`call_${fn.id}`] = function (this: OutcomePlugin, ast: Ast, state: State) {
      return this.runFunction(
        ast.args as never,
        state as never,
        this.metadata(formulaName),
        (...args: unknown[]) => {
          const excelArgs = args.map(toExcelArgument);
          // Excel does not call a function whose argument is an error; it shows that error.
          const error = firstError(args) ?? firstError(excelArgs);
          if (error) return error;
          return toHyperFormula(implementation(...excelArgs)) as never;
        },
      );
    };
    if (spills) {
      prototype[`size_${fn.id}`] = function (this: OutcomePlugin, ast: Ast, state: State) {
        const args = ast.args.map((arg) => this.staticArgument(arg, state));
        if (args.every((a) => a.known)) {
          const result = implementation(...args.map((a) => (a.known ? a.value : null)));
          if (Array.isArray(result)) return new ArraySize(result[0]?.length ?? 1, result.length);
        }
        // Not known before evaluation (or an error): the shape of the first range argument.
        const first = fn.parameters.findIndex((p) => p.dimensionality === 'matrix');
        const range = first >= 0 ? ast.args[first] : undefined;
        if (range?.type === 'CELL_RANGE') {
          const start = range.start!.toSimpleCellAddress(state.formulaAddress);
          const end = range.end!.toSimpleCellAddress(state.formulaAddress);
          return new ArraySize(end.col - start.col + 1, end.row - start.row + 1);
        }
        return range ? this.arraySizeForAst(range as never, state as never) : ArraySize.scalar();
      };
    }
  }
  return OutcomePlugin as unknown as FunctionPluginDefinition;
}

/** HF only recognises a plugin's functions by their names in a language pack. */
export function outcomeTranslations(metadata: FunctionsJson, namespace = 'OUTCOME') {
  const names = Object.fromEntries(
    metadata.functions.map((fn) => [`${namespace}.${fn.name}`, `${namespace}.${fn.name}`]),
  );
  return { enGB: names };
}
