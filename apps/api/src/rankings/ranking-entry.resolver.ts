import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { JsonScalar } from '../common/scalars';
import { AwardDecision, RankingEntry } from './ranking.types';

/**
 * An entry's explanation and award decisions, loaded only when a query selects them (one read of each for
 * all entries of a ranking). A snapshot written by hand (a test's, an operator's) may lack a member's.
 */
@Resolver(() => RankingEntry)
export class RankingEntryResolver {
  @ResolveField(() => JsonScalar, {
    description: 'Every number with its criterion, method, inputs, result and rounding',
  })
  async breakdown(@Parent() entry: RankingEntry): Promise<unknown> {
    return (await entry.details('breakdowns'))[entry.organization.id] ?? {};
  }

  @ResolveField(() => [AwardDecision], {
    description: 'Each award of the regulation as decided for this member',
  })
  async awardDecisions(@Parent() entry: RankingEntry): Promise<unknown[]> {
    return (await entry.details('awardDecisions'))[entry.organization.id] ?? [];
  }
}
