// The contract exhibit as .docx bytes, the same document `crossover exhibit -o X.docx` writes
// from the events the Reconcile tab has loaded. The exhibit and its Word writer (docx) load on
// demand, as their own chunk, so they do not weigh on the taskpane's start-up.
import { readReconcileArguments, type ReconcileArgument } from '../../src/index';
import type { LoadedEvents, ReconcileInputs } from './reconcile-view';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const EXHIBIT_FILE_NAME = 'contract-exhibit.docx';

/** Each reconcile argument's field label in the panel, for the messages. */
const FIELD_LABEL: Record<ReconcileArgument, string> = {
  definition: 'Outcome definition',
  price: 'Price per outcome',
  tolerance: 'Tolerance',
  periodColumn: 'Period column',
  billedColumn: 'Billed flag column',
  vendorDefinition: 'Vendor definition',
};

export async function exhibitDocxBytes(
  events: LoadedEvents,
  inputs: ReconcileInputs,
  currency: string,
): Promise<Uint8Array> {
  const settings = readReconcileArguments({ ...inputs }, (argument) => FIELD_LABEL[argument]);
  const { buildExhibit, idColumnOf, writeExhibitDocx } = await import('../../src/exhibit');
  const model = buildExhibit({
    settings,
    tableName: 'events',
    currency,
    pilot: { ...events, idColumn: idColumnOf(events.allColumns) },
  });
  return writeExhibitDocx(model);
}
