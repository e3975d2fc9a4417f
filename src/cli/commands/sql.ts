import { DefinitionError } from '../../reconcile/definition/errors';
import { countsQuery, definitionToSql } from '../../reconcile/sql/counts-query';
import { DIALECTS, isDialectName } from '../../reconcile/sql/dialects';
import { DEFAULT_BILLED_COLUMN, DEFAULT_PERIOD_COLUMN } from '../../reconcile/settings';
import { EXIT_OK, InputError } from '../errors';
import type { Io } from '../io';
import { parseCommandArgs } from '../parse-args';

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, {
    dialect: { type: 'string' },
    definition: { type: 'string' },
    table: { type: 'string', default: 'events' },
    period: { type: 'string', default: DEFAULT_PERIOD_COLUMN },
    billed: { type: 'string' },
    'vendor-definition': { type: 'string' },
  });
  if (values.dialect === undefined || !isDialectName(values.dialect))
    throw new InputError(
      `--dialect must be one of ${DIALECTS.join(', ')}, got ${values.dialect === undefined ? 'nothing' : `"${values.dialect}"`}`,
    );
  if (values.definition === undefined) throw new InputError('--definition is required');
  if (!/^[A-Za-z_][\w.$-]*$/.test(values.table))
    throw new InputError(
      `--table must be a table name such as events or dataset.events, got "${values.table}"`,
    );
  const vendorDefinition = values['vendor-definition'];
  if (vendorDefinition !== undefined)
    try {
      definitionToSql(vendorDefinition, values.dialect);
    } catch (error) {
      if (error instanceof DefinitionError)
        throw new InputError(`--vendor-definition: ${error.message}`);
      throw error;
    }
  try {
    io.out(
      `${countsQuery({
        dialect: values.dialect,
        definition: values.definition,
        from: values.table,
        periodColumn: values.period,
        billedColumn: values.billed ?? DEFAULT_BILLED_COLUMN,
        // without an export at hand, a vendor rule is the vendor count unless --billed names a flag
        vendorDefinition,
        besideBilled: values.billed !== undefined,
      })};`,
    );
  } catch (error) {
    if (error instanceof DefinitionError) throw new InputError(`--definition: ${error.message}`);
    throw error;
  }
  return EXIT_OK;
}
