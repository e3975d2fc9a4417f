// The correlations of the Risk tab, under the ranges: each pair of ranges that move together in
// part, with its coefficient; a form to add one (two ranges, a coefficient); the matrix the
// simulation uses and, when the pairs cannot all hold, the repair's warning beside the pair it
// changed most. Written into the draft's `uncertainty.correlations`, saved with the file.
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { memo, useId, useMemo, useState } from 'react';
import {
  fieldWords,
  formatNumber,
  inputCorrelation,
  optionKinds,
  uncertaintyWarnings,
} from '../../src/index';
import { NumberField } from '../components/fields';
import { cardStyle } from '../components/card-style';
import { useDraft, useEvaluated } from '../state/scenario-store';
import { correlationsOf, withCorrelations, type DraftCorrelation } from './correlation-draft';
import { inputsOf } from './RangesEditor';

const useStyles = makeStyles({
  card: {
    ...cardStyle(tokens.colorNeutralStroke1, tokens.spacingHorizontalS),
    marginBottom: tokens.spacingVerticalS,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: '6px' },
  control: { width: '100%', minWidth: 0, '& input': { minWidth: 0, width: '100%' } },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  grow: { flex: '1 1 120px', minWidth: 0 },
  select: { width: '100%', minWidth: 0, '& select': { width: '100%', minWidth: 0 } },
  problem: { color: tokens.colorPaletteRedForeground1, fontSize: '12px', margin: 0 },
  note: { fontSize: '12px', margin: 0 },
  matrix: {
    borderCollapse: 'collapse',
    fontSize: '12px',
    '& th, & td': {
      textAlign: 'right',
      padding: '1px 4px',
      whiteSpace: 'nowrap',
      fontVariantNumeric: 'tabular-nums',
    },
  },
  legend: { fontSize: '12px', margin: 0, paddingLeft: '20px' },
});

/** Above this many variables the matrix would not fit 350 px: its pairs are listed instead. */
const MATRIX_LIMIT = 7;

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const coefficient = (x: number) => (x === 0 ? '0' : x.toFixed(2));

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
  const [first, setFirst] = useState(0);
  const [second, setSecond] = useState(1);
  const [rho, setRho] = useState('0.5');
  const firstId = useId();
  const secondId = useId();
  const rhoId = useId();

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
  const groupOf = (i: number) => inputs[i]?.group;
  const sameGroup =
    typeof groupOf(first) === 'string' && groupOf(first) === groupOf(second) && first !== second;
  const typed = Number(rho.trim());
  const addProblem =
    first === second
      ? 'Pick two different ranges.'
      : sameGroup
        ? `Both ranges are in group ${String(groupOf(first))}: they move together already.`
        : !(rho.trim() !== '' && typed > -1 && typed < 1)
          ? 'The coefficient lies between -1 and 1 (both excluded).'
          : null;
  const add = () => {
    if (addProblem) return;
    set([...correlations, { between: [first, second], rho: typed }]);
  };
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
      <div className={styles.card}>
        <div className={styles.pair}>
          <Field label="Range" className={styles.grow}>
            <Select
              className={styles.select}
              id={firstId}
              value={String(first)}
              onChange={(_, data) => setFirst(Number(data.value))}
            >
              {rangeOptions}
            </Select>
          </Field>
          <Field label="with range" className={styles.grow}>
            <Select
              className={styles.select}
              id={secondId}
              value={String(second)}
              onChange={(_, data) => setSecond(Number(data.value))}
            >
              {rangeOptions}
            </Select>
          </Field>
        </div>
        <div className={styles.row}>
          <Field
            label="Coefficient"
            className={styles.grow}
            validationState={addProblem ? 'warning' : 'none'}
            validationMessage={addProblem ?? undefined}
          >
            <Input
              className={styles.control}
              id={rhoId}
              inputMode="decimal"
              value={rho}
              onChange={(_, data) => setRho(data.value)}
            />
          </Field>
          <Button appearance="primary" onClick={add} disabled={addProblem !== null}>
            Add correlation
          </Button>
        </div>
      </div>
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

interface MatrixProps {
  used: number[][];
  /** Each variable's name: its range, or its group and the group's ranges. */
  names: string[];
}

/** The matrix the simulation uses, one row and column per variable (a group is one). */
function CorrelationMatrix({ used, names }: MatrixProps) {
  const styles = useStyles();
  if (names.length > MATRIX_LIMIT) {
    return (
      <ul className={styles.legend} data-testid="correlation-matrix">
        {used.flatMap((row, a) =>
          row.flatMap((x, b) =>
            b > a && x !== 0
              ? [<li key={`${a}|${b}`}>{`${names[a]} with ${names[b]}: ${coefficient(x)}`}</li>]
              : [],
          ),
        )}
      </ul>
    );
  }
  return (
    <>
      <h3 style={{ fontSize: '14px', margin: '8px 0 4px' }}>Matrix used by the simulation</h3>
      <table className={styles.matrix} data-testid="correlation-matrix">
        <thead>
          <tr>
            <td />
            {names.map((_, v) => (
              <th key={v} scope="col">
                {formatNumber(v + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {used.map((row, v) => (
            <tr key={v}>
              <th scope="row">{formatNumber(v + 1)}</th>
              {row.map((x, w) => (
                <td key={w}>{coefficient(x)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ol className={styles.legend}>
        {names.map((name, v) => (
          <li key={v}>{name}</li>
        ))}
      </ol>
    </>
  );
}
