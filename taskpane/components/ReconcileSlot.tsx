// The Reconcile tab: the counts reconciliation panel (taskpane/reconcile/), given the Excel
// table reader when there is one and a way to carry the measured overcount into a vendor bid.
// The panel (its definition language and reconciliation code) is loaded when the tab is first
// opened, so it does not weigh on the taskpane's start-up.
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useCallback } from 'react';
import {
  applyCalibratedRanges,
  type CalibratedRanges,
  type MeasuredOvercount,
} from '../../src/index';
import { useWorkbook } from '../office/adapter-context';
import { optionsOf, setAt } from '../state/draft';
import { useScenario } from '../state/scenario-store';

const ReconcilePanel = lazy(() =>
  import('../reconcile/ReconcilePanel').then((m) => ({ default: m.ReconcilePanel })),
);

/** Measured figures are estimates: six significant digits, as the CLI writes them. */
const sixDigits = (value: number) => Number(value.toPrecision(6));

export function ReconcileSlot() {
  const adapter = useWorkbook();
  const { draft, evaluated, update, replace } = useScenario();
  const vendors = evaluated.scenario.options.filter((o) => o.kind === 'vendor');
  const firstPrice = vendors.find((o) => o.charges.price !== undefined)?.charges.price;

  const applyDrift = useCallback(
    (name: string, measured: MeasuredOvercount) =>
      update((draft) => {
        const index = optionsOf(draft).findIndex((o) => o.name === name && o.kind === 'vendor');
        if (index < 0) return draft;
        const path = ['options', index, 'overcount'];
        const withRatio = setAt(draft, [...path, 'initialRatio'], sixDigits(measured.initialRatio));
        // a drift the pilot cannot tell is not written: the bid keeps its own (DOMAIN.md)
        if (measured.driftAnnual === null) return withRatio;
        return setAt(withRatio, [...path, 'driftAnnual'], sixDigits(measured.driftAnnual));
      }),
    [update],
  );

  // the draft as edited gets the ranges; the message needs the report at once, so no updater
  const applyRanges = useCallback(
    (name: string, calibrated: CalibratedRanges) => {
      const { document, report } = applyCalibratedRanges(draft, name, calibrated);
      replace(document);
      return report;
    },
    [draft, replace],
  );

  return (
    <Suspense fallback={<Spinner size="small" label="Loading the reconcile panel…" />}>
      <ReconcilePanel
        readTable={adapter.isExcel ? () => adapter.readSelectedTable() : undefined}
        vendorOptions={vendors.map((o) => o.name)}
        onApplyDrift={applyDrift}
        onApplyRanges={applyRanges}
        currency={evaluated.scenario.currency}
        initialPrice={firstPrice}
      />
    </Suspense>
  );
}
