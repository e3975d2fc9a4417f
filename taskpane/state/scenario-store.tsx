// The scenario being edited, the engine's verdict on it, and the last valid evaluation, shared
// with every panel through context.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { scenarioWarnings, type ScenarioProblem } from '../../src/index';
import { setAt, type Draft, type Path } from './draft';
import { evaluateDraft, type Evaluated } from './evaluate-draft';
import { useDebounced } from './use-debounced';

/** At most one evaluation per this many ms; a lone change is evaluated at once. */
export const EVALUATE_DEBOUNCE_MS = 100;

export interface ScenarioStore {
  draft: Draft;
  /** Problems of the draft as last evaluated (empty when it is valid). */
  problems: ScenarioProblem[];
  /** What the draft as last evaluated holds that is valid but probably not meant. */
  warnings: ScenarioProblem[];
  /** The last valid scenario and its result; never replaced by an invalid draft. */
  evaluated: Evaluated;
  setField(path: Path, value: unknown): void;
  update(change: (draft: Draft) => Draft): void;
  /** Replaces the whole draft (an opened file or an example that already validated). */
  replace(draft: Draft): void;
}

type DraftStore = Omit<ScenarioStore, 'evaluated'>;

// Two contexts, so results re-render only when a new valid evaluation arrives, not per keystroke.
const DraftContext = createContext<DraftStore | null>(null);
const EvaluatedContext = createContext<Evaluated | null>(null);

const NO_PROBLEMS: ScenarioProblem[] = [];

export function useDraft(): DraftStore {
  const store = useContext(DraftContext);
  if (!store) throw new Error('useDraft needs a ScenarioProvider');
  return store;
}

export function useEvaluated(): Evaluated {
  const evaluated = useContext(EvaluatedContext);
  if (!evaluated) throw new Error('useEvaluated needs a ScenarioProvider');
  return evaluated;
}

export function useScenario(): ScenarioStore {
  return { ...useDraft(), evaluated: useEvaluated() };
}

interface Props {
  initialDraft: Draft;
  /** Called with each newly valid draft (persistence); debounced by the caller if needed. */
  onValidDraft?: (draft: Draft) => void;
  debounceMs?: number;
  children: ReactNode;
}

export function ScenarioProvider({
  initialDraft,
  onValidDraft,
  debounceMs = EVALUATE_DEBOUNCE_MS,
  children,
}: Props) {
  const [draft, setDraft] = useState(initialDraft);
  const settled = useDebounced(draft, debounceMs);
  const verdict = useMemo(() => evaluateDraft(settled), [settled]);
  const lastValid = useRef<Evaluated | null>(null);
  if (verdict.ok) lastValid.current = verdict.evaluated;
  if (lastValid.current === null) throw new Error('the initial scenario must be valid');
  const evaluated = lastValid.current;
  const problems = verdict.ok ? NO_PROBLEMS : verdict.problems;
  const warnings = useMemo(() => scenarioWarnings(settled), [settled]);

  const onValid = useRef(onValidDraft);
  onValid.current = onValidDraft;
  useEffect(() => {
    onValid.current?.(evaluated.draft);
  }, [evaluated]);

  const setField = useCallback(
    (path: Path, value: unknown) => setDraft((d) => setAt(d, path, value)),
    [],
  );
  const update = useCallback((change: (d: Draft) => Draft) => setDraft(change), []);
  const replace = useCallback((next: Draft) => setDraft(next), []);

  const store = useMemo(
    () => ({ draft, problems, warnings, setField, update, replace }),
    [draft, problems, warnings, setField, update, replace],
  );
  return (
    <DraftContext.Provider value={store}>
      <EvaluatedContext.Provider value={evaluated}>{children}</EvaluatedContext.Provider>
    </DraftContext.Provider>
  );
}
