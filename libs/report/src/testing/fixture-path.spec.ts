import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { FIXTURES_DIR_ENV, sharedFixturePath } from './fixture-path';

describe('sharedFixturePath', () => {
  const saved = process.env[FIXTURES_DIR_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[FIXTURES_DIR_ENV];
    else process.env[FIXTURES_DIR_ENV] = saved;
  });

  it('finds the shared fixtures beside the repository', () => {
    expect(existsSync(sharedFixturePath('so-cong-thuong-gia-lai-2023-h1.md'))).toBe(true);
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
