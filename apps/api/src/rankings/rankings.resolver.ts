import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { PeriodKind } from '../groups/group.types';
import { Ranking } from './ranking.types';
import { RankingsService } from './rankings.service';
import { TiesService } from './ties.service';
import { WhatIfService } from './what-if.service';
import { WhatIfInput, WhatIfResult } from './what-if.types';

@Resolver()
export class RankingsResolver {
  constructor(
    private readonly service: RankingsService,
    private readonly whatIfs: WhatIfService,
    private readonly ties: TiesService,
  ) {}

  @Mutation(() => Ranking, {
    description:
      'Format 2: the body a decision tie-break names orders one group of members tied there, first first',
  })
  settleTie(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
    @Args('order', { type: () => [String] }) order: string[],
  ) {
    return this.ties.settleTie(actor, { groupCode, year, kind, order });
  }

  @Query(() => WhatIfResult, {
    description: 'Member: my rank and total if some of my inputs were different; writes nothing',
  })
  whatIf(@CurrentActor() actor: RequestActor, @Args('input') input: WhatIfInput) {
    return this.whatIfs.whatIf(actor, input);
  }

  @Query(() => Ranking, { nullable: true, description: 'Latest; members see it once published' })
  ranking(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
  ) {
    return this.service.ranking(actor, groupCode, year, kind);
  }

  @Query(() => [Ranking], { description: 'Award board: published rankings of the groups it oversees' })
  rankingsForReview(@CurrentActor() actor: RequestActor, @Args('year', { type: () => Int }) year: number) {
    return this.service.forReview(actor, year);
  }

  @Mutation(() => Ranking, { description: 'Head' })
  publishRanking(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
  ) {
    return this.service.publish(actor, groupCode, year, kind);
  }

  @Mutation(() => Ranking, { description: 'Award board' })
  reviewRanking(
    @CurrentActor() actor: RequestActor,
    @Args('rankingId', { type: () => ID }) rankingId: string,
    @Args('approve') approve: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
    @Args('decisionNumber', { type: () => String, nullable: true }) decisionNumber?: string | null,
  ) {
    return this.service.review(actor, { rankingId, approve, reason, decisionNumber });
  }
}
