// Excel-only actions: import bids, read a series, write the scenario into the workbook.
// Outside Excel they are explained instead of offered.
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { buildWorkbookContent, workbookForExcel } from '../export/export-seam';
import { useWorkbook } from '../office/adapter-context';
import { bidsToOptions } from '../office/bids-table';
import { optionsOf } from '../state/draft';
import { useScenario } from '../state/scenario-store';

const useStyles = makeStyles({
  actions: { display: 'grid', gap: tokens.spacingVerticalS, justifyItems: 'start' },
});

type Status = { intent: 'success' | 'error' | 'info'; text: string } | null;

export function WorkbookPanel() {
  const styles = useStyles();
  const adapter = useWorkbook();
  const { evaluated, update, setField } = useScenario();
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const act = (label: string, action: () => Promise<string>) => async () => {
    setBusy(true);
    try {
      setStatus({ intent: 'success', text: await action() });
    } catch (error) {
      setStatus({ intent: 'error', text: `${label} failed: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  if (!adapter.isExcel) {
    return (
      <section aria-labelledby="workbook-heading">
        <h2 id="workbook-heading">Workbook</h2>
        <p>
          Open Crossover as an Excel add-in to import bids from a table named <code>Bids</code>,
          read a monthly series from the selected range, and write the scenario into the workbook as
          the board workbook&apos;s sheets (Summary, Inputs, Schedule, Crossover, Definitions) with
          a native chart and a Functions sheet of OUTCOME examples. Here in the browser, your
          scenario is kept in this browser&apos;s storage; use Save to download it, or download the
          board workbook (.xlsx) and the schedule (.csv).
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="workbook-heading">
      <h2 id="workbook-heading">Workbook</h2>
      <div className={styles.actions}>
        <Button
          disabled={busy}
          onClick={act('Importing the Bids table', async () => {
            const { options, problems } = bidsToOptions(await adapter.readBidsTable());
            if (problems.length) throw new Error(problems.join('; '));
            const names = new Set(options.map((o) => String(o.name)));
            update((d) => ({
              ...d,
              options: [...optionsOf(d).filter((o) => !names.has(String(o.name))), ...options],
            }));
            return `Imported ${options.length} option(s) from the Bids table; check the Inputs tab for problems`;
          })}
        >
          Import bids from the Bids table
        </Button>
        <Button
          disabled={busy}
          onClick={act('Reading the selected range', async () => {
            const series = await adapter.readSelectedSeries();
            setField(['demand', 'contactsByMonth'], series);
            return `Read ${series.length} monthly volumes from the selection`;
          })}
        >
          Use the selected range as contacts by month
        </Button>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={act('Writing into the workbook', async () => {
            const content = buildWorkbookContent(evaluated.scenario, evaluated.result);
            const model = workbookForExcel(content);
            await adapter.writeWorkbookModel(model);
            await adapter.writeChart(content.chart);
            return `Wrote ${model.sheets.map((s) => s.name).join(', ')} and a chart of cumulative cost`;
          })}
        >
          Write the scenario into this workbook
        </Button>
      </div>
      <p>The scenario is saved with this workbook and reopens with it.</p>
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
