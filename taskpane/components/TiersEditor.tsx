import { Button } from '@fluentui/react-components';
import { ChargesRows, useChargesList, type ChargesListProps, type RowsSpec } from './charges-list';

const ROWS: RowsSpec = {
  what: 'tier',
  keepOne: true,
  columns: [
    { key: 'upTo', label: (n) => `Tier ${n} up to`, emptyAs: null },
    { key: 'price', label: 'Price' },
    { key: 'flatFee', label: 'Flat fee' },
  ],
};

/** The tier table of one bid: upTo ascending, the last tier empty (no limit). */
export function TiersEditor({ chargesPath, optionName }: ChargesListProps) {
  const { path, list: tiers, setField } = useChargesList(chargesPath, 'tiers');
  if (!tiers) return null;
  return (
    <fieldset>
      <legend>Tiers (leave the last tier&apos;s limit empty)</legend>
      <ChargesRows path={path} list={tiers} of={optionName} rows={ROWS} />
      <Button
        onClick={() => {
          const previous = tiers.map((t) => (t as { upTo: unknown }).upTo);
          const bounded = tiers.map((t, j) =>
            j === tiers.length - 1 && previous[j] === null
              ? { ...(t as object), upTo: (Number(previous[j - 1]) || 0) + 10000 }
              : t,
          );
          setField(path, [...bounded, { upTo: null, price: 0 }]);
        }}
      >
        Add tier to {optionName}
      </Button>
    </fieldset>
  );
}
