import {
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Button,
  Tab,
  TabList,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { lazy, memo, Suspense, useEffect, useMemo, useState } from 'react';
import type { ScenarioProblem } from '../src/index';
import { VolumeChart } from './charts/VolumeChart';
import { AssumptionsForm } from './components/AssumptionsForm';
import { ChecklistPanel } from './components/ChecklistPanel';
import { DriftPanel } from './components/DriftPanel';
import { FileBar } from './components/FileBar';
import { OptionsEditor } from './components/OptionsEditor';
import { ProblemsBar } from './components/ProblemsBar';
import { RankingTable } from './components/RankingTable';
import { ReconcileSlot } from './components/ReconcileSlot';
import { WorkbookPanel } from './components/WorkbookPanel';
import { AdapterContext } from './office/adapter-context';
import type { WorkbookAdapter } from './office/workbook-adapter';
import { ComparePanel } from './results/ComparePanel';
import { CostOverTime } from './results/CostOverTime';
import { CrossoverTable } from './results/CrossoverTable';
import { RecommendationCard } from './results/RecommendationCard';
import type { ComparedFile } from './state/compare-file';
import type { Draft } from './state/draft';
import { useComparison } from './state/use-comparison';
import { ScenarioProvider, useScenario } from './state/scenario-store';
import { useMediaQuery } from './use-media-query';

const useStyles = makeStyles({
  app: {
    padding: tokens.spacingHorizontalM,
    display: 'grid',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    '& h2': { fontSize: '16px', margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}` },
  },
  title: { fontSize: '18px', margin: 0 },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(280px, 1fr) 2fr',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
  panel: { minWidth: 0 },
});

const TABS = [
  { id: 'results', label: 'Results' },
  { id: 'inputs', label: 'Inputs' },
  { id: 'drift', label: 'Drift' },
  { id: 'checklist', label: 'Negotiate' },
  { id: 'risk', label: 'Risk' },
  { id: 'reconcile', label: 'Reconcile' },
  { id: 'workbook', label: 'Workbook' },
  { id: 'changes', label: 'Changes' },
] as const;
type TabId = (typeof TABS)[number]['id'];
type PanelId = Exclude<TabId, 'changes'>;

// The Risk tab (ranges, tornado, simulation) loads when first opened.
const RiskPanel = lazy(async () => ({ default: (await import('./risk/RiskPanel')).RiskPanel }));

const Inputs = memo(function Inputs() {
  return (
    <>
      <AssumptionsForm />
      <OptionsEditor />
    </>
  );
});

const TabContent = memo(function TabContent({ tab }: { tab: PanelId }) {
  switch (tab) {
    case 'results':
      return (
        <>
          <RecommendationCard />
          <RankingTable />
          <CostOverTime />
          <VolumeChart />
          <CrossoverTable />
        </>
      );
    case 'inputs':
      return <Inputs />;
    case 'drift':
      return <DriftPanel />;
    case 'checklist':
      return <ChecklistPanel />;
    case 'risk':
      return (
        <Suspense fallback={<p>Loading the Risk tab…</p>}>
          <RiskPanel />
        </Suspense>
      );
    case 'reconcile':
      return <ReconcileSlot />;
    case 'workbook':
      return <WorkbookPanel />;
  }
});

function Shell({ storage }: { storage: Storage | null }) {
  const styles = useStyles();
  const { problems, evaluated } = useScenario();
  const wide = useMediaQuery('(min-width: 760px)');
  const [tab, setTab] = useState<TabId>('results');
  const [fileProblems, setFileProblems] = useState<{
    title: string;
    problems: ScenarioProblem[];
  } | null>(null);
  const [compared, setCompared] = useState<ComparedFile | null>(null);
  const comparison = useComparison(compared);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const tabs = TABS.filter(
    (t) => !(wide && t.id === 'inputs') && !(t.id === 'changes' && !comparison),
  );
  const shown = (wide && tab === 'inputs') || (tab === 'changes' && !comparison) ? 'results' : tab;

  const tabbed = (
    <div className={styles.panel}>
      <TabList
        selectedValue={shown}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
        aria-label="Panels"
        size="small"
        style={{ flexWrap: 'wrap' }}
      >
        {tabs.map((t) => (
          <Tab key={t.id} value={t.id} id={`tab-${t.id}`} aria-controls="tab-panel">
            {t.label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id="tab-panel" aria-labelledby={`tab-${shown}`}>
        {shown === 'changes' ? (
          <ComparePanel
            state={comparison!}
            onClose={() => {
              setCompared(null);
              setTab('results');
            }}
          />
        ) : (
          <TabContent tab={shown} />
        )}
      </div>
    </div>
  );

  return (
    <main className={styles.app}>
      <header>
        <h1 className={styles.title}>Crossover</h1>
        <p style={{ margin: 0 }} data-testid="scenario-name">
          {evaluated.scenario.name}
        </p>
      </header>
      <FileBar
        storage={storage}
        onFileProblems={(file, list) => {
          setNotice(null);
          setFileProblems({
            title: `${file} was not opened: ${list.length} problem(s). Your scenario is unchanged.`,
            problems: list,
          });
        }}
        comparison={comparison}
        onCompare={(next) => {
          setFileProblems(null);
          setCompared(next);
          setTab('changes');
          setNotice(`Comparing with ${next.label}`);
        }}
        onCompareProblems={(file, list) => {
          setNotice(null);
          setFileProblems({
            title: `${file} cannot be compared: ${list.length} problem(s) in it.`,
            problems: list,
          });
        }}
        onOpened={(message) => {
          setFileProblems(null);
          setFailure(null);
          setNotice(message);
        }}
        onFailed={(message) => {
          setNotice(null);
          setFailure(message);
        }}
      />
      <div aria-live="polite" role="status" className="visually-hidden" data-testid="notice">
        {notice}
      </div>
      {failure && (
        <MessageBar intent="error" data-testid="export-failure">
          <MessageBarBody>{failure}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setFailure(null)}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {fileProblems && (
        <MessageBar intent="error" layout="multiline" data-testid="file-problems">
          <MessageBarBody>
            <ProblemsBar
              title={fileProblems.title}
              problems={fileProblems.problems}
              intent="error"
              testId="file-problem-list"
            />
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setFileProblems(null)}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ProblemsBar
        title={`${problems.length} problem(s) in your inputs; results show the last valid scenario`}
        problems={problems}
        testId="input-problems"
      />
      {wide ? (
        <div className={styles.columns}>
          <div className={styles.panel}>
            <Inputs />
          </div>
          {tabbed}
        </div>
      ) : (
        tabbed
      )}
    </main>
  );
}

/** Saving to document settings is slow in Excel; keep it off the typing path. */
const PERSIST_MS = 400;

interface AppProps {
  adapter: WorkbookAdapter;
  initialDraft: Draft;
  storage: Storage | null;
  debounceMs?: number;
}

export function App({ adapter, initialDraft, storage, debounceMs }: AppProps) {
  const highContrast = useMediaQuery('(forced-colors: active)');
  const persist = useMemo(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return (draft: Draft) => {
      clearTimeout(timer);
      timer = setTimeout(() => void adapter.saveScenarioSetting(JSON.stringify(draft)), PERSIST_MS);
    };
  }, [adapter]);
  useEffect(() => {
    document.documentElement.lang = 'en';
  }, []);
  return (
    <FluentProvider theme={highContrast ? teamsHighContrastTheme : webLightTheme}>
      <AdapterContext.Provider value={adapter}>
        <ScenarioProvider
          initialDraft={initialDraft}
          debounceMs={debounceMs}
          onValidDraft={persist}
        >
          <Shell storage={storage} />
        </ScenarioProvider>
      </AdapterContext.Provider>
    </FluentProvider>
  );
}
