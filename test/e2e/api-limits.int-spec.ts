import { ADMIN, TestApp } from '../support/test-app';

describe('GraphQL limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('refuses 1,000 aliased logins in one request before running any', async () => {
    const aliases = Array.from(
      { length: 1000 },
      (_, i) => `a${i}: login(email: "x${i}@x.vn", password: "p") { token }`,
    );
    const res = await app.gql(`mutation { ${aliases.join(' ')} }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].message).toMatch(/1000 tokens/i);
    const audit = await app.owner((db) =>
      db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'login'`),
    );
    expect(audit.rows[0].n).toBe(0);
  });

  it('refuses more than 15 aliases even in a short request', async () => {
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `a${i}: login(email: "x@x.vn", password: "p") { token }`,
    );
    const res = await app.gql(`mutation { ${aliases.join(' ')} }`);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('answers a wrong password with UNAUTHENTICATED and a Vietnamese message', async () => {
    const res = await app.gql(
      `mutation { login(email: "admin@test.thidua.vn", password: "wrong-password") { token } }`,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'Email hoặc mật khẩu không đúng.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses a malformed decimal with BAD_USER_INPUT', async () => {
    const token = await app.login(ADMIN.email, ADMIN.password);
    const res = await app.gql(
      `mutation($i: ScoreInput!) { setScore(input: $i) { points } }`,
      { i: { groupCode: 'X', year: 2023, kind: 'H1', memberCode: 'y', criterionId: '1', points: '1,5' } },
      token,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/không phải là số thập phân hợp lệ/);
  });

  it('answers a body Fastify refuses (too large, not JSON, empty) as a GraphQL error in Vietnamese', async () => {
    const post = (payload: string) =>
      app.api.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload,
      });
    const tooLarge = await post(
      JSON.stringify({
        query: 'mutation($i: ImportReportInput!) { importReport(input: $i) { id } }',
        variables: { i: { fileName: 'a.md', contentBase64: 'A'.repeat(16_000_000) } },
      }),
    );
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toEqual({
      errors: [
        {
          message: 'Yêu cầu quá lớn: tệp tải lên tối đa 10 MB.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_LARGE' },
        },
      ],
    });
    // Over a megabyte, the body is parsed in a document thread, with the same refusals.
    const large = 'x'.repeat(2 * 1024 * 1024);
    const poisoned = (pad: string) =>
      `{"query": "{ me { id } }", "pad": "${pad}", "__proto__": { "admin": true }}`;
    for (const payload of ['{"query": ', '', `{"query": "${large}`, poisoned(''), poisoned(large)]) {
      const refused = await post(payload);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0]).toEqual({
        message: 'Nội dung yêu cầu không phải JSON hợp lệ.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    const parsedOffLoop = await post(JSON.stringify({ query: `{ me { id } } # ${large}` }));
    expect(parsedOffLoop.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // Other routes keep their plain answers.
    expect((await app.api.inject({ method: 'POST', url: '/nowhere' })).statusCode).toBe(404);
  });
});
