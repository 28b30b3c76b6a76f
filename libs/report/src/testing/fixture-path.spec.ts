import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIXTURES_DIR_ENV, fixtureCandidates, sharedFixturePath } from './fixture-path';

const FIXTURES = ['so-cong-thuong-gia-lai-2023-h1.md', 'so-cong-thuong-gia-lai-2023-h1.docx'];
const repository = join(__dirname, '..', '..', '..', '..');

describe('sharedFixturePath', () => {
  const saved = process.env[FIXTURES_DIR_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[FIXTURES_DIR_ENV];
    else process.env[FIXTURES_DIR_ENV] = saved;
  });

  it('finds every fixture, in the shared folder or in the repository', () => {
    for (const name of FIXTURES) expect(existsSync(sharedFixturePath(name))).toBe(true);
  });

  it("keeps the repository's copies (tests and the seed's report) byte for byte the shared ones", () => {
    const copies = FIXTURES.map((name) => join(repository, 'test', 'fixtures', name));
    copies.push(join(repository, 'apps', 'api', 'src', 'seed', 'data', FIXTURES[0]));
    for (const copy of copies) {
      const name = copy.slice(copy.lastIndexOf('/') + 1);
      const shared = fixtureCandidates(name, 'shared/fixtures').find((candidate) => existsSync(candidate));
      // Compared wherever the shared folder is beside the repository (here and in CI).
      if (shared !== undefined) expect(readFileSync(copy).equals(readFileSync(shared))).toBe(true);
      else expect(existsSync(copy)).toBe(true);
    }
  });

  it('follows the environment variable and says where it looked', () => {
    const found = sharedFixturePath('so-cong-thuong-gia-lai-2023-h1.md');
    process.env[FIXTURES_DIR_ENV] = dirname(found);
    expect(sharedFixturePath('so-cong-thuong-gia-lai-2023-h1.md')).toBe(found);
    process.env[FIXTURES_DIR_ENV] = '/nowhere';
    expect(() => sharedFixturePath('so-cong-thuong-gia-lai-2023-h1.md')).toThrow(
      /THIDUA_FIXTURES_DIR[\s\S]*\/nowhere/,
    );
  });
});
