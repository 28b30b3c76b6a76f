import { createCluster, setScore, testRegulation, TestCluster } from '../support/tenants';
import { TestApp } from '../support/test-app';

// The start of the year (issue 11.2): the head publishes the covenant, members sign it and register the titles
// they aim for; "signed" and "registered" are facts the regulation reads (setBy PORTAL), set by the portal.
const regulation = (code: string, year: number) => ({
  ...testRegulation(code, year),
  format: 2,
  facts: [
    { id: 'COVENANT_SIGNED', title: 'Đã ký giao ước thi đua', setBy: 'PORTAL' },
    { id: 'REGISTERED', title: 'Đã đăng ký thi đua', setBy: 'PORTAL' },
  ],
  deductions: [
    ...testRegulation(code, year).deductions,
    { id: 'D4', title: 'Không đăng ký thi đua', kind: 'withoutFact', fact: 'REGISTERED', points: 8 },
  ],
});

const VIEW = `signatures { member { code } signedBy } registrations { member { code } titles { id title } registeredBy }
  notSigned { code } notRegistered { code } commitments { number text target } registrableTitles { id }`;
const COVENANT = `query($g: String!) { covenant(groupCode: $g, year: 2023) { id ${VIEW} } }`;
const PUBLISH = `mutation($g: String!, $c: [CovenantCommitmentInput!]!, $d: DateTime!) {
  publishCovenant(groupCode: $g, year: 2023, commitments: $c, registrationDeadline: $d) { id ${VIEW} } }`;
const SIGN = `mutation($g: String!) { signCovenant(groupCode: $g, year: 2023) { id ${VIEW} } }`;
const REGISTER = `mutation($g: String!, $t: [String!]!) { registerTitles(groupCode: $g, year: 2023, titles: $t) { id ${VIEW} } }`;
const RANKING = `query($g: String!) { ranking(groupCode: $g, year: 2023, kind: H1) { version entries { organization { code } total facts breakdown } } }`;

interface View {
  signatures: { member: { code: string }; signedBy: string }[];
  registrations: {
    member: { code: string };
    titles: { id: string; title: string }[];
    registeredBy: string;
  }[];
  notSigned: { code: string }[];
  notRegistered: { code: string }[];
  commitments: { number: number; text: string; target: string | null }[];
  registrableTitles: { id: string }[];
}
interface Entry {
  organization: { code: string };
  total: string;
  facts: string[];
  breakdown: { lines: { id: string; result: string; note: string }[] };
}

describe('covenant and registration', () => {
  let app: TestApp;
  let cluster: TestCluster;
  const codes = () => cluster.members.map((m) => m.code);
  const codeOf = (o: { code: string } | { member: { code: string } }) =>
    'code' in o ? o.code : o.member.code;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    cluster = await createCluster(app, { size: 3, regulation });
  });
  afterAll(() => app.close());

  it('runs the start of the year: published, signed by all but one, registered, and the ranking reads it', async () => {
    const [head, b, c] = cluster.members;
    const g = cluster.code;
    expect((await app.ok(COVENANT, { g }, b.token)).covenant).toBeNull();

    const commitments = [
      { text: 'Hoàn thành 100% nhiệm vụ được giao', target: '100%' },
      { text: '  Không có cán bộ vi phạm kỷ luật  ' },
      { text: 'Nộp báo cáo đúng hạn' },
    ];
    const deadline = new Date(Date.now() + 86_400_000).toISOString();
    const refused = await app.gql(PUBLISH, { g, c: commitments, d: deadline }, b.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const published = (await app.ok(PUBLISH, { g, c: commitments, d: deadline }, head.token))
      .publishCovenant as View;
    expect(published.commitments).toEqual([
      { number: 1, text: 'Hoàn thành 100% nhiệm vụ được giao', target: '100%' },
      { number: 2, text: 'Không có cán bộ vi phạm kỷ luật', target: null },
      { number: 3, text: 'Nộp báo cáo đúng hạn', target: null },
    ]);
    // The group's awards of the year and the State titles.
    expect(published.registrableTitles.map((t) => t.id)).toEqual(
      expect.arrayContaining(['GOV_FLAG', 'TTLDTT', 'TTLDXS']),
    );
    expect(published.notSigned.map(codeOf).sort()).toEqual([...codes()].sort());

    await app.ok(SIGN, { g }, head.token);
    const signedB = (await app.ok(SIGN, { g }, b.token)).signCovenant as View;
    // A member sees its own signature only, and not who is missing.
    expect(signedB.signatures.map(codeOf)).toEqual([b.code]);
    expect(signedB.signatures[0].signedBy).toBe(`${b.code}@test.thidua.vn`);
    expect(signedB.notSigned).toEqual([]);
    const twice = await app.gql(SIGN, { g }, b.token);
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    const republish = await app.gql(PUBLISH, { g, c: commitments, d: deadline }, head.token);
    expect(republish.errors?.[0].extensions?.code).toBe('CONFLICT');

    const unknown = await app.gql(REGISTER, { g, t: ['TTLDTT', 'NOT_A_TITLE'] }, b.token);
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].message).toContain('NOT_A_TITLE');
    await app.ok(REGISTER, { g, t: ['TTLDXS'] }, head.token);
    await app.ok(REGISTER, { g, t: ['TTLDXS'] }, b.token);
    // Until the deadline a member may change its choice.
    await app.ok(REGISTER, { g, t: ['TTLDTT', 'GOV_FLAG'] }, b.token);

    const seen = (await app.ok(COVENANT, { g }, head.token)).covenant as View;
    expect(seen.signatures.map(codeOf).sort()).toEqual([head.code, b.code].sort());
    expect(seen.notSigned.map(codeOf)).toEqual([c.code]);
    expect(seen.notRegistered.map(codeOf)).toEqual([c.code]);
    const ofB = seen.registrations.find((r) => r.member.code === b.code)!;
    expect(ofB.titles).toEqual([
      { id: 'TTLDTT', title: 'Tập thể lao động tiên tiến' },
      { id: 'GOV_FLAG', title: expect.stringContaining('Cờ thi đua') },
    ]);
    expect(ofB.registeredBy).toBe(`${b.code}@test.thidua.vn`);

    // Nobody sets a portal fact by hand.
    const byHand = await app.gql(
      `mutation($g: String!, $m: String!) { setFact(groupCode: $g, year: 2023, kind: H1, memberCode: $m, factId: "REGISTERED", value: true, reason: "Thử") }`,
      { g, m: c.code },
      head.token,
    );
    expect(byHand.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // The ranking: every member reports and is scored 20 on 1.4 (and nothing else): 20 points each, but the
    // member that did not register loses D4's 8 → 12.
    for (const m of cluster.members) {
      const { createSubmission } = await app.ok(
        `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: H1, groupCodes: $g }) { id } }`,
        { g: [g] },
        m.token,
      );
      await app.ok(
        `mutation($id: ID!) { submitSubmission(id: $id) { id } }`,
        { id: createSubmission.id },
        m.token,
      );
      await setScore(app, cluster, head.token, m.code, '1.4', '20');
    }
    let entries: Entry[] = [];
    await app.waitFor(async () => {
      entries =
        ((await app.gql(RANKING, { g }, head.token)).data?.ranking as { entries: Entry[] } | null)?.entries ??
        [];
      return entries.length === 3 && entries.every((e) => Number(e.total) >= 12);
    });
    const of = (code: string) => entries.find((e) => e.organization.code === code)!;
    expect(of(head.code)).toMatchObject({ total: '20', facts: ['COVENANT_SIGNED', 'REGISTERED'] });
    expect(of(b.code)).toMatchObject({ total: '20', facts: ['COVENANT_SIGNED', 'REGISTERED'] });
    expect(of(c.code)).toMatchObject({ total: '12', facts: [] });
    const d4 = of(c.code).breakdown.lines.find((l) => l.id === 'D4')!;
    expect(d4).toMatchObject({ result: '8', note: 'Không có dữ kiện "Đã đăng ký thi đua": trừ 8' });

    // Registering late is refused once the deadline has passed.
    await app.owner((db) => db.query(`UPDATE covenant SET registration_deadline = now() - interval '1 day'`));
    const late = await app.gql(REGISTER, { g, t: ['TTLDTT'] }, c.token);
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(late.errors?.[0].message).toContain('Đã quá hạn đăng ký thi đua');

    // Each step is in the audit log.
    const { rows } = await app.owner((db) =>
      db.query(
        `SELECT action, count(*)::int AS n FROM audit_event WHERE action IN ('covenant.publish', 'covenant.sign', 'registration.set') GROUP BY action ORDER BY action`,
      ),
    );
    expect(rows).toEqual([
      { action: 'covenant.publish', n: 1 },
      { action: 'covenant.sign', n: 2 },
      { action: 'registration.set', n: 3 },
    ]);
  });

  it('refuses a covenant without commitments, or with an empty one, saying which', async () => {
    const other = await createCluster(app, { size: 2, regulation });
    const [head] = other.members;
    const d = new Date(Date.now() + 86_400_000).toISOString();
    const none = await app.gql(PUBLISH, { g: other.code, c: [], d }, head.token);
    expect(none.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const blank = await app.gql(
      PUBLISH,
      { g: other.code, c: [{ text: 'Một' }, { text: '   ' }], d },
      head.token,
    );
    expect(blank.errors?.[0].message).toContain('Nội dung cam kết 2');
    const unsigned = await app.gql(SIGN, { g: other.code }, other.members[1].token);
    expect(unsigned.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
