// jsdom has no canvas, so component tests swap react-chartjs-2 for a stub that renders the
// data handed to chart.js as JSON; the real charts are drawn in the end-to-end tests.
import type { ChartData } from 'chart.js';

function Stub(props: { data: ChartData; 'aria-label'?: string }) {
  return (
    <div role="img" aria-label={props['aria-label']} data-chart={JSON.stringify(props.data)} />
  );
}

export const chartStub = { Line: Stub, Scatter: Stub, Bar: Stub };
