// Buy now, build later (DOMAIN.md "Buy now, switch later"): the vendor until the switch month,
// the build from then on; the engine's best switch month is suggested beside the chosen one.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { switchSaving } from '../../src/index';
import { optionsOf } from '../state/draft';
import { useDraft, useEvaluated } from '../state/scenario-store';
import { ChoiceField, NumberField } from './fields';
import { useFormStyles } from './form-styles';
import { wholeMoney } from './whole-money';

const useStyles = makeStyles({
  best: {
    margin: `${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    background: tokens.colorNeutralBackground2,
  },
});

export function SwitchFields({ index, name }: { index: number; name: string }) {
  const styles = useStyles();
  const form = useFormStyles();
  const { draft, setField } = useDraft();
  const { result } = useEvaluated();
  const p = (...rest: (string | number)[]) => ['options', index, ...rest];
  const names = (kind: string) =>
    optionsOf(draft)
      .filter((o) => o.kind === kind && typeof o.name === 'string')
      .map((o) => ({ value: String(o.name), label: String(o.name) }));
  const evaluated = result.options.find((o) => o.name === name);
  const best =
    evaluated?.bestSwitchMonth !== undefined && evaluated.bestSwitchNpv !== undefined
      ? { month: evaluated.bestSwitchMonth, npv: evaluated.bestSwitchNpv }
      : null;
  const money = wholeMoney(result.currency);
  return (
    <>
      <div className={form.grid}>
        <ChoiceField path={p('vendor')} label="Buy from (vendor)" choices={names('vendor')} />
        <ChoiceField path={p('build')} label="Then build" choices={names('build')} />
        <NumberField
          path={p('switchMonth')}
          label="First month on the build"
          hint="Empty: the build's go-live month"
        />
        <NumberField path={p('exitFee')} label="Exit fee" />
      </div>
      {best && evaluated && (
        <div className={styles.best} data-testid={`best-switch-${index}`}>
          <strong>Best switch month: {best.month}</strong> (NPV {money(best.npv)})
          {best.month === evaluated.switchMonth ? (
            <> — the month chosen.</>
          ) : (
            <>
              , {money(switchSaving(evaluated) ?? 0)} less than switching in month{' '}
              {evaluated.switchMonth}.{' '}
              <Button size="small" onClick={() => setField(p('switchMonth'), best.month)}>
                Switch in month {best.month}
              </Button>
            </>
          )}
        </div>
      )}
    </>
  );
}
