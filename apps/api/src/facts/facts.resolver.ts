import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { PeriodKind } from '../groups/group.types';
import { MemberFact } from './fact.types';
import { FactsService } from './facts.service';

@Resolver()
export class FactsResolver {
  constructor(private readonly service: FactsService) {}

  @Mutation(() => Boolean, {
    description:
      'Format 2: the head of the year, or (alone) the group’s award board for a fact with setBy BOARD',
  })
  setFact(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
    @Args('memberCode') memberCode: string,
    @Args('factId') factId: string,
    @Args('value') value: boolean,
    @Args('reason') reason: string,
  ) {
    return this.service.setFact(actor, { groupCode, year, kind, memberCode, factId, value, reason });
  }

  @Query(() => [MemberFact], {
    description:
      'Format 2: facts set this period; a member sees those about itself, the head and the board all',
  })
  facts(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
  ) {
    return this.service.facts(actor, groupCode, year, kind);
  }
}
