import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { EmulationGroup, GroupKind, MemberRole, Membership, Regulation } from './group.types';
import { GroupsService } from './groups.service';

@Resolver(() => EmulationGroup)
export class GroupsResolver {
  constructor(private readonly service: GroupsService) {}

  @Query(() => EmulationGroup, { nullable: true })
  group(@CurrentActor() actor: RequestActor, @Args('code') code: string) {
    return this.service.group(actor, code);
  }

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

  @ResolveField(() => Regulation, {
    nullable: true,
    description: 'The latest published version for the year',
  })
  regulation(
    @CurrentActor() actor: RequestActor,
    @Parent() group: EmulationGroup,
    @Args('year', { type: () => Int }) year: number,
  ) {
    return this.service.regulation(actor, group.id, year);
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

  @Mutation(() => Membership, { description: 'Platform admin: member and role of a group for one year' })
  setMembership(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('organizationCode') organizationCode: string,
    @Args('role', { type: () => MemberRole }) role: MemberRole,
  ) {
    return this.service.setMembership(actor, { groupCode, year, organizationCode, role });
  }
}
