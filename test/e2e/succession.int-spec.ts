import { asOrg, attempt } from '../support/app-role';
import { createCluster, TestCluster, TestOrg } from '../support/tenants';
import { TestApp } from '../support/test-app';

// Next year (issue 11.6): the year-end election of next year's head and deputy, the handover it records, next
// year's memberships and draft regulation it creates.
const VIEW = `id year nextYear state candidates { code } voted { code } notVoted { code }
  myBallot { head { code } deputy { code } } headVotes { candidate { code } votes } deputyVotes { candidate { code } votes }
  handover { outgoingHead { code } incomingHead { code } deputy { code } method reason handedOverAt recordedBy { code } recordedByEmail }`;
const ELECTION = `query($g: String!) { succession(groupCode: $g, year: 2023) { ${VIEW} } }`;
const OPEN = `mutation($g: String!) { openSuccession(groupCode: $g, year: 2023) { ${VIEW} } }`;
const CAST = `mutation($g: String!, $h: String!, $d: String!) { castSuccessionBallot(groupCode: $g, year: 2023, headCode: $h, deputyCode: $d) { ${VIEW} } }`;
const CLOSE = `mutation($g: String!, $h: String, $d: String, $r: String) { closeSuccession(groupCode: $g, year: 2023, headCode: $h, deputyCode: $d, reason: $r) { ${VIEW} } }`;
const RECORD = `mutation($g: String!, $h: String!, $d: String!, $r: String!) { recordSuccession(groupCode: $g, year: 2023, headCode: $h, deputyCode: $d, reason: $r) { ${VIEW} } }`;
const DRAFT = `query($g: String!) { regulationDraft(groupCode: $g, year: 2024) { id year document copiedFromYear published } }`;
const SAVE = `mutation($g: String!, $d: JSON!) { saveRegulationDraft(groupCode: $g, year: 2024, document: $d) { id document published } }`;
const PUBLISH = `mutation($g: String!, $d: JSON!) { publishRegulation(groupCode: $g, year: 2024, document: $d) { version } }`;
const MEMBERSHIP = `mutation($g: String!, $y: Int!, $o: String!, $r: MemberRole!, $c: String) { setMembership(groupCode: $g, year: $y, organizationCode: $o, role: $r, category: $c) { role } }`;
const MEMBERS = `query($g: String!, $y: Int!) { group(code: $g) { members(year: $y) { role category organization { code } } } }`;

const codes = (orgs: { code: string }[]) => orgs.map((o) => o.code).sort();

describe('next year: the election of the head and deputy, the handover, next year’s draft regulation', () => {
  let app: TestApp;
  let cluster: TestCluster;
  let outsider: TestOrg;

  beforeAll(async () => {
    app = await TestApp.start();
    cluster = await createCluster(app, { size: 4 });
    outsider = (await createCluster(app, { size: 1 })).members[0];
    const [, b, c] = cluster.members;
    await app.ok(MEMBERSHIP, { g: cluster.code, y: 2023, o: b.code, r: 'MEMBER', c: 'SO' }, cluster.admin);
    await app.ok(MEMBERSHIP, { g: cluster.code, y: 2023, o: c.code, r: 'DEPUTY', c: 'CUC' }, cluster.admin);
  });
  afterAll(() => app.close());

  /** The FY ranking published: the precondition of the election (the workflow suite publishes through the API). */
  const publishFy = (code: string) =>
    app.owner((db) =>
      db.query(
        `UPDATE period SET state = 'PUBLISHED' FROM emulation_group g WHERE period.group_id = g.id AND g.code = $1 AND period.year = 2023 AND period.kind = 'FY'`,
        [code],
      ),
    );
  const refusal = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await app.gql(query, variables, token);
    const e = res.errors?.[0];
    return { code: e?.extensions?.code, path: (e?.extensions?.problems as { path: string }[])?.[0]?.path };
  };

  it('elects, hands over and creates next year from the result', async () => {
    const [a, b, c, d] = cluster.members;
    const g = cluster.code;
    expect((await app.ok(ELECTION, { g }, b.token)).succession).toBeNull();
    expect(await refusal(CAST, { g, h: b.code, d: c.code }, b.token)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(OPEN, { g }, b.token)).toMatchObject({ code: 'FORBIDDEN' });
    // Before the FY ranking is published the year-end meeting has no results to meet on.
    expect(await refusal(OPEN, { g }, a.token)).toEqual({ code: 'CONFLICT', path: 'year' });
    await publishFy(g);

    const opened = (await app.ok(OPEN, { g }, a.token)).openSuccession;
    expect(opened).toMatchObject({ year: 2023, nextYear: 2024, state: 'OPEN', handover: null, voted: [] });
    expect(codes(opened.notVoted)).toEqual(codes(cluster.members));
    expect(await refusal(OPEN, { g }, a.token)).toEqual({ code: 'CONFLICT', path: 'year' });

    // Another group's member neither votes nor reads; a ballot names two different members of the year.
    expect(await refusal(CAST, { g, h: b.code, d: c.code }, outsider.token)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refusal(ELECTION, { g }, outsider.token)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(CAST, { g, h: outsider.code, d: c.code }, b.token)).toEqual({
      code: 'BAD_USER_INPUT',
      path: 'headCode',
    });
    expect(await refusal(CAST, { g, h: b.code, d: b.code }, b.token)).toEqual({
      code: 'BAD_USER_INPUT',
      path: 'deputyCode',
    });

    // B votes for itself (as a unit may at the meeting); D's second ballot replaces its first.
    await app.ok(CAST, { g, h: b.code, d: c.code }, a.token);
    await app.ok(CAST, { g, h: b.code, d: c.code }, b.token);
    await app.ok(CAST, { g, h: c.code, d: b.code }, c.token);
    await app.ok(CAST, { g, h: c.code, d: d.code }, d.token);
    const replaced = (await app.ok(CAST, { g, h: b.code, d: d.code }, d.token)).castSuccessionBallot;
    expect(replaced.myBallot).toEqual({ head: { code: b.code }, deputy: { code: d.code } });
    expect(codes(replaced.voted)).toEqual(codes(cluster.members));
    expect(replaced.notVoted).toEqual([]);
    // Secret until closed: a member sees who voted, not the counts; the head, who closes from them, does.
    expect(replaced).toMatchObject({ headVotes: [], deputyVotes: [] });
    const forHead = (await app.ok(ELECTION, { g }, a.token)).succession;
    expect(forHead.headVotes).toEqual([
      { candidate: { code: b.code }, votes: 3 },
      { candidate: { code: c.code }, votes: 1 },
    ]);
    const ballots = await app.owner((db) =>
      db.query(
        `SELECT count(*)::int AS n FROM succession_ballot b JOIN succession_election e ON e.id = b.election_id WHERE e.id = $1`,
        [opened.id],
      ),
    );
    expect(ballots.rows[0].n).toBe(4);

    expect(await refusal(CLOSE, { g }, c.token)).toMatchObject({ code: 'FORBIDDEN' });
    // No tie to settle: the count decides.
    expect(await refusal(CLOSE, { g, h: c.code, r: 'Thử' }, a.token)).toEqual({
      code: 'BAD_USER_INPUT',
      path: 'headCode',
    });
    const closed = (await app.ok(CLOSE, { g }, a.token)).closeSuccession;
    expect(closed.state).toBe('CLOSED');
    expect(closed.handover).toMatchObject({
      outgoingHead: { code: a.code },
      incomingHead: { code: b.code },
      deputy: { code: c.code },
      method: 'VOTE',
      reason: null,
      recordedBy: { code: a.code },
      recordedByEmail: `${a.code}@test.thidua.vn`,
    });
    expect(Math.abs(Date.parse(closed.handover.handedOverAt) - Date.now())).toBeLessThan(60_000);
    // Once closed every member sees the counts; the deputy's excludes nobody it does not show.
    const seen = (await app.ok(ELECTION, { g }, d.token)).succession;
    expect(seen.deputyVotes).toEqual([
      { candidate: { code: c.code }, votes: 2 },
      expect.objectContaining({ votes: 1 }),
      expect.objectContaining({ votes: 1 }),
    ]);

    // Next year: the same members, the categories kept, the elected head and deputy, everyone else a member.
    const next = (await app.ok(MEMBERS, { g, y: 2024 }, a.token)).group.members;
    const byCode = Object.fromEntries(
      next.map((m: { organization: { code: string }; role: string; category: string | null }) => [
        m.organization.code,
        [m.role, m.category],
      ]),
    );
    expect(byCode).toEqual({
      [a.code]: ['MEMBER', null],
      [b.code]: ['HEAD', 'SO'],
      [c.code]: ['DEPUTY', 'CUC'],
      [d.code]: ['MEMBER', null],
    });

    // Audited; the ballots' events say a ballot was cast, never for whom.
    const events = await app.owner((db) =>
      db.query(
        `SELECT action, after FROM audit_event WHERE action LIKE 'succession.%' AND entity_id IN (SELECT id::text FROM succession_election WHERE id = $1 UNION SELECT id::text FROM succession_ballot WHERE election_id = $1) ORDER BY seq`,
        [opened.id],
      ),
    );
    const actions = events.rows.map((r: { action: string }) => r.action);
    expect(actions[0]).toBe('succession.open');
    expect(actions.filter((x: string) => x === 'succession.vote')).toHaveLength(5);
    expect(actions.at(-1)).toBe('succession.close');
    expect(events.rows.at(-1).after).toMatchObject({
      outgoingHeadId: a.id,
      headId: b.id,
      deputyId: c.id,
      nextYear: 2024,
    });
    for (const r of events.rows.filter((x: { action: string }) => x.action === 'succession.vote'))
      expect(JSON.stringify(r.after)).not.toContain(b.id === r.after.voterId ? c.id : b.id);

    // Closed: no ballot, no second closing, no second next year.
    expect(await refusal(CAST, { g, h: b.code, d: c.code }, d.token)).toEqual({
      code: 'CONFLICT',
      path: 'year',
    });
    expect(await refusal(CLOSE, { g }, a.token)).toEqual({ code: 'CONFLICT', path: 'year' });
    expect(await refusal(RECORD, { g, h: c.code, d: b.code, r: 'Thử' }, cluster.admin)).toEqual({
      code: 'CONFLICT',
      path: 'year',
    });
  });

  it('starts next year’s regulation as a draft only the new head edits, adopted by publishRegulation', async () => {
    const [a, b, c] = cluster.members;
    const g = cluster.code;
    const { regulationDraft } = await app.ok(DRAFT, { g }, b.token);
    expect(regulationDraft).toMatchObject({ year: 2024, copiedFromYear: 2023, published: false });
    expect(regulationDraft.document).toMatchObject({
      group: g,
      year: 2024,
      decision: { number: '', date: '' },
      periods: [
        { kind: 'H1', deadline: '2074-06-20T17:00:00+07:00' },
        { kind: 'FY', deadline: '2074-11-20T17:00:00+07:00' },
      ],
    });
    expect(
      (
        await app.ok(
          `query($g: String!) { group(code: $g) { regulation(year: 2024) { version } } }`,
          { g },
          b.token,
        )
      ).group.regulation,
    ).toBeNull();
    // The outgoing head (a member next year) and the deputy neither read nor edit it.
    for (const who of [a, c]) {
      expect(await refusal(DRAFT, { g }, who.token)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refusal(SAVE, { g, d: regulationDraft.document }, who.token)).toMatchObject({
        code: 'FORBIDDEN',
      });
    }

    // Saved as written; adoption validates it like any regulation (the decision is next year's to enter).
    const edited = { ...regulationDraft.document, title: 'Quy chế thi đua năm 2024 (dự thảo)' };
    expect((await app.ok(SAVE, { g, d: edited }, b.token)).saveRegulationDraft.document.title).toBe(
      'Quy chế thi đua năm 2024 (dự thảo)',
    );
    expect(await refusal(SAVE, { g, d: [1] }, b.token)).toEqual({ code: 'BAD_USER_INPUT', path: 'document' });
    expect((await refusal(PUBLISH, { g, d: edited }, b.token)).code).toBe('BAD_USER_INPUT');
    const adopted = { ...edited, decision: { number: '05/QĐ-CTĐ', date: '2024-01-15' } };
    expect((await app.ok(PUBLISH, { g, d: adopted }, b.token)).publishRegulation.version).toBe(1);
    expect((await app.ok(DRAFT, { g }, b.token)).regulationDraft.published).toBe(true);
    expect(await refusal(SAVE, { g, d: adopted }, b.token)).toEqual({ code: 'CONFLICT', path: 'document' });
  });

  it('settles a tie by the head’s choice with a reason', async () => {
    const tied = await createCluster(app, { size: 3 });
    const [x, y, z] = tied.members;
    const g = tied.code;
    await publishFy(g);
    // The admin may open it too.
    await app.ok(OPEN, { g }, tied.admin);
    await app.ok(CAST, { g, h: y.code, d: z.code }, x.token);
    await app.ok(CAST, { g, h: z.code, d: y.code }, y.token);
    expect(await refusal(CLOSE, { g }, x.token)).toEqual({ code: 'CONFLICT', path: 'headCode' });
    expect(await refusal(CLOSE, { g, h: y.code }, x.token)).toEqual({
      code: 'BAD_USER_INPUT',
      path: 'reason',
    });
    const { closeSuccession } = await app.ok(
      CLOSE,
      { g, h: y.code, r: 'Bằng phiếu: hội nghị thống nhất luân phiên theo thứ tự' },
      x.token,
    );
    expect(closeSuccession.handover).toMatchObject({
      incomingHead: { code: y.code },
      deputy: { code: z.code },
      reason: 'Bằng phiếu: hội nghị thống nhất luân phiên theo thứ tự',
    });
  });

  it('lets the admin record a result with a reason, and refuses when next year exists', async () => {
    const recorded = await createCluster(app, { size: 3 });
    const [p, q, r] = recorded.members;
    const g = recorded.code;
    expect(await refusal(RECORD, { g, h: q.code, d: r.code, r: 'Biên bản' }, p.token)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refusal(RECORD, { g, h: q.code, d: r.code, r: '  ' }, recorded.admin)).toEqual({
      code: 'BAD_USER_INPUT',
      path: 'reason',
    });
    const { recordSuccession } = await app.ok(
      RECORD,
      { g, h: q.code, d: r.code, r: 'Biên bản hội nghị tổng kết ngày 20/12/2023' },
      recorded.admin,
    );
    expect(recordSuccession).toMatchObject({
      state: 'CLOSED',
      handover: { outgoingHead: { code: p.code }, incomingHead: { code: q.code }, method: 'RECORDED' },
    });
    expect((await app.ok(DRAFT, { g }, q.token)).regulationDraft.year).toBe(2024);
    const audited = await app.owner((db) =>
      db.query(
        `SELECT after->>'reason' AS reason FROM audit_event WHERE action = 'succession.record' AND entity_id = $1`,
        [recordSuccession.id],
      ),
    );
    expect(audited.rows).toEqual([{ reason: 'Biên bản hội nghị tổng kết ngày 20/12/2023' }]);

    // A group whose next year was set up by hand: nothing is created over it.
    const other = await createCluster(app, { size: 2 });
    await publishFy(other.code);
    await app.ok(MEMBERSHIP, { g: other.code, y: 2024, o: other.members[1].code, r: 'HEAD' }, other.admin);
    expect(await refusal(OPEN, { g: other.code }, other.members[0].token)).toEqual({
      code: 'CONFLICT',
      path: 'nextYear',
    });
  });

  it('keeps the walls in PostgreSQL itself: ballots secret, votes members only, next year as elected', async () => {
    const walled = await createCluster(app, { size: 3 });
    const [h, m, n] = walled.members;
    const g = walled.code;
    await publishFy(g);
    const { openSuccession } = await app.ok(OPEN, { g }, h.token);
    await app.ok(CAST, { g, h: m.code, d: n.code }, m.token);
    const groupId = (await app.owner((db) => db.query(`SELECT id FROM emulation_group WHERE code = $1`, [g])))
      .rows[0].id;
    const ballot = `INSERT INTO succession_ballot (election_id, group_id, year, voter_id, head_choice_id, deputy_choice_id, cast_by_user_id, cast_at) VALUES ($1, $2, 2023, app_org_id(), $3, $4, gen_random_uuid(), now())`;

    await asOrg(app.ownerUrl, outsider.id, async (db) => {
      expect((await attempt(db, ballot, [openSuccession.id, groupId, m.id, n.id])).error).not.toBeNull();
      expect(
        (await db.query(`SELECT 1 FROM succession_election WHERE id = $1`, [openSuccession.id])).rowCount,
      ).toBe(0);
      expect((await db.query(`SELECT 1 FROM succession_voters($1)`, [openSuccession.id])).rowCount).toBe(0);
    });
    await asOrg(app.ownerUrl, h.id, async (db) => {
      // The head reads no ballot but its own, and cannot create next year before the election closes.
      expect(
        (await db.query(`SELECT 1 FROM succession_ballot WHERE election_id = $1`, [openSuccession.id]))
          .rowCount,
      ).toBe(0);
      const insert = `INSERT INTO membership (group_id, year, organization_id, role) VALUES ($1, 2024, $2, $3)`;
      expect((await attempt(db, insert, [groupId, m.id, 'HEAD'])).error).not.toBeNull();
    });
    await asOrg(app.ownerUrl, n.id, async (db) => {
      expect((await db.query(`SELECT 1 FROM succession_tally($1)`, [openSuccession.id])).rowCount).toBe(0);
      expect((await db.query(`SELECT 1 FROM succession_voters($1)`, [openSuccession.id])).rowCount).toBe(1);
    });
    await app.ok(CAST, { g, h: m.code, d: n.code }, n.token);
    await app.ok(CLOSE, { g }, h.token);
    await asOrg(app.ownerUrl, h.id, async (db) => {
      // Closed: no year the election was not about, no office changed by hand.
      const insert = `INSERT INTO membership (group_id, year, organization_id, role) VALUES ($1, 2025, $2, 'HEAD')`;
      expect((await attempt(db, insert, [groupId, n.id])).error).not.toBeNull();
      expect(
        (
          await attempt(
            db,
            `UPDATE membership SET role = 'HEAD' WHERE group_id = $1 AND year = 2024 AND organization_id = $2`,
            [groupId, h.id],
          )
        ).rowCount,
      ).toBe(0);
      expect(
        (await db.query(`SELECT 1 FROM succession_tally($1)`, [openSuccession.id])).rowCount,
      ).toBeGreaterThan(0);
      expect(
        (await db.query(`SELECT 1 FROM succession_ballot WHERE election_id = $1`, [openSuccession.id]))
          .rowCount,
      ).toBe(0);
    });
  });
});
