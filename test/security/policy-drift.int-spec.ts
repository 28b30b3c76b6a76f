import {
  CAPABILITIES,
  Capability,
  NOT_A_CAPABILITY,
  POLICY,
  Role,
  ROLES_IN_SCOPE,
} from '../../apps/api/src/access/policy';
import { APP_ROLE } from '../../libs/db/src/config';
import { asOrg, attempt } from '../support/app-role';
import { TestApp } from '../support/test-app';
import { buildWorld, World } from './world';

/** A statement tried as the API's role; the last one decides (earlier ones prepare, e.g. an own report). */
interface Probe {
  /** The group whose roles the probe is about: the target (HEAD regulation) or the CROSS_* one. */
  group?: 'target' | 'cross';
  statements: (w: World) => [string, unknown[]][];
}

const insertScore = (
  group: string,
  period: string,
  member: string,
  criterion = 'probe',
): [string, unknown[]] => [
  `INSERT INTO score (group_id, year, kind, period_id, member_id, scorer_id, criterion_id, points) VALUES ($1, 2023, 'H1', $2, $3, app_org_id(), $4, 1)`,
  [group, period, member, criterion],
];

/**
 * Format 2 rules PostgreSQL reads from the period's published document, added to the stored documents here
 * (the probes go through PostgreSQL alone, so the application never parses them).
 */
async function declareFormat2Probes(app: TestApp, w: World) {
  await app.owner(async (db) => {
    const patch = `UPDATE regulation r SET document = r.document || $2::jsonb FROM period p WHERE p.regulation_id = r.id AND p.id = $1`;
    await db.query(patch, [
      w.periodId,
      JSON.stringify({
        facts: [{ id: 'PROBE_BOARD', title: 'Thử', setBy: 'BOARD' }],
        criteria: [
          { id: 'probe_board', title: 'Thử', max: 1, scoredBy: 'BOARD', method: { type: 'manual' } },
        ],
        tieBreaks: [{ type: 'decision', by: 'BOARD' }],
      }),
    ]);
    await db.query(patch, [
      w.crossPeriodId,
      JSON.stringify({ tieBreaks: [{ type: 'decision', by: 'HEAD' }] }),
    ]);
  });
}

const insertFact = (w: World, fact: string): [string, unknown[]] => [
  `INSERT INTO member_fact (group_id, year, kind, period_id, member_id, fact_id, value, reason, set_by_id) VALUES ($1, 2023, 'H1', $2, $3, $4, true, 'Thử', app_org_id())`,
  [w.groupId, w.periodId, w.owner.id, fact],
];
const insertTie = (group: string, period: string, body: string): [string, unknown[]] => [
  `INSERT INTO tie_decision (group_id, year, kind, period_id, decided_by, members_key, member_order, set_by_id) VALUES ($1, 2023, 'H1', $2, $3, 'probe', '{}', app_org_id())`,
  [group, period, body],
];

const closeElection = (w: World, method: 'VOTE' | 'RECORDED'): [string, unknown[]] => [
  `UPDATE succession_election SET state = 'CLOSED', method = $2, head_id = $3, deputy_id = $4, closed_by_id = app_org_id(), closed_at = now() WHERE id = $1`,
  [w.electionId, method, w.owner.id, w.member.id],
];

/**
 * How PostgreSQL is asked each mirrored capability. A Record over the capabilities that have a mirror: a new
 * mirrored capability does not compile without its probe.
 */
const PROBES: Record<Exclude<Capability, NarrowCapability>, Probe> = {
  'organization.manage': {
    statements: () => [
      [`INSERT INTO organization (code, name, kind) VALUES ('probe-org', 'Thử', 'DEPARTMENT')`, []],
    ],
  },
  'group.manage': {
    statements: (w) => [
      [
        `INSERT INTO emulation_group (code, name, kind, reviewer_id) VALUES ('PROBE', 'Thử', 'CLUSTER', $1)`,
        [w.board.id],
      ],
    ],
  },
  'regulation.publish': {
    statements: (w) => [
      [
        `INSERT INTO regulation (group_id, year, version, document, published_by) VALUES ($1, 2023, 99, '{}', app_org_id())`,
        [w.groupId],
      ],
    ],
  },
  'submission.address': {
    statements: (w) => [
      [
        `INSERT INTO submission (organization_id, year, kind, content) VALUES (app_org_id(), 2023, 'FY', '{}')`,
        [],
      ],
      [
        `INSERT INTO submission_group (submission_id, group_id, organization_id, year)
         SELECT id, $1, app_org_id(), 2023 FROM submission WHERE organization_id = app_org_id() AND year = 2023 AND kind = 'FY'`,
        [w.groupId],
      ],
    ],
  },
  'submission.read': { statements: (w) => [[`SELECT id FROM submission WHERE id = $1`, [w.submittedId]]] },
  'submission.edit': {
    statements: (w) => [
      [
        `INSERT INTO evidence (organization_id, submission_id, criterion_id, file_name, content_type, size, sha256) VALUES (app_org_id(), $1, '1.4', 'x.pdf', 'application/pdf', 1, 'x')`,
        [w.draftId],
      ],
      [`UPDATE submission SET content = content WHERE id = $1`, [w.draftId]],
    ],
  },
  'submission.return': {
    statements: (w) => [[`UPDATE submission SET state = 'RETURNED' WHERE id = $1`, [w.submittedId]]],
  },
  'evidence.read': {
    statements: (w) => [[`SELECT 1 FROM evidence_content WHERE evidence_id = $1`, [w.evidenceId]]],
  },
  'score.read': { statements: (w) => [[`SELECT 1 FROM score WHERE period_id = $1`, [w.periodId]]] },
  'score.readAll': {
    statements: (w) => [
      [`SELECT 1 FROM score WHERE period_id = $1 AND member_id <> app_org_id()`, [w.periodId]],
    ],
  },
  'score.set': { statements: (w) => [insertScore(w.groupId, w.periodId, w.owner.id)] },
  'score.cross': {
    group: 'cross',
    statements: (w) => [insertScore(w.crossGroupId, w.crossPeriodId, w.cross.members[0].id)],
  },
  // The target's regulation declares the probe's BOARD criterion, BOARD fact and a decision by the board;
  // the cross group's a decision by the head (patched in beforeAll).
  'score.board': { statements: (w) => [insertScore(w.groupId, w.periodId, w.owner.id, 'probe_board')] },
  'fact.read': { statements: (w) => [[`SELECT 1 FROM member_fact WHERE period_id = $1`, [w.periodId]]] },
  'fact.readAll': {
    statements: (w) => [
      [`SELECT 1 FROM member_fact WHERE period_id = $1 AND member_id <> app_org_id()`, [w.periodId]],
    ],
  },
  'fact.set': { statements: (w) => [insertFact(w, 'probe')] },
  'fact.setBoard': { statements: (w) => [insertFact(w, 'PROBE_BOARD')] },
  'tie.settle': { group: 'cross', statements: (w) => [insertTie(w.crossGroupId, w.crossPeriodId, 'HEAD')] },
  'tie.settleBoard': { statements: (w) => [insertTie(w.groupId, w.periodId, 'BOARD')] },
  'covenant.read': {
    statements: (w) => [[`SELECT 1 FROM covenant WHERE id = $1`, [w.covenantId]]],
  },
  'covenant.publish': {
    statements: (w) => [[`UPDATE covenant SET published_by_id = app_org_id() WHERE id = $1`, [w.covenantId]]],
  },
  // The owner signed and registered; it holds none of the probed roles, so only who reads all sees them.
  'covenant.readAll': {
    statements: (w) => [
      [
        `SELECT 1 FROM covenant_signature WHERE covenant_id = $1 AND member_id <> app_org_id()`,
        [w.covenantId],
      ],
      [`SELECT 1 FROM title_registration WHERE group_id = $1 AND member_id <> app_org_id()`, [w.groupId]],
    ],
  },
  'covenant.sign': {
    statements: (w) => [
      [
        `INSERT INTO covenant_signature (covenant_id, group_id, year, member_id, signed_by_user_id, signed_by_email) VALUES ($1, $2, 2023, app_org_id(), gen_random_uuid(), 'thu@test.thidua.vn')`,
        [w.covenantId, w.groupId],
      ],
    ],
  },
  'registration.set': {
    statements: (w) => [
      [
        `INSERT INTO title_registration (group_id, year, member_id, titles, registered_by_user_id, registered_by_email, registered_at) VALUES ($1, 2023, app_org_id(), '["TTLDTT"]', gen_random_uuid(), 'thu@test.thidua.vn', now())`,
        [w.groupId],
      ],
    ],
  },
  'explanation.read': {
    statements: (w) => [[`SELECT 1 FROM explanation_window WHERE id = $1`, [w.explanationWindowId]]],
  },
  // The owner explained; it holds none of the probed roles, so only who reads all sees it.
  'explanation.readAll': {
    statements: (w) => [
      [`SELECT 1 FROM explanation WHERE id = $1 AND member_id <> app_org_id()`, [w.explanationId]],
      [`SELECT 1 FROM explanation_evidence WHERE id = $1`, [w.explanationEvidenceId]],
    ],
  },
  'explanation.window': {
    statements: (w) => [
      [`UPDATE explanation_window SET closed_by_id = app_org_id() WHERE id = $1`, [w.explanationWindowId]],
    ],
  },
  'explanation.explain': {
    statements: (w) => [
      [
        `INSERT INTO explanation (group_id, year, kind, period_id, window_id, member_id, criterion_id, text, explained_by_user_id) VALUES ($1, 2023, 'H1', $2, $3, app_org_id(), 'probe', 'Thử', gen_random_uuid())`,
        [w.groupId, w.periodId, w.explanationWindowId],
      ],
      [
        `INSERT INTO explanation_evidence (explanation_id, group_id, year, member_id, file_name, content_type, size, sha256, content)
         SELECT id, group_id, 2023, app_org_id(), 'x.pdf', 'application/pdf', 1, 'x', '\\x25' FROM explanation WHERE member_id = app_org_id() AND criterion_id = 'probe'`,
        [],
      ],
    ],
  },
  'explanation.decide': {
    statements: (w) => [
      [
        `UPDATE explanation SET decision = 'KEPT', decided_by_id = app_org_id(), decided_at = now() WHERE id = $1`,
        [w.explanationId],
      ],
    ],
  },
  // Dossiers (world): the head's, deputy's and member's drafts, the owner's submitted to the board.
  'dossier.read': { statements: (w) => [[`SELECT 1 FROM dossier WHERE period_id = $1`, [w.periodId]]] },
  'dossier.readAll': {
    statements: (w) => [
      [`SELECT 1 FROM dossier WHERE period_id = $1 AND member_id <> app_org_id()`, [w.periodId]],
    ],
  },
  'dossier.report': {
    statements: (w) => [
      [
        `INSERT INTO achievement_report (group_id, year, kind, period_id, dossier_id, member_id, form, updated_by_user_id)
         VALUES ($1, 2023, 'H1', $2, (SELECT id FROM dossier WHERE period_id = $2 AND member_id = app_org_id()), app_org_id(), '{}', gen_random_uuid())`,
        [w.groupId, w.periodId],
      ],
    ],
  },
  'dossier.prepare': {
    statements: (w) => [
      [
        `INSERT INTO dossier (group_id, year, kind, period_id, award_id, award_title, member_id, deadline) VALUES ($1, 2023, 'H1', $2, 'probe', 'Thử', app_org_id(), now())`,
        [w.groupId, w.periodId],
      ],
      [
        `UPDATE dossier SET state = 'SUBMITTED', submitted_at = now() WHERE period_id = $1 AND state = 'DRAFT'`,
        [w.periodId],
      ],
    ],
  },
  'dossier.decide': {
    statements: (w) => [
      [`UPDATE dossier SET state = 'ACCEPTED', decided_at = now() WHERE id = $1`, [w.submittedDossierId]],
    ],
  },
  // The world's decision is the cross group's; the probe records the target's and closes its period.
  'decision.read': {
    group: 'cross',
    statements: (w) => [[`SELECT 1 FROM award_decision WHERE period_id = $1`, [w.crossPeriodId]]],
  },
  'decision.record': {
    statements: (w) => [
      [
        `INSERT INTO award_decision (group_id, year, kind, period_id, number, decided_on, signer_name, signer_title, grants, recorded_by_id, recorded_by_user_id, recorded_at)
         VALUES ($1, 2023, 'H1', $2, '2/QĐ-TĐKT', '2024-01-15', 'Thử', 'Giám đốc', '[]', app_org_id(), gen_random_uuid(), now())`,
        [w.groupId, w.periodId],
      ],
      [`UPDATE period SET state = 'CLOSED' WHERE id = $1`, [w.periodId]],
    ],
  },
  'vote.cast': {
    statements: (w) => [
      [
        `INSERT INTO vote (group_id, year, kind, period_id, voter_id, award_id, candidate_id) VALUES ($1, 2023, 'H1', $2, app_org_id(), 'probe', $3)`,
        [w.groupId, w.periodId, w.owner.id],
      ],
    ],
  },
  'succession.read': {
    statements: (w) => [[`SELECT 1 FROM succession_election WHERE id = $1`, [w.electionId]]],
  },
  // The target's election is open already: a second one for the cross group.
  'succession.open': {
    group: 'cross',
    statements: (w) => [
      [
        `INSERT INTO succession_election (group_id, year, opened_by_id) VALUES ($1, 2023, app_org_id())`,
        [w.crossGroupId],
      ],
    ],
  },
  'succession.vote': {
    statements: (w) => [
      [
        `INSERT INTO succession_ballot (election_id, group_id, year, voter_id, head_choice_id, deputy_choice_id, cast_by_user_id, cast_at) VALUES ($1, $2, 2023, app_org_id(), $3, $4, gen_random_uuid(), now())`,
        [w.electionId, w.groupId, w.owner.id, w.member.id],
      ],
    ],
  },
  // Closing, then the first of 2024's memberships it creates (the owner, elected head, no category).
  'succession.close': {
    statements: (w) => [
      closeElection(w, 'VOTE'),
      [
        `INSERT INTO membership (group_id, year, organization_id, role) VALUES ($1, 2024, $2, 'HEAD')`,
        [w.groupId, w.owner.id],
      ],
    ],
  },
  'succession.record': { statements: (w) => [closeElection(w, 'RECORDED')] },
  'regulation.readDraft': {
    statements: (w) => [[`SELECT 1 FROM regulation_draft WHERE id = $1`, [w.regulationDraftId]]],
  },
  'regulation.draft': {
    statements: (w) => [
      [
        `UPDATE regulation_draft SET document = document, updated_by_id = app_org_id() WHERE id = $1`,
        [w.regulationDraftId],
      ],
    ],
  },
  'ranking.readLive': {
    statements: (w) => [[`SELECT 1 FROM ranking_snapshot WHERE id = $1`, [w.liveRankingId]]],
  },
  'ranking.read': {
    statements: (w) => [[`SELECT 1 FROM ranking_snapshot WHERE id = $1`, [w.publishedRankingId]]],
  },
  'ranking.publish': {
    statements: (w) => [
      [
        `UPDATE ranking_snapshot SET published_at = now(), review_state = 'PENDING' WHERE id = $1`,
        [w.liveRankingId],
      ],
    ],
  },
  'ranking.review': {
    statements: (w) => [
      [
        `UPDATE ranking_snapshot SET review_state = 'APPROVED', reviewed_at = now() WHERE id = $1`,
        [w.publishedRankingId],
      ],
    ],
  },
  'audit.verify': { statements: () => [[`SELECT 1 FROM audit_chain(0, 1)`, []]] },
  'audit.trail': {
    statements: (w) => [[`SELECT 1 FROM audit_trail($1, 2023, 'H1', NULL, 1)`, [w.groupId]]],
  },
};
type NarrowCapability = {
  [C in Capability]: (typeof POLICY)[C] extends { narrows: string } ? C : never;
}[Capability];

/** The organization holding a role towards the probed group (for the report's scopes: the target's). */
function actorFor(w: World, role: Role, group: 'target' | 'cross'): string {
  const g = group === 'cross' ? w.cross : w.target;
  const ids: Record<Role, string> = {
    OWNER: w.owner.id,
    HEAD: g.members[0].id,
    DEPUTY: g.members[1].id,
    MEMBER: g.members[2].id,
    NON_MEMBER: group === 'cross' ? w.member.id : w.headOtherYear.id,
    BOARD: g.board.id,
    OTHER_BOARD: group === 'cross' ? w.board.id : w.otherBoard.id,
    PLATFORM: w.platform.id,
  };
  return ids[role];
}

/**
 * The two walls cannot part silently: every policy of the API's role is claimed by the table (or declared
 * no authority question), and PostgreSQL alone, asked as each role, allows exactly what the table allows.
 */
describe('policy drift: the table and pg_policies', () => {
  let app: TestApp;
  let world: World;
  beforeAll(async () => {
    app = await TestApp.start();
    world = await buildWorld(app);
    await declareFormat2Probes(app, world);
  }, 120_000);
  afterAll(() => app.close());

  it('claims every policy of the API role, and mirrors only policies that exist', async () => {
    const { rows } = await app.owner((db) =>
      db.query(`SELECT tablename, cmd FROM pg_policies WHERE schemaname = 'public' AND $1 = ANY(roles)`, [
        APP_ROLE,
      ]),
    );
    const existing = new Set(rows.map((r: { tablename: string; cmd: string }) => `${r.tablename}:${r.cmd}`));
    const mirrored = new Set<string>(CAPABILITIES.flatMap((c) => [...POLICY[c].mirroredBy]));
    const claimed = new Set([...mirrored, ...NOT_A_CAPABILITY]);
    expect([...existing].filter((p) => !claimed.has(p)).sort()).toEqual([]);
    expect([...mirrored].filter((p) => !existing.has(p)).sort()).toEqual([]);
  });

  it('gives every capability without a mirror a wider, mirrored rule it narrows', () => {
    for (const c of CAPABILITIES) {
      const rule: { mirroredBy: readonly string[]; narrows?: string; roles: readonly Role[] } = POLICY[c];
      if (rule.mirroredBy.length > 0) continue;
      const wider = rule.narrows as Capability;
      expect({ c, wider: POLICY[wider]?.mirroredBy.length > 0 }).toEqual({ c, wider: true });
      const widerRoles: readonly Role[] = POLICY[wider].roles;
      expect({ c, beyond: rule.roles.filter((r) => !widerRoles.includes(r)) }).toEqual({ c, beyond: [] });
    }
  });

  for (const [capability, probe] of Object.entries(PROBES) as [Capability, Probe][]) {
    it(`${capability}: PostgreSQL allows exactly the roles the table does`, async () => {
      const rule = POLICY[capability];
      const answers: Partial<Record<Role, boolean>> = {};
      const expected: Partial<Record<Role, boolean>> = {};
      for (const role of ROLES_IN_SCOPE[rule.scope]) {
        expected[role] = (rule.roles as readonly Role[]).includes(role);
        answers[role] = await asOrg(
          app.ownerUrl,
          actorFor(world, role, probe.group ?? 'target'),
          async (db) => {
            // Refused: an error, or no row read or changed.
            for (const [sql, params] of probe.statements(world)) {
              const { error, rowCount } = await attempt(db, sql, params);
              if (error || rowCount === 0) return false;
            }
            return true;
          },
        );
      }
      expect(answers).toEqual(expected);
    });
  }
});
