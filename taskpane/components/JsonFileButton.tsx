import { Button, makeStyles } from '@fluentui/react-components';
import { useRef } from 'react';

const useStyles = makeStyles({ hidden: { display: 'none' } });

/** A button that picks a JSON file from disk and hands over its text and name. */
export function JsonFileButton({
  children,
  inputLabel,
  testId,
  onText,
}: {
  children: string;
  /** The accessible name of the (hidden) file input. */
  inputLabel: string;
  testId: string;
  onText(text: string, fileName: string): void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()}>{children}</Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".json,application/json"
        aria-label={inputLabel}
        data-testid={testId}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onText(await file.text(), file.name);
        }}
      />
    </>
  );
}
