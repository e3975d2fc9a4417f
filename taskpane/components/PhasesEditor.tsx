import { Button } from '@fluentui/react-components';
import { ChargesRows, useChargesList, type ChargesListProps, type RowsSpec } from './charges-list';

const ROWS: RowsSpec = {
  what: 'phase',
  columns: [
    { key: 'months', label: (n) => `Phase ${n} months` },
    { key: 'priceFactor', label: 'Share of the price', percent: true },
  ],
};

/**
 * Phases from month 1 (DOMAIN.md "More vendor terms"): a free pilot (factor 0), an introductory
 * rate (e.g. 50%), then the list price after the last phase.
 */
export function PhasesEditor({ chargesPath, optionName }: ChargesListProps) {
  const { path, list: phases, setField } = useChargesList(chargesPath, 'phases');
  const list = phases ?? [];
  return (
    <fieldset>
      <legend>Phases from month 1, then the list price</legend>
      <ChargesRows path={path} list={list} of={optionName} rows={ROWS} />
      <Button
        onClick={() => setField(path, [{ months: 3, priceFactor: 0 }, ...list])}
        disabled={list.some((p) => (p as { priceFactor?: unknown }).priceFactor === 0)}
      >
        Add a free pilot to {optionName}
      </Button>{' '}
      <Button onClick={() => setField(path, [...list, { months: 6, priceFactor: 0.5 }])}>
        Add an introductory rate
      </Button>
    </fieldset>
  );
}
