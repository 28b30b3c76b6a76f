// Finds a file of the shared fixtures (../shared/fixtures beside the repository) for tests and benchmarks.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Overrides the search: the directory holding the fixture files. */
export const FIXTURES_DIR_ENV = 'THIDUA_FIXTURES_DIR';

function ancestors(start: string): string[] {
  const dirs = [resolve(start)];
  while (dirname(dirs[dirs.length - 1]) !== dirs[dirs.length - 1]) dirs.push(dirname(dirs[dirs.length - 1]));
  return dirs;
}

/** `shared/fixtures/<name>` in the nearest ancestor of the working directory (or of this file) that has it. */
export function sharedFixturePath(name: string): string {
  const fromEnv = process.env[FIXTURES_DIR_ENV];
  const candidates =
    fromEnv !== undefined && fromEnv !== ''
      ? [join(fromEnv, name)]
      : [...new Set([...ancestors(process.cwd()), ...ancestors(__dirname)])].map((dir) =>
          join(dir, 'shared', 'fixtures', name),
        );
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new Error(
      `Fixture ${name} not found. Put the shared folder beside the repository (<repo>/../shared/fixtures) ` +
        `or set ${FIXTURES_DIR_ENV}. Looked in:\n  ${candidates.join('\n  ')}`,
    );
  }
  return found;
}
