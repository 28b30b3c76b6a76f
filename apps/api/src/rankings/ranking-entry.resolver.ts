import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { JsonScalar } from '../common/scalars';
import { RankingEntry } from './ranking.types';

/** An entry's explanation, loaded only when a query selects it (one read for all entries of a ranking). */
@Resolver(() => RankingEntry)
export class RankingEntryResolver {
  @ResolveField(() => JsonScalar, {
    description: 'Every number with its criterion, method, inputs, result and rounding',
  })
  async breakdown(@Parent() entry: RankingEntry): Promise<unknown> {
    // A snapshot written by hand (a test's, an operator's) may lack one.
    return (await entry.breakdowns())[entry.organization.id] ?? {};
  }
}
