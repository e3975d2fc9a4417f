import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { formatProblem, type ScenarioProblem } from '../../src/index';

interface Props {
  title: string;
  problems: ScenarioProblem[];
  intent?: 'error' | 'warning';
  testId: string;
}

/** Every problem the engine found, each naming its field and value. */
export function ProblemsBar({ title, problems, intent = 'warning', testId }: Props) {
  if (problems.length === 0) return null;
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul>
          {problems.map((p, i) => (
            <li key={i}>{formatProblem(p)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
