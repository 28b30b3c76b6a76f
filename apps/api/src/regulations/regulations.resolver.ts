import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { JsonScalar } from '../common/scalars';
import { EmulationGroup, Regulation } from '../groups/group.types';
import { RegulationsService } from './regulations.service';

@Resolver()
export class RegulationsResolver {
  constructor(private readonly service: RegulationsService) {}

  @Mutation(() => Regulation, {
    description: 'Head of that year or platform admin; BAD_USER_INPUT lists every problem with its path',
  })
  publishRegulation(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('document', { type: () => JsonScalar }) document: unknown,
  ) {
    return this.service.publish(actor, groupCode, year, document);
  }
}

@Resolver(() => EmulationGroup)
export class GroupRegulationResolver {
  constructor(private readonly service: RegulationsService) {}

  @ResolveField(() => Regulation, {
    nullable: true,
    description: 'The latest published version for the year',
  })
  regulation(
    @CurrentActor() actor: RequestActor,
    @Parent() group: EmulationGroup,
    @Args('year', { type: () => Int }) year: number,
  ) {
    return this.service.latest(actor, group.id, year);
  }
}
