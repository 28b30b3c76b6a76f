import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TestApp } from '../support/test-app';

const ROOT = join(__dirname, '../..');
const SHARED = join(ROOT, '../shared');
/** The repository's copies of API.md and its checker (for a clone without the shared folder beside it). */
const COPY = join(ROOT, 'test/contract');
const FILES = ['API.md', 'tools/contract-check.mjs'];

/** API.md is the contract clients rely on: the shared checker must find every operation, unchanged. */
describe('the API.md contract', () => {
  let app: TestApp;
  let url: string;
  beforeAll(async () => {
    app = await TestApp.start();
    await app.api.listen(0, '127.0.0.1');
    url = `${await app.api.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  });
  afterAll(() => app.close());

  it('has every operation with its arguments and return types', async () => {
    const dir = existsSync(join(SHARED, FILES[1])) ? SHARED : COPY;
    const { stdout } = await promisify(execFile)(process.execPath, [join(dir, FILES[1]), url], { cwd: ROOT });
    expect(stdout).toMatch(/operations checked, 0 problems/);
  });

  it("keeps the repository's copies byte for byte the shared ones", () => {
    for (const file of FILES) {
      const copy = readFileSync(join(COPY, file));
      // Compared wherever the shared folder is beside the repository (here and in CI).
      if (existsSync(join(SHARED, file))) expect(copy.equals(readFileSync(join(SHARED, file)))).toBe(true);
      else expect(copy.length).toBeGreaterThan(0);
    }
  });
});
