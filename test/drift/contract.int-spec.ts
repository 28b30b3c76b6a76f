import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TestApp } from '../support/test-app';

const CHECK = join(__dirname, '../../../shared/tools/contract-check.mjs');

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
    expect(existsSync(CHECK)).toBe(true);
    const { stdout } = await promisify(execFile)(process.execPath, [CHECK, url], {
      cwd: join(__dirname, '../..'),
    });
    expect(stdout).toMatch(/operations checked, 0 problems/);
  });
});
