import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function projectRoot(): string {
  // The CLI runs from src/cli under tsx and from build/cli/<build>/ once bundled: walk up to
  // the folder holding the project's package.json and examples.
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'examples')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no project root above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

/** The absolute path of a file of the project, such as `examples/support-team.json`. */
export function projectFile(relativePath: string): string {
  return join(projectRoot(), relativePath);
}
