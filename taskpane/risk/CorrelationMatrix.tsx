// The correlation matrix the simulation uses, one row and column per variable (a group is one),
// numbered, with a legend naming each; past seven variables (too wide for 350 px) its non-zero
// pairs as a list.
import { makeStyles } from '@fluentui/react-components';
import { formatNumber } from '../../src/index';

const useStyles = makeStyles({
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

const MATRIX_LIMIT = 7;

const coefficient = (x: number) => (x === 0 ? '0' : x.toFixed(2));

interface Props {
  used: number[][];
  /** Each variable's name: its range, or its group and the group's ranges. */
  names: string[];
}

export function CorrelationMatrix({ used, names }: Props) {
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
