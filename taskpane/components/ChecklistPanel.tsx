import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useMemo, useState } from 'react';
import { formatMoney } from '../../src/index';
import { vendorWhatIfs, type VendorWhatIf } from '../../src/analysis/what-if';
import { useEvaluated } from '../state/scenario-store';

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalM,
  },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  worth: { marginLeft: '32px', color: tokens.colorNeutralForeground2, fontSize: '13px' },
  title: { margin: 0, fontSize: '15px' },
});

interface Item {
  id: string;
  text: string;
  worth?: string;
}

function itemsFor(w: VendorWhatIf, tiered: boolean, money: (v: number) => string): Item[] {
  return [
    {
      id: 'definition',
      text: 'The outcome is defined in the contract and computable from exported raw events',
    },
    {
      id: 'reclassify',
      text: 'The buyer may re-classify counted outcomes; beyond a tolerance the buyer’s count bills',
      worth: `Worth ${money(w.buyerCount.saving)} over the horizon (${w.buyerCount.detail})`,
    },
    { id: 'export', text: 'Raw event export, at least monthly' },
    {
      id: 'cap',
      text: 'An annual cap or a drift discount',
      worth: [
        `${w.cap.existing ? 'The bid’s cap saves' : 'A cap would save'} ${money(w.cap.saving)} (${w.cap.detail})`,
        w.driftDiscount
          ? `the fair drift discount of ${(w.driftDiscount.discount * 100).toFixed(1)}% saves ${money(w.driftDiscount.saving)}`
          : null,
      ]
        .filter(Boolean)
        .join('; '),
    },
    { id: 'exit', text: 'An exit clause with full data export' },
    {
      id: 'sla',
      text: 'An SLA on the resolution rate, with credits',
      worth:
        w.slaCredits === null
          ? 'Not in the bid'
          : `The bid’s SLA credits total ${money(w.slaCredits)} over the horizon`,
    },
    {
      id: 'tiers',
      text: 'Volume tiers that lower the unit price as volume grows',
      worth: tiered ? 'The bid is tiered' : 'Not in the bid',
    },
  ];
}

/** Contract terms to secure from each vendor, priced where the model can price them. */
export const ChecklistPanel = memo(function ChecklistPanel() {
  const styles = useStyles();
  const { scenario, result } = useEvaluated();
  const whatIfs = useMemo(() => vendorWhatIfs(scenario, result), [scenario, result]);
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const money = (v: number) => formatMoney(v, result.currency, 0);
  if (whatIfs.length === 0) return <p>This scenario has no vendor bid.</p>;
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Negotiation checklist</h2>
      {whatIfs.map((w) => {
        const option = scenario.options[w.index];
        const tiered = option.kind === 'vendor' && option.charges.tiers !== undefined;
        return (
          <div key={w.name} className={styles.card}>
            <h3 className={styles.title}>{w.name}</h3>
            <ul className={styles.list}>
              {itemsFor(w, tiered, money).map((item) => {
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
