import { Button } from '@fluentui/react-components';
import { getAt, setAt, type Path } from '../state/draft';
import { useDraft } from '../state/scenario-store';
import { useFormStyles } from './form-styles';
import { NumberField, TextField } from './fields';

/** Starting classes from a single price: half of it for simple outcomes, double for complex. */
export function startingClasses(price: number): Record<string, unknown>[] {
  const p = price > 0 ? price : 1;
  return [
    { name: 'Simple', share: 0.6, price: Math.round(p * 50) / 100, driftAnnual: -0.1 },
    { name: 'Moderate', share: 0.3, price: p, driftAnnual: 0.1 },
    { name: 'Complex', share: 0.1, price: Math.round(p * 200) / 100, driftAnnual: 0.2 },
  ];
}

/**
 * Outcomes priced by complexity (DOMAIN.md "More vendor terms"): each class's share of the
 * vendor-counted outcomes in month 1, its price and the drift of its weight a year.
 */
export function ClassesEditor({
  chargesPath,
  optionName,
}: {
  chargesPath: Path;
  optionName: string;
}) {
  const styles = useFormStyles();
  const { draft, setField, update } = useDraft();
  const classesPath = [...chargesPath, 'classes'];
  const classes = getAt(draft, classesPath);
  if (!Array.isArray(classes)) return null;
  return (
    <fieldset>
      <legend>Outcome classes (shares sum to 100%)</legend>
      {classes.map((_, i) => (
        <div className={styles.row} key={i}>
          <TextField path={[...classesPath, i, 'name']} label={`Class ${i + 1}`} />
          <NumberField path={[...classesPath, i, 'share']} label="Share" percent />
          <NumberField path={[...classesPath, i, 'price']} label="Price" />
          <NumberField path={[...classesPath, i, 'driftAnnual']} label="Mix drift a year" percent />
          <Button
            aria-label={`Remove class ${i + 1} of ${optionName}`}
            disabled={classes.length === 1}
            onClick={() =>
              setField(
                classesPath,
                classes.filter((__, j) => j !== i),
              )
            }
          >
            Remove
          </Button>
        </div>
      ))}
      <Button
        onClick={() =>
          setField(classesPath, [
            ...classes,
            { name: `Class ${classes.length + 1}`, share: 0, price: 0 },
          ])
        }
      >
        Add class to {optionName}
      </Button>{' '}
      <Button
        onClick={() =>
          update((d) => {
            const first = (classes[0] ?? {}) as { price?: number };
            const withPrice = setAt(d, [...chargesPath, 'price'], first.price ?? 1);
            return setAt(withPrice, classesPath, undefined);
          })
        }
      >
        Back to one price for {optionName}
      </Button>
    </fieldset>
  );
}
