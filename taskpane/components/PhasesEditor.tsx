import { Button } from '@fluentui/react-components';
import { getAt, type Path } from '../state/draft';
import { useDraft } from '../state/scenario-store';
import { useFormStyles } from './form-styles';
import { NumberField } from './fields';

/**
 * Phases from month 1 (DOMAIN.md "More vendor terms"): a free pilot (factor 0), an introductory
 * rate (e.g. 50%), then the list price after the last phase.
 */
export function PhasesEditor({
  chargesPath,
  optionName,
}: {
  chargesPath: Path;
  optionName: string;
}) {
  const styles = useFormStyles();
  const { draft, setField } = useDraft();
  const phasesPath = [...chargesPath, 'phases'];
  const phases = getAt(draft, phasesPath);
  const list = Array.isArray(phases) ? phases : [];
  return (
    <fieldset>
      <legend>Phases from month 1, then the list price</legend>
      {list.map((_, i) => (
        <div className={styles.row} key={i}>
          <NumberField path={[...phasesPath, i, 'months']} label={`Phase ${i + 1} months`} />
          <NumberField
            path={[...phasesPath, i, 'priceFactor']}
            label="Share of the price"
            percent
          />
          <Button
            aria-label={`Remove phase ${i + 1} of ${optionName}`}
            onClick={() => {
              const rest = list.filter((__, j) => j !== i);
              setField(phasesPath, rest.length > 0 ? rest : undefined);
            }}
          >
            Remove
          </Button>
        </div>
      ))}
      <Button
        onClick={() => setField(phasesPath, [{ months: 3, priceFactor: 0 }, ...list])}
        disabled={list.some((p) => (p as { priceFactor?: unknown }).priceFactor === 0)}
      >
        Add a free pilot to {optionName}
      </Button>{' '}
      <Button onClick={() => setField(phasesPath, [...list, { months: 6, priceFactor: 0.5 }])}>
        Add an introductory rate
      </Button>
    </fieldset>
  );
}
