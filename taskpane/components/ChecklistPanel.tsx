import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useMemo, useState } from 'react';
import { negotiationChecklist } from '../../src/index';
import { useEvaluated } from '../state/scenario-store';
import { cardStyle } from './card-style';

const useStyles = makeStyles({
  card: { ...cardStyle(), marginBottom: tokens.spacingVerticalM },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  worth: { marginLeft: '32px', color: tokens.colorNeutralForeground2, fontSize: '13px' },
  title: { margin: 0, fontSize: '15px' },
});

/** Contract terms to secure from each vendor, priced where the model can price them. */
export const ChecklistPanel = memo(function ChecklistPanel() {
  const styles = useStyles();
  const { scenario, result } = useEvaluated();
  const checklists = useMemo(() => negotiationChecklist(scenario, result), [scenario, result]);
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  if (checklists.length === 0) return <p>This scenario has no vendor bid.</p>;
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Negotiation checklist</h2>
      {checklists.map((w) => {
        return (
          <div key={w.name} className={styles.card}>
            <h3 className={styles.title}>{w.name}</h3>
            <ul className={styles.list}>
              {w.items.map((item) => {
                const key = `${w.name}|${item.id}`;
                return (
                  <li key={item.id}>
                    <Checkbox
                      label={item.text}
                      checked={ticked[key] ?? false}
                      onChange={(_, data) =>
                        setTicked((t) => ({ ...t, [key]: Boolean(data.checked) }))
                      }
                    />
                    {item.worth && <div className={styles.worth}>{item.worth}</div>}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
});
