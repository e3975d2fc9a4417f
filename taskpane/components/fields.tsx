// Form fields bound to a path in the draft. Each keeps the user's text, writes what it means
// into the draft (a number, or the raw text for the engine to reject) and shows the engine's
// message for its own path.
import { Field, Input, Select, makeStyles } from '@fluentui/react-components';
import { useEffect, useId, useState, type ReactElement } from 'react';
import { formatNumber } from '../../src/index';
import { getAt, pathText, type Path } from '../state/draft';
import { useDraft } from '../state/scenario-store';

// Inputs fill their grid cell; the native default width would push a 350 px pane sideways.
const useStyles = makeStyles({
  control: { width: '100%', minWidth: 0, '& input, & select': { minWidth: 0, width: '100%' } },
  field: { minWidth: 0 },
});

/**
 * The engine's message for a path: its problems, else what it holds that is probably not meant
 * (in a field typed as a percentage, a rate above 1 reads as that many hundred percent).
 */
function useMessage(
  path: Path,
  percent: boolean,
): { state: 'error' | 'warning' | 'none'; message?: string } {
  const { problems, warnings } = useDraft();
  const key = pathText(path);
  const joined = (list: readonly { path: string; message: string }[]) =>
    list
      .filter((p) => p.path === key)
      .map((p) => p.message)
      .join('; ');
  const problem = joined(problems);
  if (problem) return { state: 'error', message: problem };
  const own = warnings.find((w) => w.path === key);
  if (!own) return { state: 'none' };
  const rate = own.value;
  return {
    state: 'warning',
    message:
      percent && typeof rate === 'number'
        ? `${formatNumber(rate * PERCENT)}% a year: for ${toText(rate, false)}% type ${toText(rate, false)}`
        : joined(warnings),
  };
}

/** The Field around a control bound to `path`: its label and hint, and the engine's message for it. */
function PathField({
  path,
  label,
  hint,
  required,
  percent = false,
  children,
}: {
  path: Path;
  label: string;
  hint?: string;
  required?: boolean;
  percent?: boolean;
  children: ReactElement;
}) {
  const { state, message } = useMessage(path, percent);
  const styles = useStyles();
  return (
    <Field
      className={styles.field}
      label={label}
      hint={hint}
      required={required}
      validationState={state}
      validationMessage={message}
    >
      {children}
    </Field>
  );
}

/** A Select's choices from a table of each value's label, in the table's order. */
export const choicesOf = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The options of a Select, one per choice. */
export function ChoiceOptions({
  choices,
}: {
  choices: readonly { value: string; label: string }[];
}) {
  return choices.map((c) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  ));
}

const PERCENT = 100;

/** Thousands separated (fromText reads them back), every digit kept that toPrecision(12) keeps. */
const SHOWN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

export function toText(value: unknown, percent: boolean): string {
  if (typeof value === 'number') {
    return SHOWN.format(Number((percent ? value * PERCENT : value).toPrecision(12)));
  }
  return value === undefined || value === null ? '' : String(value);
}

/** Empty text removes the field (the engine's default applies); non-numbers go in as text. */
export function fromText(text: string, percent: boolean): unknown {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return undefined;
  const n = Number(trimmed.replace(/%$/, ''));
  if (!Number.isFinite(n)) return text;
  return percent ? n / PERCENT : n;
}

interface NumberFieldProps {
  path: Path;
  label: string;
  /** Shown and typed as a percentage; stored as a share. */
  percent?: boolean;
  hint?: string;
  required?: boolean;
  /** Shown when empty: the engine's default. */
  placeholder?: string;
  /** What an empty field means: undefined removes the key (default), null means "no limit". */
  emptyAs?: null;
}

export function NumberField({
  path,
  label,
  percent = false,
  hint,
  required,
  placeholder,
  emptyAs,
}: NumberFieldProps) {
  const { draft, setField } = useDraft();
  const value = getAt(draft, path);
  const [text, setText] = useState(() => toText(value, percent));
  useEffect(() => {
    // The draft changed from elsewhere (a file, an example, an import): show it.
    setText((current) => {
      const shown = fromText(current, percent) ?? emptyAs;
      return Object.is(shown, value) ? current : toText(value, percent);
    });
  }, [value, percent, emptyAs]);
  const styles = useStyles();
  return (
    <PathField
      path={path}
      label={percent ? `${label} (%)` : label}
      hint={hint}
      required={required}
      percent={percent}
    >
      <Input
        className={styles.control}
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        name={pathText(path)}
        data-path={pathText(path)}
        contentAfter={percent ? <span aria-hidden="true">%</span> : undefined}
        onChange={(_, data) => {
          setText(data.value);
          const next = fromText(data.value, percent);
          setField(path, next === undefined ? emptyAs : next);
        }}
      />
    </PathField>
  );
}

export function TextField({ path, label, hint }: { path: Path; label: string; hint?: string }) {
  const { draft, setField } = useDraft();
  const value = getAt(draft, path);
  const styles = useStyles();
  return (
    <PathField path={path} label={label} hint={hint}>
      <Input
        className={styles.control}
        value={typeof value === 'string' ? value : ''}
        name={pathText(path)}
        data-path={pathText(path)}
        onChange={(_, data) => setField(path, data.value)}
      />
    </PathField>
  );
}

interface ChoiceFieldProps {
  path: Path;
  label: string;
  choices: readonly { value: string; label: string }[];
}

export function ChoiceField({ path, label, choices }: ChoiceFieldProps) {
  const { draft, setField } = useDraft();
  const value = getAt(draft, path);
  const styles = useStyles();
  const id = useId();
  return (
    <PathField path={path} label={label}>
      <Select
        className={styles.control}
        id={id}
        value={typeof value === 'string' ? value : ''}
        data-path={pathText(path)}
        onChange={(_, data) => setField(path, data.value)}
      >
        <ChoiceOptions choices={choices} />
      </Select>
    </PathField>
  );
}
