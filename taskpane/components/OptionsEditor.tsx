import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  MenuItem,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { BID_TEMPLATES } from '../state/bid-templates';
import { optionsOf } from '../state/draft';
import { addOption, duplicateOption, moveOption, removeOption } from '../state/option-list';
import { useDraft, useEvaluated } from '../state/scenario-store';
import { MenuButton } from './MenuButton';
import { OptionFields } from './OptionFields';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

const KIND_LABEL: Record<string, string> = {
  vendor: 'vendor bid',
  build: 'build',
  'status-quo': 'status quo',
  switch: 'buy then build',
};

export function OptionsEditor() {
  const styles = useStyles();
  const { draft, update, problems } = useDraft();
  const options = optionsOf(draft);
  const { result } = useEvaluated();
  // options whose count saturates, by index and name (the evaluation may lag the draft)
  const saturates = new Set(
    result.options.flatMap((o, i) => (o.saturatedFromMonth === null ? [] : [`${i}|${o.name}`])),
  );
  const named = (kind: string) =>
    options.filter((o) => o.kind === kind && typeof o.name === 'string').map((o) => String(o.name));
  const pairs = named('vendor').flatMap((vendor) =>
    named('build').map((build) => ({ vendor, build })),
  );
  return (
    <section aria-labelledby="options-heading">
      <h2 id="options-heading">Options</h2>
      <MenuButton button={<Button appearance="primary">Add option from template</Button>}>
        {BID_TEMPLATES.map((template) => (
          <MenuItem
            key={template.id}
            onClick={() => update((d) => addOption(d, structuredClone(template.option)))}
          >
            {template.label}
          </MenuItem>
        ))}
      </MenuButton>{' '}
      <MenuButton button={<Button disabled={pairs.length === 0}>Buy then build</Button>}>
        {pairs.map(({ vendor, build }) => (
          <MenuItem
            key={`${vendor}|${build}`}
            onClick={() =>
              update((d) =>
                addOption(d, {
                  kind: 'switch',
                  name: `${vendor}, then ${build}`,
                  vendor,
                  build,
                }),
              )
            }
          >
            {vendor}, then {build}
          </MenuItem>
        ))}
      </MenuButton>
      <Accordion multiple collapsible>
        {options.map((option, i) => {
          const name = String(option.name ?? '') || `Option ${i + 1}`;
          const kind = String(option.kind);
          const count = problems.filter((p) => p.path.startsWith(`options[${i}]`)).length;
          return (
            <AccordionItem value={i} key={i}>
              <AccordionHeader>
                <span className={styles.header}>
                  {name}
                  <Badge appearance="tint" color="informative">
                    {KIND_LABEL[kind] ?? kind}
                  </Badge>
                  {saturates.has(`${i}|${name}`) && (
                    <Badge appearance="tint" color="warning">
                      saturates
                    </Badge>
                  )}
                  {count > 0 && (
                    <Badge appearance="filled" color="danger">
                      {count} {count === 1 ? 'problem' : 'problems'}
                    </Badge>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <div className={styles.actions}>
                  <Button
                    size="small"
                    disabled={i === 0}
                    aria-label={`Move ${name} up`}
                    onClick={() => update((d) => moveOption(d, i, -1))}
                  >
                    Move up
                  </Button>
                  <Button
                    size="small"
                    disabled={i === options.length - 1}
                    aria-label={`Move ${name} down`}
                    onClick={() => update((d) => moveOption(d, i, 1))}
                  >
                    Move down
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Duplicate ${name}`}
                    onClick={() => update((d) => duplicateOption(d, i))}
                  >
                    Duplicate
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Remove ${name}`}
                    disabled={options.length === 1}
                    onClick={() => update((d) => removeOption(d, i))}
                  >
                    Remove
                  </Button>
                </div>
                <OptionFields index={i} kind={kind} name={name} />
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
