// The Reconcile tab's content. The counts reconciliation panel (taskpane/reconcile/, a
// self-contained ReconcilePanel) is mounted here when it is merged.
export function ReconcileSlot() {
  return (
    <section aria-labelledby="reconcile-heading">
      <h2 id="reconcile-heading">Reconcile counts</h2>
      <p>Reconciling the vendor&apos;s counts with yours is not available in this build yet.</p>
    </section>
  );
}
