import { makeStyles, tokens } from '@fluentui/react-components';
import { NumberField, TextField } from './fields';
import { SeriesField } from './SeriesField';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    '& > *': { minWidth: 0 },
    alignItems: 'end',
    gap: tokens.spacingVerticalM,
  },
  wide: { gridColumn: '1 / -1' },
});

export function AssumptionsForm() {
  const styles = useStyles();
  return (
    <section aria-labelledby="assumptions-heading">
      <h2 id="assumptions-heading">Assumptions</h2>
      <div className={styles.grid}>
        <div className={styles.wide}>
          <TextField path={['name']} label="Scenario name" />
        </div>
        <TextField path={['currency']} label="Currency (ISO code)" />
        <NumberField path={['horizonMonths']} label="Horizon (months)" />
        <NumberField path={['discountRateAnnual']} label="Discount rate" percent />
        <NumberField path={['demand', 'contactsPerMonth']} label="Contacts in month 1" required />
        <NumberField path={['demand', 'growthAnnual']} label="Volume growth a year" percent />
        <NumberField path={['humanCostPerContact']} label="Human cost per contact" required />
        <NumberField path={['wageInflationAnnual']} label="Wage inflation a year" percent />
        <NumberField
          path={['ruleOfThumb', 'outcomesPerMonth']}
          label="Rule of thumb: outcomes a month"
          placeholder="50000"
        />
        <NumberField
          path={['ruleOfThumb', 'price']}
          label="Rule of thumb: price per outcome"
          placeholder="0.3"
        />
        <div className={styles.wide}>
          <SeriesField />
        </div>
      </div>
    </section>
  );
}
