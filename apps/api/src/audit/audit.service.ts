import { Injectable } from '@nestjs/common';
import { TenantDb } from '@thidua/db';
import { PeriodKind } from '../groups/group.types';
import { AccessService } from '../access/access.service';
import { RequestActor } from '../auth/actor';
import { badInput } from '../common/domain-error';
import { GroupsRepository } from '../groups/groups.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { MORE_KEY } from './audit-diff';
import { ChainRow, ChainWalker } from './audit-chain';
import { AuditChange, AuditTrailEvent, AuditTrailPage, AuditVerification } from './audit.types';

/** Events read per round trip: about 100k events verify in a few dozen queries, never held at once. */
export const CHAIN_PAGE = 5000;
export const TRAIL_MAX_PAGE = 100;

interface TrailRow {
  id: string;
  seq: string;
  occurred_at: Date;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  user_name: string | null;
  organization_name: string | null;
}

/** Fields that say what an event is about or why, rather than what changed. */
const CONTEXT = new Set(['memberId', 'criterionId', 'reason', 'reviewReason', 'groupCode', 'year', 'kind']);

@Injectable()
export class AuditQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly access: AccessService,
    private readonly groups: GroupsRepository,
    private readonly organizations: OrganizationsRepository,
  ) {}

  verify(actor: RequestActor): Promise<AuditVerification> {
    return this.db.run(actor, async (em) => {
      await this.access.authorize(actor, 'audit.verify', {});
      const walker = new ChainWalker();
      let after = '0';
      for (;;) {
        const rows: ChainRow[] = await em.query(`SELECT * FROM audit_chain($1, $2)`, [after, CHAIN_PAGE]);
        for (const row of rows) walker.take(row);
        if (rows.length < CHAIN_PAGE) break;
        after = rows[rows.length - 1].seq;
      }
      return {
        eventsChecked: walker.checked,
        intact: walker.firstBroken === null,
        firstBroken: walker.firstBroken,
        verifiedAt: new Date(),
      };
    });
  }

  trail(
    actor: RequestActor,
    args: { groupCode: string; year: number; kind: PeriodKind; first: number; after?: string | null },
  ): Promise<AuditTrailPage> {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > TRAIL_MAX_PAGE)
      throw badInput(`Mỗi trang nhật ký có từ 1 đến ${TRAIL_MAX_PAGE} dòng.`);
    if (args.after != null && !/^[1-9]\d{0,17}$/.test(args.after))
      throw badInput('Con trỏ trang nhật ký không hợp lệ; hãy tải lại từ trang đầu.');
    return this.db.run(actor, async (em) => {
      const group = await this.groups.requireByCode(args.groupCode);
      await this.access.authorize(actor, 'audit.trail', { group, year: args.year });
      const rows: TrailRow[] = await em.query(`SELECT * FROM audit_trail($1, $2, $3, $4, $5)`, [
        group.id,
        args.year,
        args.kind,
        args.after ?? null,
        args.first + 1,
      ]);
      const page = rows.slice(0, args.first);
      const members = await this.memberNames(page);
      return {
        events: page.map((r) => this.event(r, members)),
        endCursor: page.length ? page[page.length - 1].seq : null,
        hasNextPage: rows.length > args.first,
      };
    });
  }

  /** The member each event is about: a score's or a returned report's organization, a vote's candidate. */
  private async memberNames(rows: TrailRow[]): Promise<Map<string, string>> {
    const ids = new Set<string>();
    const codes = new Set<string>();
    for (const r of rows) {
      const id = r.after?.memberId ?? r.before?.memberId;
      if (typeof id === 'string') ids.add(id);
      if (typeof r.after?.candidateCode === 'string') codes.add(r.after.candidateCode);
    }
    const names = new Map<string, string>();
    for (const o of await this.organizations.byIds([...ids])) names.set(o.id, o.name);
    for (const code of codes) {
      const o = await this.organizations.byCode(code);
      if (o) names.set(code, o.name);
    }
    return names;
  }

  private event(r: TrailRow, members: Map<string, string>): AuditTrailEvent {
    const before = r.before ?? {};
    const after = r.after ?? {};
    const member = after.memberId ?? before.memberId ?? after.candidateCode;
    const changes: AuditChange[] = [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .filter((field) => !CONTEXT.has(field) && field !== MORE_KEY)
      .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
      .map((field) => ({ field, from: before[field] ?? null, to: after[field] ?? null }));
    const reason = after.reason ?? after.reviewReason;
    return {
      id: r.id,
      occurredAt: r.occurred_at,
      action: r.action,
      userName: r.user_name,
      organizationName: r.organization_name,
      memberName: typeof member === 'string' ? (members.get(member) ?? null) : null,
      criterionId: typeof after.criterionId === 'string' ? after.criterionId : null,
      changes,
      reason: typeof reason === 'string' ? reason : null,
    };
  }
}
