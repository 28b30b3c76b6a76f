import { ensurePlatformAdmin } from './platform-admin';
import { DemoSeedRefused, demoSeedAllowed } from './demo-guard';
import { seed } from './seed';
import { TestApp } from '../../../../test/support/test-app';

const COUNTS = `SELECT (SELECT count(*) FROM organization)::int AS organizations, (SELECT count(*) FROM app_user)::int AS users`;

describe('the demo seed in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('refuses to run with NODE_ENV=production and writes nothing', async () => {
    const before = (await app.owner((db) => db.query(COUNTS))).rows[0];
    await expect(seed(app.api, app.ownerUrl, { NODE_ENV: 'production' })).rejects.toBeInstanceOf(
      DemoSeedRefused,
    );
    await expect(seed(app.api, app.ownerUrl, { NODE_ENV: 'production', SEED_DEMO: 'true' })).rejects.toThrow(
      /SEED_DEMO=yes/,
    );
    expect((await app.owner((db) => db.query(COUNTS))).rows[0]).toEqual(before);
    const demo = await app.owner((db) =>
      db.query(`SELECT 1 FROM app_user WHERE email LIKE '%@demo.thidua.vn'`),
    );
    expect(demo.rowCount).toBe(0);
  });

  it('runs there only when asked by name, and anywhere else', () => {
    expect(demoSeedAllowed({ NODE_ENV: 'production', SEED_DEMO: 'yes' })).toBe(true);
    expect(demoSeedAllowed({ NODE_ENV: 'development' })).toBe(true);
    expect(demoSeedAllowed({})).toBe(true);
  });

  it('creates the first platform admin only with a password the policy accepts', async () => {
    await expect(ensurePlatformAdmin(app.ownerUrl, 'quantri@so.gov.vn', 'Quantri@2024')).rejects.toThrow(
      /không được chứa địa chỉ email/,
    );
    await expect(ensurePlatformAdmin(app.ownerUrl, 'it@so.gov.vn', 'short')).rejects.toThrow(
      /ít nhất 10 ký tự/,
    );
    const admins = await app.owner((db) => db.query(`SELECT 1 FROM app_user WHERE email LIKE '%@so.gov.vn'`));
    expect(admins.rowCount).toBe(0);
  });
});
