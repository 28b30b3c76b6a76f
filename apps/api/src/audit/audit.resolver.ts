import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { PeriodKind } from '../groups/group.types';
import { AuditQueries } from './audit.service';
import { AuditTrailPage, AuditVerification } from './audit.types';

@Resolver()
export class AuditResolver {
  constructor(private readonly queries: AuditQueries) {}

  @Query(() => AuditVerification, {
    description: 'Award board, platform admin: walks the whole audit chain and names its first broken link',
  })
  verifyAudit(@CurrentActor() actor: RequestActor) {
    return this.queries.verify(actor);
  }

  @Query(() => AuditTrailPage, {
    description: 'Head of that year, overseeing board: who changed what in a ranking, newest first',
  })
  auditTrail(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.queries.trail(actor, { groupCode, year, kind, first, after });
  }
}
