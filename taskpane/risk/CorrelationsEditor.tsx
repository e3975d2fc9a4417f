// The correlations of the Risk tab, under the ranges: each pair of ranges that move together in
// part, with its coefficient; a form to add one (two ranges, a coefficient); the matrix the
// simulation uses and, when the pairs cannot all hold, the repair's warning beside the pair it
// changed most. Written into the draft's `uncertainty.correlations`, saved with the file.
import {
  Button,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { memo, useMemo } from 'react';
import { fieldWords, inputCorrelation, optionKinds, uncertaintyWarnings } from '../../src/index';
import { NumberField } from '../components/fields';
import { useDraft, useEvaluated } from '../state/scenario-store';
import { AddCorrelation } from './AddCorrelation';
import { CorrelationMatrix } from './CorrelationMatrix';
import { correlationsOf, withCorrelations, type DraftCorrelation } from './correlation-draft';
import { inputsOf } from './RangesEditor';
import { riskFormStyles } from './risk-form-styles';

const useStyles = makeStyles({
  ...riskFormStyles,
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: '6px' },
  problem: { color: tokens.colorPaletteRedForeground1, fontSize: '12px', margin: 0 },
  note: { fontSize: '12px', margin: 0 },
});

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const CorrelationsEditor = memo(function CorrelationsEditor() {
  const styles = useStyles();
  const { draft, update, problems } = useDraft();
  const { scenario } = useEvaluated();
  const kinds = useMemo(() => optionKinds(scenario), [scenario]);
  const inputs = inputsOf(draft);
  const correlations = correlationsOf(draft);
  const plain = inputs.map((input) =>
    upperFirst(
      fieldWords(kinds, {
        option: typeof input.option === 'string' ? input.option : null,
        field: String(input.field ?? ''),
      }),
    ),
  );
  const labels = plain.map(
    (words, i) =>
      `${i + 1}. ${words}${typeof inputs[i].group === 'string' ? ` (group ${String(inputs[i].group)})` : ''}`,
  );
  const block = scenario.uncertainty;
  const used = useMemo(
    () => (block ? inputCorrelation(block.inputs, block.correlations) : null),
    [block],
  );
  const warnings = useMemo(() => uncertaintyWarnings(scenario), [scenario]);

  if (inputs.length < 2) return null;

  const set = (next: DraftCorrelation[]) => update((d) => withCorrelations(d, next));
  const setEnd = (k: number, end: 0 | 1, value: number) =>
    set(
      correlationsOf(draft).map((c, i) => {
        if (i !== k) return c;
        const between = Array.isArray(c.between) ? [...c.between] : [0, 1];
        between[end] = value;
        return { ...c, between };
      }),
    );
  const remove = (k: number) => set(correlations.filter((_, i) => i !== k));
  const rangeOptions = labels.map((label, i) => (
    <option key={i} value={i}>
      {label}
    </option>
  ));
  const problemsAt = (k: number) =>
    problems
      .filter((p) => p.path.startsWith(`uncertainty.correlations[${k}]`) && !p.path.endsWith('rho'))
      .map((p) => p.message);
  const warningAt = (path: string) => warnings.filter((w) => w.path === path);

  return (
    <section aria-labelledby="correlations-heading">
      <h2 id="correlations-heading">Correlations</h2>
      <p className={styles.note}>
        Ranges that move together in part: a coefficient near 1 moves them up and down together,
        near -1 in opposite directions (the correlation of their normal scores; their rank
        correlation comes out near it). The tornado and the switch values move one input at a time
        and ignore correlations.
      </p>
      {warningAt('uncertainty.correlations').map((w) => (
        <MessageBar key={w.path} intent="warning" data-testid="correlation-warning">
          <MessageBarBody>{w.message}</MessageBarBody>
        </MessageBar>
      ))}
      {correlations.map((c, k) => {
        const between = Array.isArray(c.between) ? c.between : [];
        const endSelect = (end: 0 | 1) => (
          <Select
            className={styles.select}
            aria-label={`${end === 0 ? 'First' : 'Second'} range of correlation ${k + 1}`}
            value={typeof between[end] === 'number' ? String(between[end]) : ''}
            data-path={`uncertainty.correlations[${k}].between[${end}]`}
            onChange={(_, data) => setEnd(k, end, Number(data.value))}
          >
            {rangeOptions}
          </Select>
        );
        return (
          <div key={k} className={styles.card} data-testid="correlation">
            <div className={styles.pair}>
              {endSelect(0)}
              {endSelect(1)}
            </div>
            {problemsAt(k).map((message) => (
              <p key={message} className={styles.problem} role="alert">
                {message}
              </p>
            ))}
            <div className={styles.row}>
              <div className={styles.grow}>
                <NumberField
                  path={['uncertainty', 'correlations', k, 'rho']}
                  label="Coefficient (-1 to 1)"
                />
              </div>
              <Button onClick={() => remove(k)} aria-label={`Remove correlation ${k + 1}`}>
                Remove
              </Button>
            </div>
            {warningAt(`uncertainty.correlations[${k}].rho`).map((w) => (
              <MessageBar key={w.path} intent="warning" data-testid="correlation-warning">
                <MessageBarBody>{w.message}</MessageBarBody>
              </MessageBar>
            ))}
          </div>
        );
      })}
      <AddCorrelation
        rangeOptions={rangeOptions}
        groups={inputs.map((input) => input.group)}
        onAdd={(between, rho) => set([...correlations, { between, rho }])}
      />
      {used && (
        <CorrelationMatrix
          used={used.used}
          names={used.variables.map((members) =>
            members.length > 1 || typeof inputs[members[0]]?.group === 'string'
              ? `group ${String(inputs[members[0]]?.group)}: ${members.map((j) => plain[j]).join(', ')}`
              : (plain[members[0]] ?? ''),
          )}
        />
      )}
    </section>
  );
});
