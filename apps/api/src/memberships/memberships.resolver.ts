import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { EmulationGroup, MemberRole, Membership } from '../groups/group.types';
import { MembershipsService } from './memberships.service';

@Resolver(() => EmulationGroup)
export class MembershipsResolver {
  constructor(private readonly service: MembershipsService) {}

  @Query(() => [Membership], { description: 'Groups of my organization for the year, with my role' })
  myGroups(@CurrentActor() actor: RequestActor, @Args('year', { type: () => Int }) year: number) {
    return this.service.myGroups(actor, year);
  }

  @ResolveField(() => [Membership])
  members(
    @CurrentActor() actor: RequestActor,
    @Parent() group: EmulationGroup,
    @Args('year', { type: () => Int }) year: number,
  ) {
    return this.service.members(actor, group.id, year).then((rows) => rows.map((m) => ({ ...m, group })));
  }

  @Mutation(() => Membership, { description: 'Platform admin: member and role of a group for one year' })
  setMembership(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('organizationCode') organizationCode: string,
    @Args('role', { type: () => MemberRole }) role: MemberRole,
    @Args('category', {
      type: () => String,
      nullable: true,
      description:
        'Format 2: the member’s category (quota.byCategory); left as it was when absent, cleared by null',
    })
    category?: string | null,
  ) {
    return this.service.setMembership(actor, { groupCode, year, organizationCode, role, category });
  }
}
