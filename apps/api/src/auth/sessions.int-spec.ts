import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@thidua/config';
import { randomUUID } from 'node:crypto';
import { createOrg, PASSWORD, TestOrg } from '../../../../test/support/tenants';
import { ADMIN, TestApp } from '../../../../test/support/test-app';
import { APP_CONFIG } from '../config.module';

const LOGIN = `mutation($e: String!, $p: String!) {
  login(email: $e, password: $p) { token refreshToken expiresAt user { email organization { code } } } }`;
const REFRESH = `mutation($r: String!) { refreshSession(refreshToken: $r) { token refreshToken expiresAt } }`;
const CHANGE = `mutation($c: String!, $n: String!) {
  changePassword(currentPassword: $c, newPassword: $n) { token refreshToken expiresAt } }`;
const ME = `{ me { email } }`;

interface Session {
  token: string;
  refreshToken: string;
  expiresAt: string;
}

/** Starts the API with a session cache of the given lifetime (AUTH_CACHE_TTL_MS). */
async function startWithCache(ttlMs: number) {
  process.env.AUTH_CACHE_TTL_MS = String(ttlMs);
  try {
    return await TestApp.start();
  } finally {
    delete process.env.AUTH_CACHE_TTL_MS;
  }
}

function helpers(app: () => TestApp) {
  const emailOf = (org: TestOrg) => `${org.code}@test.thidua.vn`;
  const signIn = async (email: string, password = PASSWORD): Promise<Session> =>
    (await app().ok(LOGIN, { e: email, p: password })).login;
  const refusal = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await app().gql(query, variables, token);
    expect(res.data ?? null).toBeNull();
    const [error] = res.errors ?? [];
    return {
      code: error?.extensions?.code,
      reason: (error?.extensions as { reason?: string })?.reason,
      error,
    };
  };
  const jwt = () => new JwtService({ secret: app().api.get<AppConfig>(APP_CONFIG).jwtSecret });
  return { emailOf, signIn, refusal, jwt };
}

describe('sessions', () => {
  let app: TestApp;
  let org: TestOrg;
  const { emailOf, signIn, refusal, jwt } = helpers(() => app);

  // A long cache lifetime: what is refused at once below is refused because the change reached the cache.
  beforeAll(async () => {
    app = await startWithCache(60_000);
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    org = await createOrg(app, await app.login(ADMIN.email, ADMIN.password), 'DEPARTMENT', 'sess');
  });

  it('signs in with a short-lived access token, a refresh token and when the access token expires', async () => {
    const before = Date.now();
    const session = await signIn(emailOf(org));
    expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { exp, iat } = jwt().decode<{ exp: number; iat: number }>(session.token);
    expect(exp - iat).toBe(15 * 60);
    expect(new Date(session.expiresAt).getTime()).toBe(exp * 1000);
    expect(exp * 1000).toBeGreaterThanOrEqual(before + 15 * 60_000 - 1000);
    const stored = await app.owner((db) =>
      db.query(
        `SELECT refresh_token_hash FROM auth_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1`,
        [emailOf(org)],
      ),
    );
    // Only a hash is kept: the refresh token itself is nowhere in the database.
    expect(stored.rows).toHaveLength(2);
    expect(stored.rows.map((r) => r.refresh_token_hash)).not.toContain(session.refreshToken);
  });

  it('refuses an expired access token with reason EXPIRED', async () => {
    const claims = jwt().decode<{ sub: string; org: string; sid: string }>(
      (await signIn(emailOf(org))).token,
    );
    const expired = jwt().sign(
      { sub: claims.sub, org: claims.org, sid: claims.sid, exp: Math.floor(Date.now() / 1000) - 5 },
      {},
    );
    const { code, reason, error } = await refusal(ME, {}, expired);
    expect([code, reason]).toEqual(['UNAUTHENTICATED', 'EXPIRED']);
    expect(error.message).toBe('Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.');
  });

  it('refuses a correctly signed token that has no exp', async () => {
    const claims = jwt().decode<{ sub: string; org: string; sid: string }>(
      (await signIn(emailOf(org))).token,
    );
    const forever = jwt().sign({ sub: claims.sub, org: claims.org, sid: claims.sid });
    expect(jwt().decode<{ exp?: number }>(forever).exp).toBeUndefined();
    expect(await refusal(ME, {}, forever)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
  });

  it('refuses a correctly signed token for a user or session that does not exist', async () => {
    const claims = jwt().decode<{ sub: string; org: string; sid: string }>(
      (await signIn(emailOf(org))).token,
    );
    const sign = (c: object) => jwt().sign(c, { expiresIn: 60 });
    for (const forged of [
      sign({ sub: randomUUID(), org: claims.org, sid: randomUUID() }),
      sign({ sub: randomUUID(), org: claims.org, sid: claims.sid }),
      sign({ sub: claims.sub, org: randomUUID(), sid: claims.sid }),
      sign({ sub: claims.sub, org: claims.org, sid: 'not-a-uuid' }),
      sign({ sub: claims.sub, org: claims.org }),
    ]) {
      expect(await refusal(ME, {}, forged)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
    }
    // Signed with another secret.
    const foreign = new JwtService({ secret: 'x'.repeat(48) }).sign(
      { sub: claims.sub, org: claims.org, sid: claims.sid },
      { expiresIn: 60 },
    );
    expect(await refusal(ME, {}, foreign)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
  });

  it('rotates the refresh token on use and refuses the old one, ending the session it was copied from', async () => {
    const first = await signIn(emailOf(org));
    const { refreshSession: second } = await app.ok(REFRESH, { r: first.refreshToken });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(jwt().decode<{ sid: string }>(second.token).sid).toBe(
      jwt().decode<{ sid: string }>(first.token).sid,
    );
    expect((await app.ok(ME, {}, second.token)).me.email).toBe(emailOf(org));

    expect(await refusal(REFRESH, { r: first.refreshToken })).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'REVOKED',
    });
    // The replay revoked the session: the thief's or the owner's newer tokens stop working too.
    expect(await refusal(REFRESH, { r: second.refreshToken })).toMatchObject({ reason: 'REVOKED' });
    expect(await refusal(ME, {}, second.token)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REVOKED' });
    const audit = await app.owner((db) =>
      db.query(`SELECT after FROM audit_event WHERE action = 'session.revoke' ORDER BY id DESC LIMIT 1`),
    );
    expect(audit.rows[0].after).toEqual({ reason: 'refresh_reuse' });
  });

  it('refuses an unknown refresh token as INVALID and one past its lifetime as EXPIRED', async () => {
    expect(await refusal(REFRESH, { r: 'made-up' })).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID',
    });
    const session = await signIn(emailOf(org));
    await app.owner((db) =>
      db.query(
        `UPDATE auth_session SET expires_at = now() - interval '1 second'
         WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`,
        [emailOf(org)],
      ),
    );
    expect(await refusal(REFRESH, { r: session.refreshToken })).toMatchObject({ reason: 'EXPIRED' });
  });

  it('logout ends the current session only: its access and refresh tokens are refused at once', async () => {
    const mine = await signIn(emailOf(org));
    const other = await signIn(emailOf(org));
    expect((await app.ok(ME, {}, mine.token)).me.email).toBe(emailOf(org));
    expect((await app.ok(`mutation { logout }`, {}, mine.token)).logout).toBe(true);

    const refused = await refusal(ME, {}, mine.token);
    expect(refused).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REVOKED' });
    expect(refused.error.message).toMatch(/Vui lòng đăng nhập lại/);
    expect(await refusal(REFRESH, { r: mine.refreshToken })).toMatchObject({ reason: 'REVOKED' });
    expect((await app.ok(ME, {}, other.token)).me.email).toBe(emailOf(org));
  });

  it('changePassword ends every session of the user and returns a fresh one', async () => {
    const a = await signIn(emailOf(org));
    const b = await signIn(emailOf(org));
    await app.ok(ME, {}, b.token);
    const { changePassword: fresh } = await app.ok(CHANGE, { c: PASSWORD, n: 'Mới@Đổi2024x' }, a.token);

    for (const old of [a, b]) {
      expect(await refusal(ME, {}, old.token)).toMatchObject({ reason: 'REVOKED' });
      expect(await refusal(REFRESH, { r: old.refreshToken })).toMatchObject({ reason: 'REVOKED' });
    }
    expect((await app.ok(ME, {}, fresh.token)).me.email).toBe(emailOf(org));
    expect((await app.ok(REFRESH, { r: fresh.refreshToken })).refreshSession.token).toBeTruthy();
    const oldLogin = await app.gql(LOGIN, { e: emailOf(org), p: PASSWORD });
    expect(oldLogin.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await signIn(emailOf(org), 'Mới@Đổi2024x');
  });

  it('changePassword refuses a wrong current password and a new one outside the policy, changing nothing', async () => {
    const session = await signIn(emailOf(org));
    const wrong = await refusal(CHANGE, { c: 'Sai@Mat-khau1', n: 'Mới@Đổi2024x' }, session.token);
    expect(wrong.code).toBe('BAD_USER_INPUT');
    expect(wrong.error.message).toBe('Mật khẩu hiện tại không đúng.');

    const weak = await refusal(CHANGE, { c: PASSWORD, n: `${org.code}A1` }, session.token);
    expect(weak.code).toBe('BAD_USER_INPUT');
    expect(weak.error.message).toContain(`Mật khẩu không được chứa mã đơn vị ("${org.code}").`);
    expect(weak.error.extensions?.problems?.[0].path).toBe('newPassword');

    const same = await refusal(CHANGE, { c: PASSWORD, n: PASSWORD }, session.token);
    expect(same.error.message).toBe('Mật khẩu mới phải khác mật khẩu hiện tại.');
    expect((await app.ok(ME, {}, session.token)).me.email).toBe(emailOf(org));
    await signIn(emailOf(org));
  });

  it('createUser applies the password policy and names each problem', async () => {
    const admin = await app.login(ADMIN.email, ADMIN.password);
    const create = (password: string) =>
      refusal(
        `mutation($p: String!, $o: String!) {
          createUser(organizationCode: $o, email: "nguoi.moi@test.thidua.vn", fullName: "Người mới", password: $p) { id } }`,
        { p: password, o: org.code },
        admin,
      );
    const cases: [string, string][] = [
      ['Ab@12345', 'Mật khẩu phải có ít nhất 10 ký tự.'],
      [' '.repeat(40), 'Mật khẩu không được chỉ gồm khoảng trắng.'],
      // A 100,000-space password stops at the input gate's length limit, before any hashing.
      [' '.repeat(100_000), 'Mật khẩu dài quá 256 ký tự'],
      [`Aa1!${'x'.repeat(200)}`, 'Mật khẩu không được dài quá 128 ký tự.'],
      ['chuthuongdaiqua', 'ít nhất 3 trong 4 loại ký tự'],
      [`${org.code.toUpperCase()}@2024`, `không được chứa mã đơn vị ("${org.code}")`],
      ['Nguoi.Moi@2024', 'không được chứa địa chỉ email'],
    ];
    for (const [password, message] of cases) {
      const { code, error } = await create(password);
      expect(code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain(message);
    }
    const users = await app.owner((db) =>
      db.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'nguoi.moi@test.thidua.vn'`),
    );
    expect(users.rows[0].n).toBe(0);
  });

  it('the audit log only accepts events by a user that exists, in the organization it names', async () => {
    const insert = (userId: string, orgId: string) =>
      app.owner((db) =>
        db.query(
          `INSERT INTO audit_event (user_id, organization_id, action, entity) VALUES ($1, $2, 'score.set', 'score')`,
          [userId, orgId],
        ),
      );
    const { sub } = jwt().decode<{ sub: string }>((await signIn(emailOf(org))).token);
    await expect(insert(randomUUID(), org.id)).rejects.toMatchObject({ code: '23503' });
    const other = await createOrg(app, await app.login(ADMIN.email, ADMIN.password), 'DEPARTMENT', 'sess');
    await expect(insert(sub, other.id)).rejects.toMatchObject({ code: '23503' });
    await expect(insert(sub, org.id)).resolves.toBeDefined();
  });
});

describe('sessions checked against the database', () => {
  let app: TestApp;
  const { emailOf, signIn, refusal } = helpers(() => app);
  const TTL_MS = 150;

  beforeAll(async () => {
    app = await startWithCache(TTL_MS);
  });
  afterAll(() => app.close());

  it("refuses a deleted user's token once the cached lookup has expired", async () => {
    const org = await createOrg(app, await app.login(ADMIN.email, ADMIN.password), 'DEPARTMENT', 'gone');
    const session = await signIn(emailOf(org));
    expect((await app.ok(ME, {}, session.token)).me.email).toBe(emailOf(org));
    await app.owner((db) => db.query(`DELETE FROM app_user WHERE email = $1`, [emailOf(org)]));
    await new Promise((r) => setTimeout(r, TTL_MS + 50));
    expect(await refusal(ME, {}, session.token)).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID',
    });
    expect(await refusal(REFRESH, { r: session.refreshToken })).toMatchObject({ reason: 'INVALID' });
  });

  it('refuses a token whose user now belongs to another organization', async () => {
    const admin = await app.login(ADMIN.email, ADMIN.password);
    const org = await createOrg(app, admin, 'DEPARTMENT', 'moved');
    const other = await createOrg(app, admin, 'DEPARTMENT', 'moved');
    const session = await signIn(emailOf(org));
    await app.owner((db) =>
      db.query(`UPDATE app_user SET organization_id = $1 WHERE email = $2`, [other.id, emailOf(org)]),
    );
    await new Promise((r) => setTimeout(r, TTL_MS + 50));
    expect(await refusal(ME, {}, session.token)).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID',
    });
  });
});
