import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { EmulationGroup, GroupKind } from './group.types';
import { GroupsService } from './groups.service';

@Resolver(() => EmulationGroup)
export class GroupsResolver {
  constructor(private readonly service: GroupsService) {}

  @Query(() => EmulationGroup, { nullable: true })
  group(@CurrentActor() actor: RequestActor, @Args('code') code: string) {
    return this.service.group(actor, code);
  }

  @Query(() => [EmulationGroup], { description: 'Platform admin: every group, by code' })
  groups(@CurrentActor() actor: RequestActor) {
    return this.service.groups(actor);
  }

  @Query(() => [EmulationGroup], {
    description:
      'Award board: the groups it oversees with members or periods in the year, by code, ranked or not yet',
  })
  groupsForReview(@CurrentActor() actor: RequestActor, @Args('year', { type: () => Int }) year: number) {
    return this.service.forReview(actor, year);
  }

  @Mutation(() => EmulationGroup, { description: 'Platform admin' })
  createGroup(
    @CurrentActor() actor: RequestActor,
    @Args('code') code: string,
    @Args('name') name: string,
    @Args('kind', { type: () => GroupKind }) kind: GroupKind,
    @Args('reviewerCode') reviewerCode: string,
  ) {
    return this.service.createGroup(actor, { code, name, kind, reviewerCode });
  }
}
