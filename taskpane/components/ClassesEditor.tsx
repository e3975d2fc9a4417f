import { Button } from '@fluentui/react-components';
import { setAt } from '../state/draft';
import { ChargesRows, useChargesList, type ChargesListProps, type RowsSpec } from './charges-list';

/** Starting classes from a single price: half of it for simple outcomes, double for complex. */
export function startingClasses(price: number): Record<string, unknown>[] {
  const p = price > 0 ? price : 1;
  return [
    { name: 'Simple', share: 0.6, price: Math.round(p * 50) / 100, driftAnnual: -0.1 },
    { name: 'Moderate', share: 0.3, price: p, driftAnnual: 0.1 },
    { name: 'Complex', share: 0.1, price: Math.round(p * 200) / 100, driftAnnual: 0.2 },
  ];
}

const ROWS: RowsSpec = {
  what: 'class',
  keepOne: true,
  columns: [
    { key: 'name', label: (n) => `Class ${n}`, text: true },
    { key: 'share', label: 'Share', percent: true },
    { key: 'price', label: 'Price' },
    { key: 'driftAnnual', label: 'Mix drift a year', percent: true },
  ],
};

/**
 * Outcomes priced by complexity (DOMAIN.md "More vendor terms"): each class's share of the
 * vendor-counted outcomes in month 1, its price and the drift of its weight a year.
 */
export function ClassesEditor({ chargesPath, optionName }: ChargesListProps) {
  const { path, list: classes, setField, update } = useChargesList(chargesPath, 'classes');
  if (!classes) return null;
  return (
    <fieldset>
      <legend>Outcome classes (shares sum to 100%)</legend>
      <ChargesRows path={path} list={classes} of={optionName} rows={ROWS} />
      <Button
        onClick={() =>
          setField(path, [...classes, { name: `Class ${classes.length + 1}`, share: 0, price: 0 }])
        }
      >
        Add class to {optionName}
      </Button>{' '}
      <Button
        onClick={() =>
          update((d) => {
            const first = (classes[0] ?? {}) as { price?: number };
            const withPrice = setAt(d, [...chargesPath, 'price'], first.price ?? 1);
            return setAt(withPrice, path, undefined);
          })
        }
      >
        Back to one price for {optionName}
      </Button>
    </fieldset>
  );
}
