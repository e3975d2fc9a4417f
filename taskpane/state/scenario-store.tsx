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
import type { ScenarioProblem } from '../../src/index';
import { setAt, type Draft, type Path } from './draft';
import { evaluateDraft, type Evaluated } from './evaluate-draft';
import { useDebounced } from './use-debounced';

/** Keystrokes closer together than this are evaluated once. */
export const EVALUATE_DEBOUNCE_MS = 25;

export interface ScenarioStore {
  draft: Draft;
  /** Problems of the draft as last evaluated (empty when it is valid). */
  problems: ScenarioProblem[];
  /** The last valid scenario and its result; never replaced by an invalid draft. */
  evaluated: Evaluated;
  setField(path: Path, value: unknown): void;
  update(change: (draft: Draft) => Draft): void;
  /** Replaces the whole draft (an opened file or an example that already validated). */
  replace(draft: Draft): void;
}

const StoreContext = createContext<ScenarioStore | null>(null);

export function useScenario(): ScenarioStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useScenario needs a ScenarioProvider');
  return store;
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
  const firstValid = useRef<Evaluated | null>(null);
  if (firstValid.current === null) {
    const verdict = evaluateDraft(initialDraft);
    if (!verdict.ok) throw new Error('the initial scenario must be valid');
    firstValid.current = verdict.evaluated;
  }
  const [evaluated, setEvaluated] = useState<Evaluated>(firstValid.current);
  const [problems, setProblems] = useState<ScenarioProblem[]>([]);

  useEffect(() => {
    const verdict = evaluateDraft(settled);
    if (verdict.ok) {
      setProblems([]);
      setEvaluated((previous) => (previous.draft === settled ? previous : verdict.evaluated));
    } else {
      setProblems(verdict.problems);
    }
  }, [settled]);

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
    () => ({ draft, problems, evaluated, setField, update, replace }),
    [draft, problems, evaluated, setField, update, replace],
  );
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}
