import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  type MeasuredOvercount,
  overcountToApply,
  calibratedRanges,
  type CalibratedRanges,
  rangesLines,
  type RangesReport,
  driftVerdictLine,
  GENERATOR_DEFINITION,
  DEFAULT_BILLED_COLUMN,
  DEFAULT_PERIOD_COLUMN,
  DEFAULT_TOLERANCE,
} from '../../src/index';
import { ClauseChart } from './ClauseChart';
import { CountsChart } from './CountsChart';
import { ExhibitButton } from './ExhibitButton';
import { eventsFromCsvFile, eventsFromGrid } from './load-events';
import { reconcileView, type LoadedEvents } from './reconcile-view';

/** Inputs shrink to their grid column at the taskpane's 350 px (Fluent's Input is 200 px wide). */
const FILL = { minWidth: 0, width: '100%' } as const;

/** One setting of the reconciliation: a labelled text input filling its grid column. */
function Setting({
  label,
  value,
  set,
  decimal = false,
}: {
  label: string;
  value: string;
  set: (value: string) => void;
  decimal?: boolean;
}) {
  return (
    <Field label={label}>
      <Input
        style={FILL}
        value={value}
        onChange={(_, d) => set(d.value)}
        inputMode={decimal ? 'decimal' : undefined}
      />
    </Field>
  );
}

export interface ReconcilePanelProps {
  /** Reads the chosen sheet table or range (header row first); absent outside Excel. */
  readTable?: () => Promise<unknown[][]>;
  /** Vendor options of the scenario the measured drift may be applied to. */
  vendorOptions?: readonly string[];
  /** Applies the measured overcount to the named vendor option. */
  onApplyDrift?: (option: string, measured: MeasuredOvercount) => void;
  /** Writes the pilot as ranges into the named vendor option; throws when it cannot. */
  onApplyRanges?: (option: string, calibrated: CalibratedRanges) => RangesReport;
  currency?: string;
  initialDefinition?: string;
  initialPrice?: number;
}

/**
 * Reconcile the vendor's billed count against the buyer's definition: load events (a sheet
 * table or a CSV file), write the definition with live validation and a count preview, see both
 * counts by month, the overcharge and the tolerance verdict, and apply the measured drift.
 */
export function ReconcilePanel({
  readTable,
  vendorOptions = [],
  onApplyDrift,
  onApplyRanges,
  currency = 'USD',
  initialDefinition = GENERATOR_DEFINITION,
  initialPrice = 0.99,
}: ReconcilePanelProps) {
  const [events, setEvents] = useState<LoadedEvents | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [definition, setDefinition] = useState(initialDefinition);
  const [price, setPrice] = useState(String(initialPrice));
  const [tolerance, setTolerance] = useState(String(DEFAULT_TOLERANCE));
  const [periodColumn, setPeriodColumn] = useState(DEFAULT_PERIOD_COLUMN);
  const [billedColumn, setBilledColumn] = useState(DEFAULT_BILLED_COLUMN);
  const [option, setOption] = useState(vendorOptions[0] ?? '');
  const [applied, setApplied] = useState<{ option: string; keptBecause: string | null } | null>(
    null,
  );
  const [ranged, setRanged] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const deferredDefinition = useDeferredValue(definition);
  const fileInputId = useId();

  const view = useMemo(
    () =>
      reconcileView(events, {
        definition: deferredDefinition,
        price,
        tolerance,
        periodColumn,
        billedColumn,
      }),
    [events, deferredDefinition, price, tolerance, periodColumn, billedColumn],
  );

  async function load(work: () => Promise<LoadedEvents>) {
    try {
      setEvents(await work());
      setLoadError(null);
      setApplied(null);
      setRanged(null);
    } catch (error) {
      setLoadError((error as Error).message);
    }
  }

  const money = (value: number, digits = 2) => formatMoney(value, currency, digits);
  const notApplied = view.verdict && driftVerdictLine(view.verdict);
  const total = view.reconciliation?.total;
  const check = view.definition;

  return (
    <section aria-labelledby="reconcile-panel-heading" style={{ display: 'grid', gap: 12 }}>
      <h2 id="reconcile-panel-heading">Reconcile counts</h2>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        {readTable && (
          <Button
            appearance="primary"
            onClick={() => load(async () => eventsFromGrid(await readTable(), periodColumn))}
          >
            Read the selected table
          </Button>
        )}
        <label htmlFor={fileInputId}>Open a CSV export</label>
        <input
          id={fileInputId}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void load(() => eventsFromCsvFile(file));
          }}
        />
      </div>
      {loadError && (
        <MessageBar intent="error">
          <MessageBarBody>{loadError}</MessageBarBody>
        </MessageBar>
      )}
      {events && (
        <Text>
          {formatNumber(events.table.rowCount)} rows from {events.table.source}; columns:{' '}
          {events.allColumns.join(', ')}
        </Text>
      )}
      <Field
        label="Outcome definition"
        validationState={check ? (check.ok ? 'success' : 'error') : 'none'}
        validationMessage={
          check
            ? check.ok
              ? `${formatNumber(check.matches)} of ${formatNumber(check.rows)} rows meet the definition`
              : check.message
            : 'Load events to check the definition against their columns'
        }
      >
        <Textarea
          value={definition}
          onChange={(_, d) => setDefinition(d.value)}
          resize="vertical"
          spellCheck={false}
        />
      </Field>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 8 }}>
        <Setting label="Price per outcome" value={price} set={setPrice} decimal />
        <Setting label="Tolerance (fraction)" value={tolerance} set={setTolerance} decimal />
        <Setting label="Period column" value={periodColumn} set={setPeriodColumn} />
        <Setting label="Billed flag column" value={billedColumn} set={setBilledColumn} />
      </div>
      {view.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{view.problem}</MessageBarBody>
        </MessageBar>
      )}
      {view.note && (
        <MessageBar intent="info">
          <MessageBarBody>{view.note}</MessageBarBody>
        </MessageBar>
      )}
      {view.reconciliation && total && (
        <>
          {/* the overcharge first: the figure the buyer came for, above the charts */}
          <dl aria-label="Reconciliation summary" style={{ margin: 0 }}>
            <dt>Overcharge</dt>
            <dd>{money(total.overcharge)}</dd>
            <dt>Vendor count / buyer count</dt>
            <dd>
              {formatNumber(total.vendorCount)} / {formatNumber(total.buyerCount)}
            </dd>
            <dt>Effective price per buyer-defined outcome</dt>
            <dd>{total.effectivePrice === null ? 'n/a' : money(total.effectivePrice, 4)}</dd>
            <dt>Tolerance verdict</dt>
            <dd>
              {`${view.reconciliation.months.filter((m) => m.toleranceExceeded).length} of ${view.reconciliation.months.length} months exceed ${formatPercent(view.reconciliation.tolerance)}: the buyer's count is billed in those months`}
            </dd>
            <dt>Corrected invoice</dt>
            <dd>
              {money(total.correctedInvoice)} instead of {money(total.vendorInvoice)}
            </dd>
          </dl>
          <ExhibitButton
            events={events!}
            inputs={{ definition, price, tolerance, periodColumn, billedColumn }}
            currency={currency}
          />
          <CountsChart months={view.reconciliation.months} />
          {total.billedNotOutcome > 0 && <ClauseChart total={total} currency={currency} />}
        </>
      )}
      {view.drift && (
        <section aria-label="Measured drift" style={{ display: 'grid', gap: 8 }}>
          <Text>
            Measured overcount k0 = {view.drift.initialRatio.toFixed(4)} (
            {view.drift.interval.initialRatio.low.toFixed(4)} to{' '}
            {view.drift.interval.initialRatio.high.toFixed(4)}), drift{' '}
            {formatPercent(view.drift.driftAnnual)} a year (
            {formatPercent(view.drift.interval.driftAnnual.low)} to{' '}
            {formatPercent(view.drift.interval.driftAnnual.high)}), 95% intervals from{' '}
            {view.drift.monthsUsed} months.
          </Text>
          {notApplied && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {notApplied}
                {onApplyDrift && vendorOptions.length > 0
                  ? ' Applying writes k0 only; the bid keeps its own drift.'
                  : ''}
              </MessageBarBody>
            </MessageBar>
          )}
          {onApplyDrift && vendorOptions.length > 0 && (
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end' }}>
              <Field label="Vendor bid">
                <Select value={option} onChange={(_, d) => setOption(d.value)}>
                  {vendorOptions.map((name) => (
                    <option key={name}>{name}</option>
                  ))}
                </Select>
              </Field>
              <Button
                onClick={() => {
                  const measured = overcountToApply(view.drift!, view.verdict!);
                  onApplyDrift(option, measured);
                  setApplied({ option, keptBecause: view.verdict!.driftReason });
                }}
              >
                Apply measured drift
              </Button>
              {onApplyRanges && (
                <Button
                  onClick={() => {
                    try {
                      const calibrated = calibratedRanges(view.drift!, view.reconciliation!.months);
                      const report = onApplyRanges(option, calibrated);
                      const head = `Wrote the pilot as ranges into ${option} (normal; its points are their means):`;
                      setRanged({ ok: true, lines: [head, ...rangesLines(report, view.verdict)] });
                    } catch (error) {
                      setRanged({ ok: false, lines: [(error as Error).message] });
                    }
                  }}
                >
                  Use as ranges
                </Button>
              )}
            </div>
          )}
          {applied && (
            <MessageBar intent={applied.keptBecause ? 'warning' : 'success'}>
              <MessageBarBody>
                <span>Applied the measured overcount to {applied.option}.</span>
                {applied.keptBecause && <span> Its own drift is kept: {applied.keptBecause}.</span>}
              </MessageBarBody>
            </MessageBar>
          )}
          {ranged && (
            <MessageBar intent={ranged.ok ? 'success' : 'error'}>
              <MessageBarBody aria-label="Ranges written">
                {ranged.lines.map((line) => (
                  <div key={line}>{line}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
    </section>
  );
}
