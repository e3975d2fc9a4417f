// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi, beforeAll } from 'vitest';
import { ReconcilePanel } from '../../taskpane/reconcile/ReconcilePanel';
import { installDomShims } from '../taskpane/setup-dom';

vi.mock('react-chartjs-2', () => ({ Bar: () => <pre data-testid="bar-chart" /> }));
afterEach(cleanup);
beforeAll(() => installDomShims());

const CSV = [
  'ticket_id,period,status,csat,vendor_billed',
  'T1,2025-01-03,open,5,1',
  'T2,2025-01-05,closed,2,1',
  'T3,2025-02-01,closed,5,1',
  'T4,2025-02-02,closed,4,0',
].join('\n');

describe('the Reconcile tab\'s "Contract exhibit (.docx)"', () => {
  it('downloads the exhibit of the loaded events: clauses, vectors and the tolerance', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:exhibit');
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ReconcilePanel initialDefinition='status == "closed" and csat >= 4' initialPrice={2} />
      </FluentProvider>,
    );
    await user.upload(
      screen.getByLabelText('Open a CSV export'),
      new File([CSV], 'events.csv', { type: 'text/csv' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Contract exhibit (.docx)' }));
    await waitFor(() => expect(names).toEqual(['contract-exhibit.docx']));
    click.mockRestore();
    const zip = await JSZip.loadAsync(await blobs[0].arrayBuffer());
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ');
    expect(blobs[0].type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(text).toContain('status == &quot;closed&quot;');
    expect(text).toContain('the contact&apos;s csat is at least 4');
    expect(text).toContain('not an outcome: fails clause 1 first; billed by the vendor');
    expect(text).toContain('not an outcome: fails clause 2 first; billed by the vendor');
    expect(text).toContain('an outcome: meets every clause; billed by the vendor');
    expect(text).toContain('T3');
    expect(text).toContain('5.0% of the buyer');
  });
});
