import { createOrg, PASSWORD, TestOrg } from '../../../../test/support/tenants';
import { ADMIN, GqlResult, TestApp } from '../../../../test/support/test-app';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const UNLOCK = `mutation($e: String!) { unlockUser(email: $e) }`;

type LoginResult = GqlResult<{ login: { token: string } }> & {
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
};

/** The API with sign-in limits set for the test (see LoginLimits). */
async function startWith(limits: Record<string, string>) {
  Object.assign(process.env, limits);
  try {
    return await TestApp.start();
  } finally {
    for (const name of Object.keys(limits)) delete process.env[name];
  }
}

function loginFrom(app: () => TestApp) {
  return async (email: string, password: string, remoteAddress = '127.0.0.1'): Promise<LoginResult> => {
    const res = await app().api.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress,
      headers: { 'content-type': 'application/json' },
      payload: { query: LOGIN, variables: { e: email, p: password } },
    });
    return res.json();
  };
}

const codeOf = (res: LoginResult) => res.errors?.[0].extensions?.code ?? 'OK';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('sign-in throttling', () => {
  let app: TestApp;
  let org: TestOrg;
  const login = loginFrom(() => app);
  const email = () => `${org.code}@test.thidua.vn`;

  beforeAll(async () => {
    app = await startWith({
      LOGIN_FREE_ATTEMPTS: '3',
      LOGIN_ADDRESS_FREE_ATTEMPTS: '6',
      LOGIN_LOCK_AFTER: '50',
    });
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    org = await createOrg(app, await app.login(ADMIN.email, ADMIN.password), 'DEPARTMENT', 'thr');
  });

  it('makes each attempt past the free ones wait longer, with a Vietnamese message and retryAfterSeconds', async () => {
    const address = '127.0.0.11';
    for (let i = 0; i < 3; i++)
      expect(codeOf(await login(email(), 'Sai@Matkhau1', address))).toBe('UNAUTHENTICATED');
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const refused = await login(email(), PASSWORD, address);
      expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
      const seconds = refused.errors![0].extensions!.retryAfterSeconds!;
      expect(refused.errors![0].message).toBe(
        `Bạn đã đăng nhập sai nhiều lần liên tiếp. Vui lòng đợi ${seconds} giây rồi thử lại.`,
      );
      waits.push(seconds);
      await sleep(seconds * 1000);
      if (i < 2) expect(codeOf(await login(email(), 'Sai@Matkhau1', address))).toBe('UNAUTHENTICATED');
    }
    expect(waits).toEqual([1, 2, 4]);
    // Even the right password waits its turn; after it, a success starts the account afresh (from an address
    // that has not used up its own free attempts).
    expect(codeOf(await login(email(), PASSWORD, address))).toBe('OK');
    expect(codeOf(await login(email(), 'Sai@Matkhau1', '127.0.0.15'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(email(), PASSWORD, '127.0.0.15'))).toBe('OK');
  }, 30_000);

  it('counts the attempts of one client address over every account, but not other addresses', async () => {
    const address = '127.0.0.12';
    for (let i = 0; i < 6; i++) {
      expect(codeOf(await login(`khong-co-${i}@test.thidua.vn`, 'Sai@Matkhau1', address))).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect(codeOf(await login(email(), PASSWORD, address))).toBe('TOO_MANY_REQUESTS');
    expect(codeOf(await login(email(), PASSWORD, '127.0.0.13'))).toBe('OK');
  });

  it('refuses a burst of parallel guesses past the free attempts without trying them', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(email(), `Sai@Matkhau${i}`, `127.0.1.${i}`)),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(17);
  });

  it('does not count successful sign-ins against an address', async () => {
    for (let i = 0; i < 10; i++) expect(codeOf(await login(email(), PASSWORD, '127.0.0.14'))).toBe('OK');
  });
});

describe('account lockout', () => {
  let app: TestApp;
  let org: TestOrg;
  const login = loginFrom(() => app);
  const email = () => `${org.code}@test.thidua.vn`;

  beforeAll(async () => {
    app = await startWith({ LOGIN_FREE_ATTEMPTS: '3', LOGIN_LOCK_AFTER: '5', LOGIN_DELAY_BASE_MS: '20' });
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    org = await createOrg(app, await app.login(ADMIN.email, ADMIN.password), 'DEPARTMENT', 'lock');
  });

  /** Fails until the account locks, waiting out each delay. */
  async function failUntilLocked(): Promise<string[]> {
    const codes: string[] = [];
    for (let i = 0; i < 20 && codes.at(-1) !== 'ACCOUNT_LOCKED'; i++) {
      const res = await login(email(), 'Sai@Matkhau1');
      if (codeOf(res) === 'TOO_MANY_REQUESTS') await sleep(60);
      else codes.push(codeOf(res));
    }
    return codes;
  }

  it('locks the account after repeated failures and ends its sessions', async () => {
    const before = org.token;
    expect(await failUntilLocked()).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'ACCOUNT_LOCKED',
    ]);
    await sleep(200);
    const locked = await login(email(), PASSWORD);
    expect(codeOf(locked)).toBe('ACCOUNT_LOCKED');
    expect(locked.errors![0].message).toMatch(/Tài khoản đã bị khóa.*liên hệ quản trị viên/);
    const res = await app.gql(`{ me { id } }`, {}, before);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REVOKED' });
  });

  it('only a platform admin unlocks, and the account then signs in at once', async () => {
    await failUntilLocked();
    const other = await createOrg(app, await app.login(ADMIN.email, ADMIN.password), 'DEPARTMENT', 'lock');
    const denied = await app.gql(UNLOCK, { e: email() }, other.token);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await app.login(ADMIN.email, ADMIN.password);
    const missing = await app.gql(UNLOCK, { e: 'khong-co@test.thidua.vn' }, admin);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    expect((await app.ok(UNLOCK, { e: email() }, admin)).unlockUser).toBe(true);
    expect(codeOf(await login(email(), PASSWORD))).toBe('OK');
    const audit = await app.owner((db) =>
      db.query(
        `SELECT a.action FROM audit_event a JOIN app_user u ON u.id::text = a.entity_id
         WHERE u.email = $1 AND a.action IN ('user.lock', 'user.unlock') ORDER BY a.id`,
        [email()],
      ),
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['user.lock', 'user.unlock']);
  });
});

describe('sign-in without Redis', () => {
  let app: TestApp;
  const login = loginFrom(() => app);

  beforeAll(async () => {
    app = await startWith({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(() => app.close());

  it('refuses to sign in rather than run unthrottled', async () => {
    const res = await login(ADMIN.email, ADMIN.password);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    const sessions = await app.owner((db) => db.query(`SELECT count(*)::int AS n FROM auth_session`));
    expect(sessions.rows[0].n).toBe(0);
  });
});
