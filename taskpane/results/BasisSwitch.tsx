import { Radio, RadioGroup } from '@fluentui/react-components';
import type { AccountingBasis } from '../../src/index';
import { BASES } from './basis';

interface Props {
  basis: AccountingBasis;
  onChange(basis: AccountingBasis): void;
}

/** Cash, P&L or EBITDA: which cost the cumulative chart and the year table show. */
export function BasisSwitch({ basis, onChange }: Props) {
  return (
    <RadioGroup
      layout="horizontal"
      value={basis}
      onChange={(_, data) => onChange(data.value as AccountingBasis)}
      aria-label="Cost shown"
      data-testid="basis-switch"
    >
      {BASES.map((b) => (
        <Radio key={b.id} value={b.id} label={b.label} />
      ))}
    </RadioGroup>
  );
}
