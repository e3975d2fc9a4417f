// The form that adds a correlation: two ranges and a coefficient, refused with the reason for
// one range twice, two ranges of one group, or a coefficient outside (-1, 1).
import { Button, Field, Input, Select, makeStyles } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { riskFormStyles } from './risk-form-styles';

const useStyles = makeStyles({
  ...riskFormStyles,
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: '6px' },
  control: { width: '100%', minWidth: 0, '& input': { minWidth: 0, width: '100%' } },
});

interface Props {
  /** One `<option>` per range, its value the range's index. */
  rangeOptions: ReactNode;
  /** Each range's group, if any. */
  groups: readonly unknown[];
  onAdd(between: [number, number], rho: number): void;
}

export function AddCorrelation({ rangeOptions, groups, onAdd }: Props) {
  const styles = useStyles();
  const [first, setFirst] = useState(0);
  const [second, setSecond] = useState(1);
  const [rho, setRho] = useState('0.5');
  const typed = Number(rho.trim());
  const group = groups[first];
  const problem =
    first === second
      ? 'Pick two different ranges.'
      : typeof group === 'string' && group === groups[second]
        ? `Both ranges are in group ${group}: they move together already.`
        : !(rho.trim() !== '' && typed > -1 && typed < 1)
          ? 'The coefficient lies between -1 and 1 (both excluded).'
          : null;
  /** A range picked for the pair, by its index. */
  const rangeField = (label: string, value: number, pick: (index: number) => void) => (
    <Field label={label} className={styles.grow}>
      <Select
        className={styles.select}
        value={String(value)}
        onChange={(_, data) => pick(Number(data.value))}
      >
        {rangeOptions}
      </Select>
    </Field>
  );
  return (
    <div className={styles.card}>
      <div className={styles.pair}>
        {rangeField('Range', first, setFirst)}
        {rangeField('with range', second, setSecond)}
      </div>
      <div className={styles.row}>
        <Field
          label="Coefficient"
          className={styles.grow}
          validationState={problem ? 'warning' : 'none'}
          validationMessage={problem ?? undefined}
        >
          <Input
            className={styles.control}
            inputMode="decimal"
            value={rho}
            onChange={(_, data) => setRho(data.value)}
          />
        </Field>
        <Button
          appearance="primary"
          onClick={() => problem === null && onAdd([first, second], typed)}
          disabled={problem !== null}
        >
          Add correlation
        </Button>
      </div>
    </div>
  );
}
