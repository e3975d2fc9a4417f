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
  const checklist = useMemo(() => negotiationChecklist(scenario, result), [scenario, result]);
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  if (checklist.vendors.length === 0) return <p>This scenario has no vendor bid.</p>;
  const cards = [
    { name: 'Every vendor', heading: 'The contract, whichever vendor', items: checklist.terms },
    ...checklist.vendors.map((w) => ({
      name: w.name,
      heading: w.beatsStatusQuo ? w.name : `${w.name} (costs more than the status quo)`,
      items: w.items,
    })),
  ];
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Negotiation checklist</h2>
      {cards.map((w) => {
        return (
          <div key={w.name} className={styles.card}>
            <h3 className={styles.title}>{w.heading}</h3>
            {w.items.length === 0 && (
              <p>Nothing more to ask: every term the model prices is worth 0 here.</p>
            )}
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
