// What the table editors of a bid's charges (tiers, phases, classes) share: the list in the
// draft under the charges, and its rows with their Remove buttons.
import { Button } from '@fluentui/react-components';
import { getAt, type Path } from '../state/draft';
import { useDraft } from '../state/scenario-store';
import { useFormStyles } from './form-styles';
import { NumberField, TextField } from './fields';

/** The props of an editor of one list under a bid's charges. */
export interface ChargesListProps {
  chargesPath: Path;
  optionName: string;
}

/** The list under `chargesPath` at `key` (null when the bid has none), its path and the setters. */
export function useChargesList(chargesPath: Path, key: string) {
  const { draft, setField, update } = useDraft();
  const path = [...chargesPath, key];
  const value = getAt(draft, path);
  return { path, list: Array.isArray(value) ? (value as unknown[]) : null, setField, update };
}

/** A field of each row: its key in the row, its label (or the label of row n), how it reads. */
export interface RowColumn {
  key: string;
  label: string | ((n: number) => string);
  /** A text field; otherwise a number. */
  text?: boolean;
  percent?: boolean;
  /** Empty means "no limit" (null) rather than "not set". */
  emptyAs?: null;
}

/** What the rows of one list are. */
export interface RowsSpec {
  /** What a row is, for the Remove button's name: "Remove tier 2 of Vendor A". */
  what: string;
  keepOne?: boolean;
  columns: readonly RowColumn[];
}

/**
 * The rows of the list at `path`, each its columns' fields then a Remove button. A list that must keep a
 * row (`keepOne`) cannot lose its last; any other list left empty is taken out of the draft.
 */
export function ChargesRows({
  path,
  list,
  of,
  rows: { what, keepOne = false, columns },
}: {
  path: Path;
  list: unknown[];
  /** The bid's name. */
  of: string;
  rows: RowsSpec;
}) {
  const styles = useFormStyles();
  const { setField } = useDraft();
  return list.map((_, i) => (
    <div className={styles.row} key={i}>
      {columns.map((c) => {
        const label = typeof c.label === 'string' ? c.label : c.label(i + 1);
        const at = [...path, i, c.key];
        return c.text ? (
          <TextField key={c.key} path={at} label={label} />
        ) : (
          <NumberField
            key={c.key}
            path={at}
            label={label}
            percent={c.percent}
            emptyAs={c.emptyAs}
          />
        );
      })}
      <Button
        aria-label={`Remove ${what} ${i + 1} of ${of}`}
        disabled={keepOne && list.length === 1}
        onClick={() => {
          const rest = list.filter((__, j) => j !== i);
          setField(path, rest.length > 0 ? rest : undefined);
        }}
      >
        Remove
      </Button>
    </div>
  ));
}
