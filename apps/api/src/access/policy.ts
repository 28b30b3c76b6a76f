/**
 * The access policy: who may do what, in one table. Each operation asks AccessService one question,
 * authorize(actor, capability, scope); PostgreSQL's row-level-security policies repeat the same rules, and
 * test/security/policy-drift.int-spec.ts keeps the two walls from parting. docs/security.md shows the table.
 */

/** How an organization stands towards a scope. A scope can give several (the owner is also a member). */
export const ROLES = [
  'OWNER', // the organization that wrote the report (submission and evidence scopes)
  'HEAD', // head of the group for that year
  'DEPUTY',
  'MEMBER',
  'NON_MEMBER', // a department with no membership of the group that year
  'BOARD', // the award board overseeing the group (outside a group: any award board)
  'OTHER_BOARD', // an award board that does not oversee the group
  'PLATFORM', // the platform admin
] as const;
export type Role = (typeof ROLES)[number];

/** What a capability is asked about: nothing (onboarding), a group's year, a period, a report, a file. */
export type ScopeKind = 'none' | 'group' | 'period' | 'submission' | 'evidence';

/** The roles a scope can give: outside a group there are only the kinds of organization. */
export const ROLES_IN_SCOPE: Record<ScopeKind, readonly Role[]> = {
  none: ['NON_MEMBER', 'BOARD', 'PLATFORM'],
  group: ['HEAD', 'DEPUTY', 'MEMBER', 'NON_MEMBER', 'BOARD', 'OTHER_BOARD', 'PLATFORM'],
  period: ['HEAD', 'DEPUTY', 'MEMBER', 'NON_MEMBER', 'BOARD', 'OTHER_BOARD', 'PLATFORM'],
  submission: ROLES,
  evidence: ROLES,
};

/** `table:COMMAND` of a row-level-security policy of the API's role. */
export type PolicyRef = `${string}:${'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE'}`;

export interface Rule {
  scope: ScopeKind;
  roles: readonly Role[];
  /** The row-level-security policies that repeat this rule (the drift test probes each role through them). */
  mirroredBy: readonly PolicyRef[];
  /** A rule narrower than the database's (a listing, a document): PostgreSQL enforces the wider one. */
  narrows?: string;
  /** The Vietnamese refusal, naming what the user lacks. */
  refusal: string;
}

const MEMBERS = ['HEAD', 'DEPUTY', 'MEMBER'] as const;
const ONLY_HEAD = 'Chỉ đơn vị cụm/khối trưởng của năm đó được thực hiện thao tác này.';
const ONLY_MEMBERS = 'Đơn vị của bạn không phải thành viên của cụm/khối này trong năm đó.';

export const POLICY = {
  'organization.manage': {
    scope: 'none',
    roles: ['PLATFORM'],
    mirroredBy: ['organization:INSERT', 'organization:UPDATE', 'app_user:INSERT'],
    refusal: 'Chỉ quản trị viên nền tảng được quản lý đơn vị và tài khoản.',
  },
  'group.manage': {
    scope: 'none',
    roles: ['PLATFORM'],
    mirroredBy: ['emulation_group:INSERT', 'membership:INSERT', 'membership:UPDATE'],
    refusal: 'Chỉ quản trị viên nền tảng được lập cụm/khối và phân công thành viên.',
  },
  'regulation.publish': {
    scope: 'group',
    roles: ['HEAD', 'PLATFORM'],
    mirroredBy: ['regulation:INSERT', 'period:INSERT'],
    refusal: 'Chỉ đơn vị cụm/khối trưởng của năm đó hoặc quản trị viên nền tảng được ban hành quy chế.',
  },
  'submission.address': {
    scope: 'group',
    roles: MEMBERS,
    mirroredBy: ['submission_group:INSERT'],
    refusal: 'Chỉ gửi được báo cáo tới cụm/khối mà đơn vị là thành viên trong năm đó.',
  },
  'submission.read': {
    scope: 'submission',
    roles: ['OWNER', ...MEMBERS, 'BOARD'],
    mirroredBy: ['submission:SELECT', 'submission_group:SELECT', 'submission_version:SELECT'],
    refusal: 'Báo cáo này không gửi tới cụm/khối nào của đơn vị bạn.',
  },
  'submission.edit': {
    scope: 'submission',
    roles: ['OWNER'],
    mirroredBy: [
      'submission:UPDATE',
      'submission_version:INSERT',
      'submission_group:DELETE',
      'evidence:INSERT',
      'evidence:DELETE',
      'evidence_content:INSERT',
      'evidence_content:DELETE',
    ],
    refusal: 'Chỉ đơn vị lập báo cáo được sửa, nộp hoặc đính kèm tài liệu cho báo cáo này.',
  },
  'submission.return': {
    scope: 'group',
    roles: ['HEAD'],
    mirroredBy: ['submission:UPDATE', 'submission_group:UPDATE'],
    refusal: ONLY_HEAD,
  },
  // The board too: it reads the reports and evidence behind the ranking it approves (and scores BOARD criteria).
  'submission.listForScoring': {
    scope: 'group',
    roles: ['HEAD', 'BOARD'],
    mirroredBy: [],
    narrows: 'submission.read',
    refusal:
      'Chỉ đơn vị cụm/khối trưởng của năm đó và cơ quan thi đua – khen thưởng phụ trách xem được danh sách báo cáo của cụm/khối.',
  },
  'evidence.read': {
    scope: 'evidence',
    roles: ['OWNER', ...MEMBERS, 'BOARD'],
    mirroredBy: ['evidence:SELECT', 'evidence_content:SELECT'],
    refusal: 'Tài liệu này thuộc báo cáo không gửi tới cụm/khối nào của đơn vị bạn.',
  },
  'score.read': {
    scope: 'group',
    roles: [...MEMBERS, 'BOARD'],
    mirroredBy: ['score:SELECT'],
    refusal: ONLY_MEMBERS,
  },
  'score.readAll': {
    scope: 'group',
    roles: ['HEAD', 'BOARD'],
    mirroredBy: ['score:SELECT'],
    refusal: 'Chỉ cụm/khối trưởng và cơ quan thi đua – khen thưởng xem được mọi điểm chấm.',
  },
  'score.set': {
    scope: 'group',
    roles: ['HEAD'],
    // DELETE: the head withdraws its not-applicable mark on an optional parent (format 2).
    mirroredBy: ['score:INSERT', 'score:UPDATE', 'score:DELETE'],
    refusal: 'Chỉ đơn vị cụm/khối trưởng của năm đó được chấm điểm (quy chế không chấm chéo mục này).',
  },
  'score.cross': {
    scope: 'group',
    roles: MEMBERS,
    mirroredBy: ['score:INSERT', 'score:UPDATE'],
    refusal: ONLY_MEMBERS,
  },
  // Format 2: only the group's board scores a `scoredBy: BOARD` criterion; the head cannot (score.set).
  'score.board': {
    scope: 'group',
    roles: ['BOARD'],
    mirroredBy: ['score:INSERT', 'score:UPDATE'],
    refusal: 'Chỉ cơ quan thi đua – khen thưởng phụ trách cụm/khối chấm tiêu chí này.',
  },
  // Format 2 facts: a member reads those about itself; the head and the board read all of the group's.
  'fact.read': {
    scope: 'group',
    roles: [...MEMBERS, 'BOARD'],
    mirroredBy: ['member_fact:SELECT'],
    refusal: ONLY_MEMBERS,
  },
  'fact.readAll': {
    scope: 'group',
    roles: ['HEAD', 'BOARD'],
    mirroredBy: ['member_fact:SELECT'],
    refusal:
      'Chỉ cụm/khối trưởng và cơ quan thi đua – khen thưởng xem được mọi thông tin xác nhận của cụm/khối.',
  },
  'fact.set': {
    scope: 'group',
    roles: ['HEAD'],
    mirroredBy: ['member_fact:INSERT', 'member_fact:UPDATE'],
    refusal: 'Chỉ đơn vị cụm/khối trưởng của năm đó được xác nhận thông tin này.',
  },
  // A fact the regulation marks `setBy: BOARD`: the board alone, never the head.
  'fact.setBoard': {
    scope: 'group',
    roles: ['BOARD'],
    mirroredBy: ['member_fact:INSERT', 'member_fact:UPDATE'],
    refusal: 'Chỉ cơ quan thi đua – khen thưởng phụ trách cụm/khối được xác nhận thông tin này.',
  },
  // The body the regulation's `decision` tie-break names orders the members it leaves tied.
  'tie.settle': {
    scope: 'group',
    roles: ['HEAD'],
    mirroredBy: ['tie_decision:INSERT', 'tie_decision:UPDATE'],
    refusal: 'Theo quy chế, đơn vị cụm/khối trưởng của năm đó quyết định thứ tự các đơn vị đồng hạng.',
  },
  'tie.settleBoard': {
    scope: 'group',
    roles: ['BOARD'],
    mirroredBy: ['tie_decision:INSERT', 'tie_decision:UPDATE'],
    refusal:
      'Theo quy chế, cơ quan thi đua – khen thưởng phụ trách cụm/khối quyết định thứ tự các đơn vị đồng hạng.',
  },
  // The year's covenant (giao ước): the group and its board read it, the head of the year publishes it.
  'covenant.read': {
    scope: 'group',
    roles: [...MEMBERS, 'BOARD'],
    mirroredBy: ['covenant:SELECT'],
    refusal: ONLY_MEMBERS,
  },
  'covenant.publish': {
    scope: 'group',
    roles: ['HEAD'],
    mirroredBy: ['covenant:INSERT', 'covenant:UPDATE'],
    refusal: 'Chỉ đơn vị cụm/khối trưởng của năm đó được ban hành giao ước thi đua.',
  },
  // Who signed and what each registered: a member sees its own, the head and the board everyone's.
  'covenant.readAll': {
    scope: 'group',
    roles: ['HEAD', 'BOARD'],
    mirroredBy: ['covenant_signature:SELECT', 'title_registration:SELECT'],
    refusal:
      'Chỉ cụm/khối trưởng và cơ quan thi đua – khen thưởng xem được việc ký giao ước, đăng ký thi đua của mọi đơn vị.',
  },
  'covenant.sign': {
    scope: 'group',
    roles: MEMBERS,
    mirroredBy: ['covenant_signature:INSERT'],
    refusal: ONLY_MEMBERS,
  },
  'registration.set': {
    scope: 'group',
    roles: MEMBERS,
    mirroredBy: ['title_registration:INSERT', 'title_registration:UPDATE'],
    refusal: ONLY_MEMBERS,
  },
  // The explanation round (giải trình): the group and its board see the window; the head of the year opens
  // and closes it and decides; a member (not the head, whose scores they are) explains its own scores.
  'explanation.read': {
    scope: 'group',
    roles: [...MEMBERS, 'BOARD'],
    mirroredBy: ['explanation_window:SELECT'],
    refusal: ONLY_MEMBERS,
  },
  'explanation.readAll': {
    scope: 'group',
    roles: ['HEAD', 'BOARD'],
    mirroredBy: ['explanation:SELECT', 'explanation_evidence:SELECT'],
    refusal: 'Chỉ cụm/khối trưởng và cơ quan thi đua – khen thưởng xem được giải trình của mọi đơn vị.',
  },
  'explanation.window': {
    scope: 'group',
    roles: ['HEAD'],
    mirroredBy: ['explanation_window:INSERT', 'explanation_window:UPDATE'],
    refusal: 'Chỉ đơn vị cụm/khối trưởng của năm đó được mở và đóng thời hạn giải trình.',
  },
  'explanation.explain': {
    scope: 'group',
    roles: ['DEPUTY', 'MEMBER'],
    mirroredBy: ['explanation:INSERT', 'explanation_evidence:INSERT'],
    refusal:
      'Chỉ đơn vị thành viên (không phải cụm/khối trưởng, người đã chấm) của năm đó được giải trình điểm của mình.',
  },
  'explanation.decide': {
    scope: 'group',
    roles: ['HEAD'],
    mirroredBy: ['explanation:UPDATE'],
    refusal: 'Chỉ đơn vị cụm/khối trưởng của năm đó được chấm vòng hai sau giải trình.',
  },
  // Award dossiers (issue 11): a member reads its own, the head every one, the board those submitted to it.
  'dossier.read': {
    scope: 'group',
    roles: [...MEMBERS, 'BOARD'],
    mirroredBy: ['dossier:SELECT', 'achievement_report:SELECT'],
    refusal: ONLY_MEMBERS,
  },
  'dossier.readAll': {
    scope: 'group',
    roles: ['HEAD', 'BOARD'],
    mirroredBy: ['dossier:SELECT'],
    refusal:
      'Chỉ cụm/khối trưởng và cơ quan thi đua – khen thưởng xem được hồ sơ khen thưởng của mọi đơn vị.',
  },
  // The member concerned writes its achievement report; the head of the year opens, completes and submits.
  'dossier.report': {
    scope: 'group',
    roles: MEMBERS,
    mirroredBy: ['achievement_report:INSERT', 'achievement_report:UPDATE'],
    refusal: ONLY_MEMBERS,
  },
  'dossier.prepare': {
    scope: 'group',
    roles: ['HEAD'],
    mirroredBy: ['dossier:INSERT', 'dossier:UPDATE'],
    refusal: 'Chỉ đơn vị cụm/khối trưởng của năm đó được lập và gửi hồ sơ khen thưởng.',
  },
  'dossier.decide': {
    scope: 'group',
    roles: ['BOARD'],
    mirroredBy: ['dossier:UPDATE'],
    refusal: 'Chỉ cơ quan thi đua – khen thưởng phụ trách cụm/khối xem xét được hồ sơ khen thưởng.',
  },
  // The decision closes the period; the group and its board read it.
  'decision.read': {
    scope: 'group',
    roles: [...MEMBERS, 'BOARD'],
    mirroredBy: ['award_decision:SELECT'],
    refusal: ONLY_MEMBERS,
  },
  'decision.record': {
    scope: 'group',
    roles: ['BOARD'],
    mirroredBy: ['award_decision:INSERT', 'period:UPDATE'],
    refusal: 'Chỉ cơ quan thi đua – khen thưởng phụ trách cụm/khối ra quyết định khen thưởng.',
  },
  'vote.cast': {
    scope: 'group',
    roles: MEMBERS,
    mirroredBy: ['vote:INSERT'],
    refusal: ONLY_MEMBERS,
  },
  // Next year's head and deputy (issue 11.6): the group, its board and the admin read the election.
  'succession.read': {
    scope: 'group',
    roles: [...MEMBERS, 'BOARD', 'PLATFORM'],
    mirroredBy: ['succession_election:SELECT'],
    refusal: ONLY_MEMBERS,
  },
  'succession.open': {
    scope: 'group',
    roles: ['HEAD', 'PLATFORM'],
    mirroredBy: ['succession_election:INSERT'],
    refusal:
      'Chỉ đơn vị cụm/khối trưởng của năm đó hoặc quản trị viên nền tảng được mở bầu cụm/khối trưởng năm sau.',
  },
  'succession.vote': {
    scope: 'group',
    roles: MEMBERS,
    mirroredBy: ['succession_ballot:INSERT', 'succession_ballot:UPDATE'],
    refusal: ONLY_MEMBERS,
  },
  // Closing creates next year's memberships and draft regulation from the result.
  'succession.close': {
    scope: 'group',
    roles: ['HEAD', 'PLATFORM'],
    mirroredBy: ['succession_election:UPDATE', 'membership:INSERT', 'regulation_draft:INSERT'],
    refusal:
      'Chỉ đơn vị cụm/khối trưởng của năm đó hoặc quản trị viên nền tảng được kết thúc bầu và bàn giao.',
  },
  // The result of the meeting entered without the portal's ballots, with a reason.
  'succession.record': {
    scope: 'group',
    roles: ['PLATFORM'],
    mirroredBy: [
      'succession_election:INSERT',
      'succession_election:UPDATE',
      'membership:INSERT',
      'regulation_draft:INSERT',
    ],
    refusal: 'Chỉ quản trị viên nền tảng được ghi nhận kết quả bầu cụm/khối trưởng thay cho phiếu bầu.',
  },
  // Next year's regulation before its adoption: the head of that year (or the admin) reads and edits it.
  'regulation.readDraft': {
    scope: 'group',
    roles: ['HEAD', 'PLATFORM'],
    mirroredBy: ['regulation_draft:SELECT'],
    refusal: 'Chỉ đơn vị cụm/khối trưởng của năm đó hoặc quản trị viên nền tảng xem được dự thảo quy chế.',
  },
  'regulation.draft': {
    scope: 'group',
    roles: ['HEAD', 'PLATFORM'],
    mirroredBy: ['regulation_draft:UPDATE'],
    refusal: 'Chỉ đơn vị cụm/khối trưởng của năm đó hoặc quản trị viên nền tảng được sửa dự thảo quy chế.',
  },
  // The board too (format 2): it scores its criteria, sets its facts and orders ties while scoring goes on.
  'ranking.readLive': {
    scope: 'group',
    roles: ['HEAD', 'BOARD'],
    mirroredBy: ['ranking_snapshot:SELECT'],
    refusal:
      'Chỉ đơn vị cụm/khối trưởng của năm đó và cơ quan thi đua – khen thưởng phụ trách xem được bảng xếp hạng trước khi công bố.',
  },
  'ranking.read': {
    scope: 'group',
    roles: [...MEMBERS, 'BOARD'],
    // The tie orders recorded (settleTie) are part of the ranking's inputs its readers see.
    mirroredBy: ['ranking_snapshot:SELECT', 'tie_decision:SELECT'],
    refusal: 'Đơn vị của bạn không thuộc cụm/khối này trong năm đó.',
  },
  'ranking.whatIf': {
    scope: 'group',
    roles: MEMBERS,
    mirroredBy: [],
    narrows: 'ranking.read',
    refusal: ONLY_MEMBERS,
  },
  'ranking.publish': {
    scope: 'group',
    roles: ['HEAD'],
    mirroredBy: ['ranking_snapshot:UPDATE', 'period:UPDATE'],
    refusal: ONLY_HEAD,
  },
  'ranking.review': {
    scope: 'period',
    roles: ['BOARD'],
    mirroredBy: ['ranking_snapshot:UPDATE', 'period:UPDATE'],
    refusal: 'Chỉ cơ quan thi đua – khen thưởng phụ trách cụm/khối này được xét duyệt kết quả.',
  },
  'ranking.listForReview': {
    scope: 'none',
    roles: ['BOARD'],
    mirroredBy: [],
    narrows: 'ranking.read',
    refusal: 'Chỉ cơ quan thi đua – khen thưởng xem được danh sách này.',
  },
  'documents.export': {
    scope: 'group',
    roles: ['HEAD', 'BOARD'],
    mirroredBy: [],
    narrows: 'ranking.read',
    refusal: 'Chỉ cụm/khối trưởng và cơ quan thi đua – khen thưởng xuất được biên bản và tờ trình.',
  },
  'audit.verify': {
    scope: 'none',
    roles: ['BOARD', 'PLATFORM'],
    // Read through audit_chain(), which answers hashes and times only and repeats this rule.
    mirroredBy: ['audit_event:SELECT'],
    refusal: 'Chỉ cơ quan thi đua – khen thưởng và quản trị viên nền tảng được kiểm tra chuỗi nhật ký.',
  },
  'audit.trail': {
    scope: 'group',
    roles: ['HEAD', 'BOARD'],
    // Read through audit_trail(), which repeats this rule.
    mirroredBy: ['audit_event:SELECT'],
    refusal:
      'Chỉ cụm/khối trưởng của năm đó và cơ quan thi đua – khen thưởng phụ trách xem được nhật ký xếp hạng.',
  },
} as const satisfies Record<string, Rule>;

export type Capability = keyof typeof POLICY;
export const CAPABILITIES = Object.keys(POLICY) as Capability[];

/**
 * Policies of the API's role that answer no authority question: the shared directory everyone signed in
 * reads, an organization's own new report (addressing it is the authority), the actor's own audit trail and
 * outbox, votes (read by the worker only), a member's own succession ballot, a user's own sessions and
 * password (auth/, which the platform admin may also end or unlock), an organization's own notifications, and
 * the notifications a head or a board sends its group's members as part of another operation (the policy
 * checks the recipient is one).
 */
export const NOT_A_CAPABILITY: readonly PolicyRef[] = [
  'submission:INSERT',
  'organization:SELECT',
  'app_user:SELECT',
  'emulation_group:SELECT',
  'membership:SELECT',
  'regulation:SELECT',
  'period:SELECT',
  'vote:SELECT',
  // A member's own ballot; the others learn only who voted and the counts (succession_voters, succession_tally).
  'succession_ballot:SELECT',
  'audit_event:SELECT',
  'audit_event:INSERT',
  'outbox_event:INSERT',
  'auth_session:SELECT',
  'auth_session:INSERT',
  'auth_session:UPDATE',
  'app_user:UPDATE',
  'notification:SELECT',
  'notification:UPDATE',
  'notification:INSERT',
];

/** The one decision: does any of the roles the actor holds in the scope carry the capability? */
export function allows(capability: Capability, roles: Iterable<Role>): boolean {
  const allowed: readonly Role[] = POLICY[capability].roles;
  for (const role of roles) if (allowed.includes(role)) return true;
  return false;
}
