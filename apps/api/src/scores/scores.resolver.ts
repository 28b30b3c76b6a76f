import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { PeriodKind } from '../groups/group.types';
import { Score, ScoreInput } from './score.types';
import { ScoresService } from './scores.service';

@Resolver()
export class ScoresResolver {
  constructor(private readonly service: ScoresService) {}

  @Mutation(() => Score, { description: 'Head (or cross-scorer, per regulation)' })
  setScore(@CurrentActor() actor: RequestActor, @Args('input') input: ScoreInput) {
    return this.service.setScore(actor, input);
  }

  @Query(() => [Score])
  scores(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
  ) {
    return this.service.scores(actor, groupCode, year, kind);
  }

  @Mutation(() => Boolean)
  castVote(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
    @Args('awardId') awardId: string,
    @Args('candidateCode') candidateCode: string,
  ) {
    return this.service.castVote(actor, { groupCode, year, kind, awardId, candidateCode });
  }
}
