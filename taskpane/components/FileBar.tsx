// Examples, open, save and recent scenarios. A file that fails validation changes nothing.
import {
  Button,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ScenarioProblem } from '../../src/index';
import {
  boardWorkbookBytes,
  CSV_TYPE,
  exportBaseName,
  scheduleCsvText,
  XLSX_TYPE,
} from '../export/downloads';
import { boardDeckBytes, PPTX_TYPE } from '../export/deck-export';
import { readComparedFile, type ComparedFile } from '../state/compare-file';
import type { ComparisonState } from '../state/use-comparison';
import { EXAMPLES } from '../state/examples';
import { readRecent, rememberRecent, type RecentScenario } from '../state/recent';
import { fileNameFor, readScenarioFile, scenarioFileText } from '../state/scenario-file';
import { useScenario } from '../state/scenario-store';
import { JsonFileButton } from './JsonFileButton';
import { MenuButton } from './MenuButton';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface Props {
  storage: Storage | null;
  onFileProblems(file: string, problems: ScenarioProblem[]): void;
  onOpened(message: string): void;
  /** A download that could not be made (the message says why). */
  onFailed?(message: string): void;
  /** A previous version opened with "Compare with…". */
  onCompare?(compared: ComparedFile): void;
  /** The previous version could not be read as a scenario. */
  onCompareProblems?(file: string, problems: ScenarioProblem[]): void;
  /** The comparison open now; the deck gains its "what changed" slide. */
  comparison?: ComparisonState | null;
}

export function downloadText(text: string | Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function FileBar({
  storage,
  onFileProblems,
  onOpened,
  onFailed,
  onCompare,
  onCompareProblems,
  comparison,
}: Props) {
  const styles = useStyles();
  const { evaluated, replace } = useScenario();
  const [exporting, setExporting] = useState(false);
  const [recent, setRecent] = useState<RecentScenario[]>(() => readRecent(storage));

  /** The scenario just opened or saved goes first in the recent list. */
  const remember = (name: string, json: string) =>
    setRecent(rememberRecent(storage, { name, savedAt: new Date().toISOString(), json }));

  const openText = (text: string, fileName: string) => {
    const read = readScenarioFile(text);
    if (!read.ok) {
      onFileProblems(fileName, read.problems);
      return;
    }
    replace(read.draft);
    remember(String(read.draft.name), text);
    onOpened(`Opened ${fileName}`);
  };

  const save = () => {
    // The last valid scenario: a file saved from the taskpane always opens again.
    const text = scenarioFileText(evaluated.draft);
    const fileName = fileNameFor(evaluated.draft);
    downloadText(text, fileName, 'application/json');
    remember(String(evaluated.draft.name), text);
    onOpened(`Saved ${fileName}`);
  };

  const compareText = (text: string, fileName: string) => {
    const read = readComparedFile(text, fileName);
    if (!read.ok) onCompareProblems?.(fileName, read.problems);
    else onCompare?.(read.compared);
  };

  // Downloads are of the last valid scenario and its results, like Save.
  const download = async (
    what: string,
    fileName: string,
    type: string,
    bytes: () => Promise<Uint8Array>,
  ) => {
    setExporting(true);
    try {
      downloadText(await bytes(), fileName, type);
      onOpened(`Downloaded ${fileName}`);
    } catch (error) {
      const message = `Writing the ${what} failed: ${(error as Error).message}`;
      if (onFailed) onFailed(message);
      else onOpened(message);
    } finally {
      setExporting(false);
    }
  };
  const base = exportBaseName(evaluated.scenario.name);
  const downloadWorkbook = () =>
    download('board workbook', `${base}.xlsx`, XLSX_TYPE, () =>
      boardWorkbookBytes(evaluated.scenario, evaluated.result),
    );
  const downloadDeck = () =>
    download('board deck', `${base}.pptx`, PPTX_TYPE, () =>
      boardDeckBytes(
        evaluated.scenario,
        evaluated.result,
        comparison?.ok ? { comparison: comparison.comparison, label: comparison.label } : undefined,
      ),
    );

  const downloadSchedule = () => {
    const fileName = `${exportBaseName(evaluated.scenario.name)}-schedule.csv`;
    downloadText(scheduleCsvText(evaluated.result), fileName, CSV_TYPE);
    onOpened(`Downloaded ${fileName}`);
  };

  return (
    <div className={styles.bar} role="toolbar" aria-label="Scenario file">
      <MenuButton button={<Button>Examples</Button>}>
        {EXAMPLES.map((example) => (
          <MenuItem
            key={example.id}
            onClick={() => {
              replace(structuredClone(example.draft));
              onOpened(`Loaded example: ${String(example.draft.name)}`);
            }}
          >
            {String(example.draft.name)}
          </MenuItem>
        ))}
      </MenuButton>
      <JsonFileButton inputLabel="Open scenario file" testId="open-file" onText={openText}>
        Open…
      </JsonFileButton>
      <Button onClick={save}>Save</Button>
      <JsonFileButton
        inputLabel="Compare with a previous scenario file"
        testId="compare-file"
        onText={compareText}
      >
        Compare with…
      </JsonFileButton>
      <MenuButton
        button={<Button disabled={exporting}>{exporting ? 'Exporting…' : 'Export'}</Button>}
      >
        <MenuItem onClick={downloadWorkbook}>Download board workbook (.xlsx)</MenuItem>
        <MenuItem onClick={downloadSchedule}>Download schedule (.csv)</MenuItem>
        <MenuItem onClick={downloadDeck}>Board deck (.pptx)</MenuItem>
      </MenuButton>
      <MenuButton button={<Button disabled={recent.length === 0}>Recent</Button>}>
        <MenuGroup>
          <MenuGroupHeader>Recent scenarios</MenuGroupHeader>
          {recent.map((r) => (
            <MenuItem key={r.name} onClick={() => openText(r.json, r.name)}>
              {r.name}
            </MenuItem>
          ))}
        </MenuGroup>
      </MenuButton>
    </div>
  );
}
