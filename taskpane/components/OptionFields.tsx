// The fields of one option, by kind.
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { UNITS, DEFAULT_USEFUL_LIFE_MONTHS } from '../../src/index';
import { chargeFieldShown, type ChargeKey } from '../state/charge-fields';
import { useSaturation } from '../state/use-saturation';
import { getAt, setAt } from '../state/draft';
import { useDraft } from '../state/scenario-store';
import { ChoiceField, choicesOf, NumberField, TextField } from './fields';
import { ClassesEditor, startingClasses } from './ClassesEditor';
import { PhasesEditor } from './PhasesEditor';
import { SwitchFields } from './SwitchFields';
import { TiersEditor } from './TiersEditor';
import { useFormStyles } from './form-styles';

const useStyles = makeStyles({
  wide: { gridColumn: '1 / -1' },
  warning: { marginTop: tokens.spacingVerticalS },
  heading: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: '14px' },
});

const UNIT_LABELS: Record<(typeof UNITS)[number], string> = {
  outcome: 'per outcome (vendor-counted)',
  contact: 'per conversation',
  action: 'per action',
  token: 'per million tokens',
  seat: 'per seat',
  none: 'no usage charge',
};

const TIER_MODES = choicesOf({ graduated: 'graduated', volume: 'volume (all units)' });
const TIER_BASES = choicesOf({ month: 'each month', 'year-to-date': 'the contract year to date' });

function VendorFields({ index, name }: { index: number; name: string }) {
  const styles = useStyles();
  const form = useFormStyles();
  const { draft, setField, update } = useDraft();
  const p = (...rest: (string | number)[]) => ['options', index, ...rest];
  const charges = (getAt(draft, p('charges')) ?? {}) as Record<string, unknown>;
  const classed = Array.isArray(charges.classes);
  const saturation = useSaturation(index, name);
  const unit = String(charges.unit ?? '');
  const shows = (key: ChargeKey) => chargeFieldShown(key, unit, charges);
  const byClass = () =>
    update((d) => {
      const next: Record<string, unknown> = {
        ...charges,
        classes: startingClasses(Number(charges.price) || 1),
      };
      for (const key of ['price', 'tiers', 'tierMode', 'tierBasis', 'package']) delete next[key];
      return setAt(d, p('charges'), next);
    });
  return (
    <>
      <div className={form.grid}>
        <NumberField path={p('resolutionRate')} label="Resolution rate" percent required />
        <NumberField path={p('onboardingMonths')} label="Onboarding months" />
        <NumberField path={p('oversightMonthly')} label="Oversight a month" />
        <NumberField path={p('overcount', 'initialRatio')} label="Overcount ratio at start" />
        <NumberField path={p('overcount', 'driftAnnual')} label="Overcount drift a year" percent />
      </div>
      {saturation && (
        <MessageBar intent="warning" layout="multiline" className={styles.warning}>
          <MessageBarBody data-testid={`option-saturation-${index}`}>{saturation}</MessageBarBody>
        </MessageBar>
      )}
      <h4 className={styles.heading}>Pricing</h4>
      <div className={form.grid}>
        <ChoiceField
          path={p('charges', 'unit')}
          label="Billed unit"
          choices={UNITS.map((u) => ({ value: u, label: UNIT_LABELS[u] }))}
        />
        {shows('price') && <NumberField path={p('charges', 'price')} label="Price per unit" />}
        {shows('unitsPerContact') && (
          <NumberField
            path={p('charges', 'unitsPerContact')}
            label={unit === 'token' ? 'Tokens per contact' : 'Units per contact'}
          />
        )}
        {shows('seats') && <NumberField path={p('charges', 'seats')} label="Seats" />}
        {shows('package') && (
          <>
            <NumberField path={p('charges', 'package', 'size')} label="Package size" />
            <NumberField path={p('charges', 'package', 'price')} label="Package price" />
          </>
        )}
        {shows('includedUnitsPerMonth') && (
          <NumberField
            path={p('charges', 'includedUnitsPerMonth')}
            label="Included units a month"
          />
        )}
        <NumberField path={p('charges', 'platformFeeMonthly')} label="Platform fee a month" />
        <NumberField path={p('charges', 'oneTimeFee')} label="One-time fee" />
        <NumberField
          path={p('charges', 'escalatorAnnual')}
          label="Price escalator a year"
          percent
        />
        <NumberField path={p('charges', 'annualCap')} label="Annual cap" />
        <NumberField path={p('charges', 'annualCommit')} label="Annual commitment" />
        <NumberField path={p('charges', 'gainShare', 'share')} label="Gain-share" percent />
        <NumberField
          path={p('charges', 'sla', 'guaranteedResolutionRate')}
          label="SLA resolution rate"
          percent
        />
        <NumberField path={p('charges', 'sla', 'creditRate')} label="SLA credit" percent />
        {classed ? (
          <div className={styles.wide}>
            <ClassesEditor chargesPath={p('charges')} optionName={name} />
          </div>
        ) : Array.isArray(charges.tiers) ? (
          <>
            <ChoiceField path={p('charges', 'tierMode')} label="Tier mode" choices={TIER_MODES} />
            <ChoiceField
              path={p('charges', 'tierBasis')}
              label="Tiers count"
              choices={TIER_BASES}
            />
            <div className={styles.wide}>
              <TiersEditor chargesPath={p('charges')} optionName={name} />
            </div>
          </>
        ) : unit === 'none' ? null : (
          <div className={styles.wide}>
            <Button
              onClick={() =>
                setField(p('charges', 'tiers'), [
                  { upTo: 10000, price: Number(charges.price) || 1 },
                  { upTo: null, price: Number(charges.price) || 1 },
                ])
              }
            >
              Price {name} in tiers
            </Button>{' '}
            {charges.unit === 'outcome' && (
              <Button onClick={byClass}>Price {name} by outcome class</Button>
            )}
          </div>
        )}
      </div>
      <h4 className={styles.heading}>Pilot, introductory rate and price lock</h4>
      <PhasesEditor chargesPath={p('charges')} optionName={name} />
      <div className={form.grid}>
        <NumberField path={p('charges', 'priceLock', 'months')} label="Price lock months" />
        <NumberField
          path={p('charges', 'priceLock', 'monthlyCeiling')}
          label="Locked usage ceiling a month"
        />
      </div>
      <h4 className={styles.heading}>Prepaid credit</h4>
      <div className={form.grid}>
        <NumberField
          path={p('charges', 'prepaid', 'annualAmount')}
          label="Prepaid a year"
          hint="Paid at each anniversary; not with an annual commitment"
        />
        <NumberField path={p('charges', 'prepaid', 'rolloverShare')} label="Rolled over" percent />
      </div>
    </>
  );
}

function BuildFields({ index }: { index: number }) {
  const form = useFormStyles();
  const p = (...rest: (string | number)[]) => ['options', index, ...rest];
  return (
    <div className={form.grid}>
      <NumberField path={p('resolutionRate')} label="Resolution rate" percent required />
      <NumberField path={p('buildCost')} label="Build cost" required />
      <NumberField path={p('buildMonths')} label="Build months" required />
      <NumberField path={p('runFixedMonthly')} label="Fixed run cost a month" required />
      <NumberField path={p('marginalPerContact')} label="Cost per contact" required />
      <NumberField path={p('costEscalatorAnnual')} label="Cost escalator a year" percent />
      <NumberField
        path={p('amortizationMonths')}
        label="Amortization months"
        hint="Empty: the horizon"
      />
      <NumberField path={p('capitalizedShare')} label="Capitalised share" percent />
      <NumberField
        path={p('usefulLifeMonths')}
        label="Useful life months"
        hint={`Empty: ${DEFAULT_USEFUL_LIFE_MONTHS}`}
      />
    </div>
  );
}

export function OptionFields({ index, kind, name }: { index: number; kind: string; name: string }) {
  return (
    <>
      <TextField path={['options', index, 'name']} label="Name" />
      {kind === 'vendor' && <VendorFields index={index} name={name} />}
      {kind === 'build' && <BuildFields index={index} />}
      {kind === 'switch' && <SwitchFields index={index} name={name} />}
      {kind === 'status-quo' && <p>People handle every contact at the human cost per contact.</p>}
    </>
  );
}
