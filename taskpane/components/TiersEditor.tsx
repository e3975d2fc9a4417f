import { Button } from '@fluentui/react-components';
import { getAt, type Path } from '../state/draft';
import { useDraft } from '../state/scenario-store';
import { useFormStyles } from './form-styles';
import { NumberField } from './fields';

/** The tier table of one bid: upTo ascending, the last tier empty (no limit). */
export function TiersEditor({
  chargesPath,
  optionName,
}: {
  chargesPath: Path;
  optionName: string;
}) {
  const styles = useFormStyles();
  const { draft, setField } = useDraft();
  const tiersPath = [...chargesPath, 'tiers'];
  const tiers = getAt(draft, tiersPath);
  if (!Array.isArray(tiers)) return null;
  return (
    <fieldset>
      <legend>Tiers (leave the last tier&apos;s limit empty)</legend>
      {tiers.map((_, i) => (
        <div className={styles.row} key={i}>
          <NumberField
            path={[...tiersPath, i, 'upTo']}
            label={`Tier ${i + 1} up to`}
            emptyAs={null}
          />
          <NumberField path={[...tiersPath, i, 'price']} label="Price" />
          <NumberField path={[...tiersPath, i, 'flatFee']} label="Flat fee" />
          <Button
            aria-label={`Remove tier ${i + 1} of ${optionName}`}
            disabled={tiers.length === 1}
            onClick={() =>
              setField(
                tiersPath,
                tiers.filter((__, j) => j !== i),
              )
            }
          >
            Remove
          </Button>
        </div>
      ))}
      <Button
        onClick={() => {
          const previous = tiers.map((t) => (t as { upTo: unknown }).upTo);
          const bounded = tiers.map((t, j) =>
            j === tiers.length - 1 && previous[j] === null
              ? { ...(t as object), upTo: (Number(previous[j - 1]) || 0) + 10000 }
              : t,
          );
          setField(tiersPath, [...bounded, { upTo: null, price: 0 }]);
        }}
      >
        Add tier to {optionName}
      </Button>
    </fieldset>
  );
}
