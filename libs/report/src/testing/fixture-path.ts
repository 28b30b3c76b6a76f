// Finds a file of the shared fixtures for tests and benchmarks: the shared folder beside the repository when it is
// there (the source), else the repository's own byte-for-byte copies in test/fixtures (a clone anywhere else).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Overrides the search: the directory holding the fixture files. */
export const FIXTURES_DIR_ENV = 'THIDUA_FIXTURES_DIR';

function ancestors(start: string): string[] {
  const dirs = [resolve(start)];
  while (dirname(dirs[dirs.length - 1]) !== dirs[dirs.length - 1]) dirs.push(dirname(dirs[dirs.length - 1]));
  return dirs;
}

/** The places a fixture is looked for, in order (ancestors of the working directory and of this file). */
export function fixtureCandidates(name: string, folder: 'shared/fixtures' | 'test/fixtures'): string[] {
  const dirs = [...new Set([...ancestors(process.cwd()), ...ancestors(__dirname)])];
  return dirs.map((dir) => join(dir, folder, name));
}

/** `shared/fixtures/<name>` in the nearest ancestor that has it, else the repository's `test/fixtures/<name>`. */
export function sharedFixturePath(name: string): string {
  const fromEnv = process.env[FIXTURES_DIR_ENV];
  const candidates =
    fromEnv !== undefined && fromEnv !== ''
      ? [join(fromEnv, name)]
      : [...fixtureCandidates(name, 'shared/fixtures'), ...fixtureCandidates(name, 'test/fixtures')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new Error(
      `Fixture ${name} not found. Put the shared folder beside the repository (<repo>/../shared/fixtures) ` +
        `or set ${FIXTURES_DIR_ENV}. Looked in:\n  ${candidates.join('\n  ')}`,
    );
  }
  return found;
}
