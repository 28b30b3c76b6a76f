import { Client } from 'pg';
import { createCluster, createOrg, setScore, TestCluster } from '../support/tenants';
import { ADMIN, TestApp } from '../support/test-app';

const VERIFY = `{ verifyAudit { eventsChecked intact firstBroken { eventId position occurredAt problem } } }`;
const TRAIL = `query($g: String!, $first: Int!, $after: String) {
  auditTrail(groupCode: $g, year: 2023, kind: H1, first: $first, after: $after) {
    events { id occurredAt action userName organizationName memberName criterionId reason changes { field from to } }
    endCursor hasNextPage } }`;
interface TrailPage {
  events: { id: string }[];
  hasNextPage: boolean;
  endCursor: string | null;
}
const SCORE = `mutation($i: ScoreInput!) { setScore(input: $i) { points } }`;

/** Behind the API's back: the owner may change the append-only table once its guard is off. */
async function tamper(db: Client, sql: string, params: unknown[]) {
  await db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
  try {
    await db.query(sql, params);
  } finally {
    await db.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
  }
}

describe('the audit log: a verifiable chain and a ranking trail', () => {
  let app: TestApp;
  let cluster: TestCluster;
  let head: string;
  let member: { code: string; token: string };

  beforeAll(async () => {
    app = await TestApp.start();
    cluster = await createCluster(app, { size: 3 });
    head = cluster.members[0].token;
    member = cluster.members[1];
    await setScore(app, cluster, head, member.code, '1.4', '8');
    await app.ok(
      SCORE,
      {
        i: {
          groupCode: cluster.code,
          year: 2023,
          kind: 'H1',
          memberCode: member.code,
          criterionId: '1.4',
          points: '9.5',
          reason: 'Bổ sung minh chứng',
        },
      },
      head,
    );
    await setScore(app, cluster, head, cluster.members[2].code, '1.4', '7');
  }, 120_000);
  afterAll(() => app.close());

  const scoreEvents = () =>
    app.owner(async (db) => {
      const { rows } = await db.query(
        `SELECT id, seq, occurred_at, after FROM audit_event e WHERE action = 'score.set' AND group_id = (SELECT id FROM emulation_group WHERE code = $1) ORDER BY seq`,
        [cluster.code],
      );
      return rows as { id: string; seq: string; occurred_at: Date; after: Record<string, unknown> }[];
    });

  it('is intact after scoring through the API, for the board and the platform admin', async () => {
    const admin = await app.login(ADMIN.email, ADMIN.password);
    const total = await app.owner(
      async (db) => (await db.query(`SELECT count(*)::int AS n FROM audit_event`)).rows[0].n as number,
    );
    for (const token of [cluster.board.token, admin]) {
      const { verifyAudit } = await app.ok(VERIFY, {}, token);
      expect(verifyAudit).toEqual({ eventsChecked: total, intact: true, firstBroken: null });
    }
  });

  it('finds exactly the event whose stored value was changed, then the deleted one', async () => {
    const [, changed, later] = await scoreEvents();
    const original = changed.after;
    await app.owner((db) =>
      tamper(db, `UPDATE audit_event SET after = jsonb_set(after, '{points}', '"20"') WHERE id = $1`, [
        changed.id,
      ]),
    );
    const tampered = (await app.ok(VERIFY, {}, cluster.board.token)).verifyAudit;
    expect(tampered.intact).toBe(false);
    expect(tampered.firstBroken).toEqual({
      eventId: changed.id,
      position: Number(changed.seq),
      occurredAt: changed.occurred_at.toISOString(),
      problem: 'HASH_MISMATCH',
    });

    // Put back exactly what was there: the chain holds again.
    await app.owner((db) =>
      tamper(db, `UPDATE audit_event SET after = $2 WHERE id = $1`, [changed.id, original]),
    );
    expect((await app.ok(VERIFY, {}, cluster.board.token)).verifyAudit.intact).toBe(true);

    await app.owner((db) => tamper(db, `DELETE FROM audit_event WHERE id = $1`, [changed.id]));
    const { verifyAudit } = await app.ok(VERIFY, {}, cluster.board.token);
    expect(verifyAudit.firstBroken).toEqual({
      eventId: later.id,
      position: Number(changed.seq),
      occurredAt: later.occurred_at.toISOString(),
      problem: 'MISSING_SEQUENCE',
    });
  });

  it('is refused to members and heads: only boards and the platform admin verify', async () => {
    for (const token of [head, member.token]) {
      const res = await app.gql(VERIFY, {}, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('a ranking trail', () => {
  let app: TestApp;
  let cluster: TestCluster;

  beforeAll(async () => {
    app = await TestApp.start();
    cluster = await createCluster(app, { size: 3 });
    const [head, a, b] = cluster.members;
    await setScore(app, cluster, head.token, a.code, '1.4', '8');
    await app.ok(
      SCORE,
      {
        i: {
          groupCode: cluster.code,
          year: 2023,
          kind: 'H1',
          memberCode: a.code,
          criterionId: '1.4',
          points: '9.5',
          reason: 'Bổ sung minh chứng',
        },
      },
      head.token,
    );
    await setScore(app, cluster, head.token, b.code, '1.4', '7');
  }, 120_000);
  afterAll(() => app.close());

  it('tells the head and the board who changed which score, from what to what, and why, newest first', async () => {
    const [head, a] = cluster.members;
    for (const token of [head.token, cluster.board.token]) {
      const { auditTrail } = await app.ok(TRAIL, { g: cluster.code, first: 20 }, token);
      expect(auditTrail.hasNextPage).toBe(false);
      const scores = auditTrail.events.filter((e: { action: string }) => e.action === 'score.set');
      expect(scores).toHaveLength(3);
      expect(scores[1]).toEqual(
        expect.objectContaining({
          userName: 'Cán bộ thi đua',
          organizationName: `Đơn vị ${head.code}`,
          memberName: `Đơn vị ${a.code}`,
          criterionId: '1.4',
          reason: 'Bổ sung minh chứng',
          changes: [{ field: 'points', from: '8', to: '9.5' }],
        }),
      );
      expect(scores[2].changes).toEqual([{ field: 'points', from: null, to: '8' }]);
    }
  });

  it('pages by cursor without repeating or skipping an event', async () => {
    const token = cluster.board.token;
    const all = (await app.ok(TRAIL, { g: cluster.code, first: 100 }, token)).auditTrail.events;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { auditTrail }: { auditTrail: TrailPage } = await app.ok(
        TRAIL,
        { g: cluster.code, first: 2, after },
        token,
      );
      seen.push(...auditTrail.events.map((e) => e.id));
      if (!auditTrail.hasNextPage) break;
      after = auditTrail.endCursor;
    }
    expect(seen).toEqual(all.map((e: { id: string }) => e.id));
    const bad = await app.gql(TRAIL, { g: cluster.code, first: 500 }, token);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is refused to members, to another tenant head and board, and to the platform admin', async () => {
    const other = await createCluster(app, { size: 2 });
    const admin = await app.login(ADMIN.email, ADMIN.password);
    const outsider = await createOrg(app, admin, 'DEPARTMENT', 'outsider');
    for (const token of [
      cluster.members[1].token,
      other.members[0].token,
      other.board.token,
      admin,
      outsider.token,
    ]) {
      const res = await app.gql(TRAIL, { g: cluster.code, first: 5 }, token);
      expect({ code: res.errors?.[0]?.extensions?.code, data: res.data }).toEqual({
        code: 'FORBIDDEN',
        data: null,
      });
    }
  });

  it('stores what changed in a 1 MB report, not the report', async () => {
    const owner = cluster.members[1];
    const { createSubmission } = await app.ok(
      `mutation($g: [String!]!) { createSubmission(input: { year: 2023, kind: H1, groupCodes: $g }) { id version } }`,
      { g: [cluster.code] },
      owner.token,
    );
    // Five sections just under the 200,000-character limit of one: about 1 MB of report.
    const body = (n: number) => `${n}. ${'Sở Công Thương đã chủ động triển khai nhiệm vụ. '.repeat(4000)}`;
    const sections = [1, 2, 3, 4, 5].map((n) => ({ path: `${n}`, title: `Mục ${n}`, body: body(n) }));
    await app.ok(
      `mutation($id: ID!, $p: SubmissionPatch!) { updateSubmission(id: $id, patch: $p) { version } }`,
      { id: createSubmission.id, p: { version: 1, sections } },
      owner.token,
    );
    const { rows } = await app.owner((db) =>
      db.query(
        `SELECT before, after, length(before::text) + length(after::text) AS chars FROM audit_event WHERE action = 'submission.update' AND entity_id = $1`,
        [createSubmission.id],
      ),
    );
    expect(JSON.stringify(sections).length).toBeGreaterThan(950_000);
    expect(rows[0].chars).toBeLessThan(5000);
    expect(rows[0].before.version).toBe(1);
    expect(rows[0].after.version).toBe(2);
    // A section that is new is one value: bounded like any other.
    expect(rows[0].after['content.sections.4']).toEqual(
      expect.objectContaining({ truncated: true, chars: JSON.stringify(sections[4]).length }),
    );
  });
});
