import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@thidua/config';
import { EmulationGroupEntity, EvidenceEntity, MemberRole, PeriodEntity, SubmissionEntity } from '@thidua/db';
import { RequestActor } from '../auth/actor';
import { APP_CONFIG } from '../config.module';
import { DomainError, forbidden, notFound } from '../common/domain-error';
import { AccessRepository } from './access.repository';
import { allows, Capability, POLICY, Role } from './policy';

interface Scopes {
  none: Record<never, never>;
  group: { group: EmulationGroupEntity; year: number };
  period: { period: PeriodEntity };
  submission: { submission: SubmissionEntity };
  evidence: { evidence: EvidenceEntity };
}
export type ScopeOf<C extends Capability> = Scopes[(typeof POLICY)[C]['scope']];
type AnyScope = Scopes[keyof Scopes];

/**
 * The one place that says who may do what: every operation asks authorize(actor, capability, scope) and
 * gets through or a typed refusal. The rules are the POLICY table; PostgreSQL's policies repeat them.
 */
@Injectable()
export class AccessService {
  /**
   * Test builds only: with ACCESS_CHECKS=off every question is allowed, so the isolation matrix can show that
   * PostgreSQL alone refuses what the application would have.
   */
  private readonly checksOff: boolean;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repo: AccessRepository,
  ) {
    this.checksOff = config.nodeEnv === 'test' && process.env.ACCESS_CHECKS === 'off';
  }

  async authorize<C extends Capability>(
    actor: RequestActor,
    capability: C,
    scope: ScopeOf<C>,
  ): Promise<void> {
    if (this.checksOff) return;
    const roles = await this.rolesIn(actor, scope);
    if (allows(capability, roles)) return;
    throw this.refusal(capability, scope, roles);
  }

  /** For answers that narrow what they show (a member sees only its own scores) rather than refuse. */
  async can<C extends Capability>(actor: RequestActor, capability: C, scope: ScopeOf<C>): Promise<boolean> {
    return this.checksOff || allows(capability, await this.rolesIn(actor, scope));
  }

  /** Whether an organization (not necessarily the actor) is a member of a group that year, and how. */
  membership(organizationId: string, group: EmulationGroupEntity, year: number): Promise<MemberRole | null> {
    return this.repo.role(group.id, organizationId, year);
  }

  /** Every role the actor holds in the scope; an actor with none is a non-member or another board. */
  async rolesIn(actor: RequestActor, scope: AnyScope): Promise<Set<Role>> {
    const roles = new Set<Role>();
    if (actor.organizationKind === 'PLATFORM') roles.add('PLATFORM');
    if ('group' in scope) {
      await this.addGroupRoles(actor, scope.group, scope.year, roles);
    } else if ('period' in scope) {
      const group = await this.repo.group(scope.period.groupId);
      if (group) await this.addGroupRoles(actor, group, scope.period.year, roles);
    } else if ('submission' in scope || 'evidence' in scope) {
      const submission =
        'submission' in scope ? scope.submission : await this.repo.submission(scope.evidence.submissionId);
      if (submission?.organizationId === actor.organizationId) roles.add('OWNER');
      // A draft is its owner's alone; a submitted report is read by the groups it is addressed to.
      if (submission && submission.state !== 'DRAFT') {
        for (const d of await this.repo.addressedTo(submission.id))
          if (d.group) await this.addGroupRoles(actor, d.group, d.year, roles);
      }
    } else if (actor.organizationKind === 'AWARD_BOARD') {
      roles.add('BOARD');
    }
    if (roles.size === 0) roles.add(actor.organizationKind === 'AWARD_BOARD' ? 'OTHER_BOARD' : 'NON_MEMBER');
    return roles;
  }

  private async addGroupRoles(
    actor: RequestActor,
    group: EmulationGroupEntity,
    year: number,
    roles: Set<Role>,
  ) {
    if (group.reviewerId === actor.organizationId) roles.add('BOARD');
    const role = await this.repo.role(group.id, actor.organizationId, year);
    if (role) roles.add(role);
  }

  /** A report or file the actor may not even read is answered as missing, not as forbidden. */
  private refusal(capability: Capability, scope: AnyScope, roles: Set<Role>): DomainError {
    const rule = POLICY[capability];
    if ((rule.scope === 'submission' || rule.scope === 'evidence') && !allows('submission.read', roles)) {
      return notFound(
        rule.scope === 'evidence' ? 'Không tìm thấy tài liệu kiểm chứng.' : 'Không tìm thấy báo cáo.',
      );
    }
    const where = 'group' in scope ? ` (${scope.group.name}, năm ${scope.year})` : '';
    return forbidden(`${rule.refusal}${where}`);
  }
}
