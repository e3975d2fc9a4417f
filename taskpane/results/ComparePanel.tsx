import { Button, Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { changeLabel, changeValue, optionKinds, type ScenarioComparison } from '../../src/index';
import { useTableStyles } from '../components/table-styles';
import type { ComparisonState } from '../state/use-comparison';
import { useEvaluated } from '../state/scenario-store';
import { ColumnHeads } from '../components/ColumnHeads';
import { wholeMoney } from '../components/whole-money';

type Kinds = ReadonlyMap<string, string>;

function Bridge({
  comparison,
  currency,
  kinds,
}: {
  comparison: ScenarioComparison;
  currency: string;
  kinds: Kinds;
}) {
  const table = useTableStyles();
  const names = Object.keys(comparison.totalChange);
  const [chosen, setChosen] = useState<string | null>(null);
  if (names.length === 0)
    return <p className={table.note}>No option is in both versions, so there is no bridge.</p>;
  const name =
    chosen && names.includes(chosen)
      ? chosen
      : names.includes(comparison.recommendationAfter)
        ? comparison.recommendationAfter
        : names[0];
  const money = wholeMoney(currency);
  const signed = (v: number) => (v > 0 ? `+${money(v)}` : money(v));
  return (
    <section aria-labelledby="bridge-heading">
      <h3 id="bridge-heading">NPV bridge</h3>
      <Field label="Option">
        <Select
          value={name}
          onChange={(_, data) => setChosen(data.value)}
          data-testid="bridge-option"
        >
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      <table className={table.table} data-testid="bridge">
        <caption className="visually-hidden">
          {name}: NPV before, the effect of each change applied in turn, the total change and the
          NPV after, in {currency}
        </caption>
        <ColumnHeads names={['Step', 'NPV effect']} />
        <tbody>
          <tr>
            <th scope="row">NPV before</th>
            <td>{money(comparison.npvBefore[name])}</td>
          </tr>
          {comparison.bridge.map((step, i) => (
            <tr key={i} data-step={i + 1}>
              <th scope="row" data-paths={step.paths.join(' + ')}>
                {step.paths.map((path) => changeLabel(kinds, path)).join(' + ')}
              </th>
              <td className={step.effect[name] < 0 ? table.negative : undefined}>
                {signed(step.effect[name])}
              </td>
            </tr>
          ))}
          <tr className={table.total}>
            <th scope="row">Total change</th>
            <td data-testid="bridge-total">{signed(comparison.totalChange[name])}</td>
          </tr>
          <tr>
            <th scope="row">NPV after</th>
            <td>{money(comparison.npvAfter[name])}</td>
          </tr>
        </tbody>
      </table>
      <p className={table.note}>
        Each change is applied in turn, in the order of the new file; the steps add up to the total
        change.
      </p>
    </section>
  );
}

interface Props {
  state: ComparisonState;
  onClose(): void;
}

/** What changed since a previous file: inputs old -> new, options added or removed, the bridge. */
export function ComparePanel({ state, onClose }: Props) {
  const table = useTableStyles();
  const { scenario, result } = useEvaluated();
  const kinds = optionKinds(scenario);
  const close = <Button onClick={onClose}>Close comparison</Button>;
  if (!state.ok)
    return (
      <section aria-labelledby="compare-heading" data-testid="compare">
        <h2 id="compare-heading">What changed since {state.label}</h2>
        <MessageBar intent="error" data-testid="compare-failure">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
        {close}
      </section>
    );
  const c = state.comparison;
  return (
    <section aria-labelledby="compare-heading" data-testid="compare">
      <h2 id="compare-heading">What changed since {state.label}</h2>
      <p data-testid="compare-recommendation">
        {c.recommendationChanged
          ? `Recommendation changed: ${c.recommendationBefore} before, ${c.recommendationAfter} now.`
          : `Recommendation unchanged: ${c.recommendationAfter}.`}
      </p>
      {c.added.length > 0 && (
        <p data-testid="compare-added">Options added (not bridged): {c.added.join(', ')}</p>
      )}
      {c.removed.length > 0 && (
        <p data-testid="compare-removed">Options removed (not bridged): {c.removed.join(', ')}</p>
      )}
      <h3>Changed inputs ({c.changes.length})</h3>
      {c.changes.length === 0 ? (
        <p>No input changed.</p>
      ) : (
        <table className={table.table} data-testid="compare-changes">
          <caption className="visually-hidden">Inputs that differ: old value and new value</caption>
          <ColumnHeads names={['Input', 'Old', 'New']} />
          <tbody>
            {c.changes.map((ch) => (
              <tr key={ch.path} data-path={ch.path}>
                <th scope="row">{changeLabel(kinds, ch.path)}</th>
                <td data-wrap>{changeValue(kinds, ch.path, ch.old, result.currency)}</td>
                <td data-wrap>{changeValue(kinds, ch.path, ch.new, result.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Bridge comparison={c} currency={result.currency} kinds={kinds} />
      {close}
    </section>
  );
}
