import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { downloadText } from '../components/FileBar';
import { DOCX_TYPE, EXHIBIT_FILE_NAME, exhibitDocxBytes } from './exhibit-docx';
import type { LoadedEvents, ReconcileInputs } from './reconcile-view';

/** "Contract exhibit (.docx)": downloads the exhibit for the loaded events and the settings. */
export function ExhibitButton({
  events,
  inputs,
  currency,
}: {
  events: LoadedEvents;
  inputs: ReconcileInputs;
  currency: string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    try {
      downloadText(await exhibitDocxBytes(events, inputs, currency), EXHIBIT_FILE_NAME, DOCX_TYPE);
      setError(null);
    } catch (e) {
      setError(`Writing the contract exhibit failed: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button onClick={() => void download()} disabled={busy}>
        Contract exhibit (.docx)
      </Button>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
