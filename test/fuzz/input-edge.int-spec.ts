// The hostile inputs a penetration test found, each refused at the edge with BAD_USER_INPUT naming the field
// (HTTP 400), or by PostgreSQL's safety net, and none of them writing anything.
import { createCluster, TestCluster } from '../support/tenants';
import { TestApp } from '../support/test-app';

interface Answer {
  status: number;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  data?: Record<string, unknown> | null;
}

describe('input at the edge', () => {
  let app: TestApp;
  let cluster: TestCluster;
  let draftId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    cluster = await createCluster(app, { size: 2 });
    const { createSubmission } = await app.ok(
      `mutation($i: SubmissionInput!) { createSubmission(input: $i) { id } }`,
      { i: { year: cluster.year, kind: 'H1', groupCodes: [cluster.code] } },
      cluster.members[1].token,
    );
    draftId = createSubmission.id;
  });
  afterAll(() => app.close());

  async function send(
    query: string,
    variables: Record<string, unknown> = {},
    token = cluster.admin,
  ): Promise<Answer> {
    const res = await app.api.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      payload: { query, variables },
    });
    return { status: res.statusCode, ...res.json() };
  }

  const refusedAt = (answer: Answer, field: string) => {
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(answer.errors?.[0].message).toContain(field);
  };

  const rows = (table: string) =>
    app.owner(async (db) => (await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number);

  const UPDATE = `mutation($id: ID!, $p: SubmissionPatch!) { updateSubmission(id: $id, patch: $p) { version } }`;
  const sectionPatch = (section: Record<string, string>) => ({
    version: 1,
    sections: [{ path: 'I', title: 'Tổng quan', body: 'Nội dung', ...section }],
  });

  it('refuses an id that is not a UUID before it reaches PostgreSQL', async () => {
    refusedAt(await send('{ submission(id: "x") { id } }'), 'submission.id');
    refusedAt(await send('mutation { submitSubmission(id: "1 OR 1=1") { id } }'), 'submitSubmission.id');
  });

  it('refuses impossible dates: a merger on 2023-02-30 and a malformed letterhead date', async () => {
    const [a, b] = cluster.members;
    const merge = await send(
      `mutation($c: String!, $s: String!) { mergeOrganization(code: $c, successorCode: $s, from: "2023-02-30") { id } }`,
      { c: a.code, s: b.code },
    );
    refusedAt(merge, 'mergeOrganization.from');
    const merged = await app.owner((db) =>
      db.query('SELECT merged_on FROM organization WHERE code = $1', [a.code]),
    );
    expect(merged.rows[0].merged_on).toBeNull();

    const exported = `query($id: ID!, $d: String) { exportSubmissionDocx(id: $id, header: { date: $d }) { size } }`;
    const member = cluster.members[1].token;
    refusedAt(
      await send(exported, { id: draftId, d: '20/11/2023' }, member),
      'exportSubmissionDocx.header.date',
    );
    refusedAt(
      await send(exported, { id: draftId, d: '2023-11-31' }, member),
      'exportSubmissionDocx.header.date',
    );
    const fine = await send(exported, { id: draftId, d: '2023-11-30' }, member);
    expect(fine.errors).toBeUndefined();
  });

  it('refuses NUL bytes and lone surrogates in any text, naming the field', async () => {
    const create = `mutation($c: String!, $n: String!) { createOrganization(code: $c, name: $n, kind: "DEPARTMENT") { id } }`;
    const before = await rows('organization');
    refusedAt(await send(create, { c: 'sct-nul\u0000', n: 'Sở' }), 'createOrganization.code');
    refusedAt(await send(create, { c: 'sct-surrogate', n: 'Sở \ud83d' }), 'createOrganization.name');
    refusedAt(
      await send(UPDATE, { id: draftId, p: sectionPatch({ body: 'a\u0000b' }) }, cluster.members[1].token),
      'updateSubmission.patch.sections.0.body',
    );
    expect(await rows('organization')).toBe(before);
  });

  it('refuses 1 MB titles and section bodies and a 200,000-digit figure, and stores a long real section', async () => {
    const token = cluster.members[1].token;
    refusedAt(
      await send(UPDATE, { id: draftId, p: sectionPatch({ title: 'x'.repeat(1 << 20) }) }, token),
      'updateSubmission.patch.sections.0.title',
    );
    refusedAt(
      await send(UPDATE, { id: draftId, p: sectionPatch({ body: 'x'.repeat(1 << 20) }) }, token),
      'updateSubmission.patch.sections.0.body',
    );
    const figure = await send(
      UPDATE,
      {
        id: draftId,
        p: { version: 1, indicators: [{ key: 'retail_sales', label: 'Bán lẻ', value: '9'.repeat(200_000) }] },
      },
      token,
    );
    expect(figure.status).toBe(400);
    expect(figure.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(figure.errors?.[0].message.length).toBeLessThan(600);
    const version = await app.owner((db) =>
      db.query('SELECT version FROM submission WHERE id = $1', [draftId]),
    );
    expect(version.rows[0].version).toBe(1);

    const long = await send(
      UPDATE,
      { id: draftId, p: sectionPatch({ body: 'Kết quả. '.repeat(15_000) }) },
      token,
    );
    expect(long.errors).toBeUndefined();
  });

  it('refuses a password of 100,000 spaces without hashing it', async () => {
    const started = Date.now();
    refusedAt(
      await send(
        `mutation($p: String!) { createUser(organizationCode: "x", email: "a@b.vn", fullName: "A", password: $p) { id } }`,
        { p: ' '.repeat(100_000) },
      ),
      'createUser.password',
    );
    refusedAt(
      await send(`mutation($p: String!) { login(email: "a@b.vn", password: $p) { token } }`, {
        p: 'x'.repeat(100_000),
      }),
      'login.password',
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a regulation nested 1,000 deep before validating it', async () => {
    let criterion: unknown = { id: 'x', title: 'T', max: 1, method: { type: 'manual' } };
    for (let i = 0; i < 1000; i++) criterion = { id: `c${i}`, title: 'T', max: 1, children: [criterion] };
    const answer = await send(
      `mutation($g: String!, $d: JSON!) { publishRegulation(groupCode: $g, year: 2023, document: $d) { id } }`,
      { g: cluster.code, d: { format: 1, criteria: [criterion] } },
      cluster.members[0].token,
    );
    refusedAt(answer, 'publishRegulation.document');
  });

  it('answers syntax errors and parser limits with HTTP 400 and a GraphQL error', async () => {
    const syntax = await send('{ me { id ');
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const tokens = await send(`{ ${Array.from({ length: 600 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.errors?.[0].message).toMatch(/1000 tokens/);
    const depth = await send(
      '{ me { organization { successor { successor { successor { successor { successor { successor { successor { successor { successor { successor { id } } } } } } } } } } } } }',
    );
    expect(depth.status).toBe(400);
    expect(depth.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badUnicode = await send('{ group(code: "\\ud800") { id } }');
    expect(badUnicode.status).toBe(400);
  });

  it('answers a NUL byte inside an imported report through the PostgreSQL safety net, not as an internal error', async () => {
    const markdown = Buffer.from('# I. Tổng quan\n\nDoanh thu đạt 100 tỷ đồng.\u0000\n').toString('base64');
    const answer = await send(
      `mutation($i: ImportReportInput!) { importReport(input: $i) { id } }`,
      { i: { fileName: 'bao-cao.md', contentBase64: markdown, submissionId: draftId } },
      cluster.members[1].token,
    );
    expect(answer.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/ký tự NUL/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const audit = await app.owner((db) =>
      db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'submission.import'`),
    );
    expect(audit.rows[0].n).toBe(0);
  });
});
