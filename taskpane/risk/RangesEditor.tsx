// The ranges of the Risk tab: each uncertainty input with its distribution and values, a picker
// that adds a range to any number of the scenario, and the simulation's trials, seed and sampling.
// Everything is written into the draft's `uncertainty` block, so ranges are saved with the file.
import { Button, Field, Select, makeStyles } from '@fluentui/react-components';
import { memo, useId, useMemo, useState } from 'react';
import { fieldDisplay, fieldWords, optionKinds, defaultRange, rangeChoices } from '../../src/index';
import { ChoiceField, ChoiceOptions, choicesOf, NumberField } from '../components/fields';
import { getAt, type Draft } from '../state/draft';
import { useDraft, useEvaluated } from '../state/scenario-store';
import { correlationsOf, correlationsWithout, withCorrelations } from './correlation-draft';
import { riskFormStyles } from './risk-form-styles';

const useStyles = makeStyles({
  ...riskFormStyles,
  params: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: '6px' },
  heading: { margin: 0, fontSize: '14px' },
});

const DISTRIBUTIONS = choicesOf({
  triangular: 'Triangular (low, mode, high)',
  pert: 'Beta-PERT (low, mode, high)',
  uniform: 'Uniform (low, high)',
  normal: 'Normal (mean, sd)',
});

const SAMPLINGS = choicesOf({ lhs: 'Latin hypercube', random: 'Random' });

type Input = Record<string, unknown>;

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The values a distribution takes, reshaped from the ones the input had. */
function reshaped(input: Input, dist: string): Input {
  const { option, field, group } = input;
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const low = num(input.low);
  const high = num(input.high);
  const centre =
    num(input.mode) ??
    num(input.mean) ??
    (low !== undefined && high !== undefined ? (low + high) / 2 : undefined);
  const base = { ...(option ? { option } : {}), field, ...(group ? { group } : {}), dist };
  if (dist === 'normal') {
    const sd = num(input.sd) ?? (low !== undefined && high !== undefined ? (high - low) / 4 : 1);
    return { ...base, mean: centre ?? 0, sd };
  }
  const spread = num(input.sd) ?? 0;
  const lo = low ?? (centre ?? 0) - 2 * spread;
  const hi = high ?? (centre ?? 0) + 2 * spread;
  return dist === 'uniform'
    ? { ...base, low: lo, high: hi }
    : { ...base, low: lo, mode: centre ?? lo, high: hi };
}

export const inputsOf = (draft: Draft): Input[] => {
  const list = getAt(draft, ['uncertainty', 'inputs']);
  return Array.isArray(list) ? (list as Input[]) : [];
};

export const RangesEditor = memo(function RangesEditor() {
  const styles = useStyles();
  const { draft, update } = useDraft();
  const { scenario } = useEvaluated();
  const kinds = useMemo(() => optionKinds(scenario), [scenario]);
  const inputs = inputsOf(draft);
  const taken = new Set(inputs.map((i) => `${String(i.option ?? '')}|${String(i.field)}`));
  const choices = useMemo(() => rangeChoices(scenario), [scenario]);
  const free = choices.filter((c) => !taken.has(`${c.option ?? ''}|${c.field}`));
  const [picked, setPicked] = useState('');
  const pickerId = useId();
  const chosen = free.find((c) => `${c.option ?? ''}|${c.field}` === picked) ?? free[0];

  const add = () => {
    if (!chosen) return;
    const input = defaultRange(scenario, chosen);
    update((d) => {
      const block = (getAt(d, ['uncertainty']) as Record<string, unknown> | undefined) ?? {};
      // The first range writes the simulation's defaults out, so the user sees and can edit them.
      const settings = { trials: 10_000, seed: 1, sampling: 'lhs', ...block };
      return { ...d, uncertainty: { ...settings, inputs: [...inputsOf(d), input] } };
    });
    setPicked('');
  };
  const remove = (index: number) =>
    update((d) => {
      const rest = inputsOf(d).filter((_, i) => i !== index);
      if (rest.length > 0) {
        const kept = withCorrelations(d, correlationsWithout(correlationsOf(d), index));
        return { ...kept, uncertainty: { ...(kept.uncertainty as object), inputs: rest } };
      }
      const copy = { ...d };
      delete copy.uncertainty;
      return copy;
    });
  const setDist = (index: number, dist: string) =>
    update((d) => {
      const next = inputsOf(d).map((input, i) => (i === index ? reshaped(input, dist) : input));
      return { ...d, uncertainty: { ...(d.uncertainty as object), inputs: next } };
    });

  return (
    <section aria-labelledby="ranges-heading">
      <h2 id="ranges-heading">Ranges</h2>
      {inputs.length === 0 && (
        <p>No ranges yet. Pick a number below to give it a range; the simulation runs at once.</p>
      )}
      {inputs.map((input, i) => {
        const option = typeof input.option === 'string' ? input.option : null;
        const field = String(input.field ?? '');
        const named = { option, field };
        const percent = fieldDisplay(kinds, named) === 'percent';
        const path = (key: string) => ['uncertainty', 'inputs', i, key] as const;
        const dist = String(input.dist ?? '');
        return (
          <div key={`${option ?? ''}|${field}|${i}`} className={styles.card}>
            <h3 className={styles.heading}>{upperFirst(fieldWords(kinds, named))}</h3>
            <div className={styles.row}>
              <Field label="Distribution" className={styles.grow}>
                <Select
                  className={styles.select}
                  value={dist}
                  data-path={`uncertainty.inputs[${i}].dist`}
                  onChange={(_, data) => setDist(i, data.value)}
                >
                  <ChoiceOptions choices={DISTRIBUTIONS} />
                </Select>
              </Field>
              <Button
                onClick={() => remove(i)}
                aria-label={`Remove the range of ${fieldWords(kinds, named)}`}
              >
                Remove
              </Button>
            </div>
            <div className={styles.params}>
              {dist === 'normal' ? (
                <>
                  <NumberField path={path('mean')} label="Mean" percent={percent} />
                  <NumberField path={path('sd')} label="SD" percent={percent} />
                </>
              ) : (
                <>
                  <NumberField path={path('low')} label="Low" percent={percent} />
                  {dist !== 'uniform' && (
                    <NumberField path={path('mode')} label="Mode" percent={percent} />
                  )}
                  <NumberField path={path('high')} label="High" percent={percent} />
                </>
              )}
            </div>
          </div>
        );
      })}
      <div className={styles.row}>
        <Field label="Add a range to" className={styles.grow}>
          <Select
            className={styles.select}
            id={pickerId}
            value={chosen ? `${chosen.option ?? ''}|${chosen.field}` : ''}
            onChange={(_, data) => setPicked(data.value)}
            disabled={free.length === 0}
          >
            {free.map((c) => (
              <option key={`${c.option ?? ''}|${c.field}`} value={`${c.option ?? ''}|${c.field}`}>
                {fieldWords(kinds, c)}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" onClick={add} disabled={!chosen}>
          Add range
        </Button>
      </div>
      {inputs.length > 0 && (
        <div className={styles.params}>
          <NumberField path={['uncertainty', 'trials']} label="Trials" placeholder="10000" />
          <NumberField path={['uncertainty', 'seed']} label="Seed" placeholder="1" />
          <ChoiceField path={['uncertainty', 'sampling']} label="Sampling" choices={SAMPLINGS} />
        </div>
      )}
    </section>
  );
});
