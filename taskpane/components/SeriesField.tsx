// A monthly contact series pasted from a sheet (one number per cell: newlines, tabs, commas or
// spaces between them). Empty means "use the starting volume and growth".
import { Field, Textarea } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { getAt } from '../state/draft';
import { useDraft } from '../state/scenario-store';

const PATH = ['demand', 'contactsByMonth'] as const;

export function parseSeriesText(text: string): unknown[] | undefined {
  const tokens = text.split(/[\s;]+/).filter((t) => t !== '');
  if (tokens.length === 0) return undefined;
  return tokens.map((token) => {
    const n = Number(token.replace(/,/g, ''));
    return Number.isFinite(n) ? n : token;
  });
}

const seriesText = (value: unknown) => (Array.isArray(value) ? value.join('\n') : '');

export function SeriesField() {
  const { draft, setField, problems } = useDraft();
  const value = getAt(draft, PATH);
  const [text, setText] = useState(() => seriesText(value));
  useEffect(() => {
    setText((current) =>
      JSON.stringify(parseSeriesText(current)) === JSON.stringify(value)
        ? current
        : seriesText(value),
    );
  }, [value]);
  const own = problems.filter((p) => p.path.startsWith('demand.contactsByMonth'));
  const message = own.map((p) => `${p.path}: ${p.message}`).join('; ');
  const count = Array.isArray(value) ? value.length : 0;
  return (
    <Field
      label="Contacts by month (optional series)"
      hint={
        count
          ? `${count} months pasted; the starting volume and growth are ignored`
          : 'Paste a column of monthly volumes to replace the starting volume and growth'
      }
      validationState={message ? 'error' : 'none'}
      validationMessage={message || undefined}
    >
      <Textarea
        value={text}
        resize="vertical"
        data-path="demand.contactsByMonth"
        onChange={(_, data) => {
          setText(data.value);
          setField(PATH, parseSeriesText(data.value));
        }}
      />
    </Field>
  );
}
