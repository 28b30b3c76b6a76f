import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { JsonScalar } from '../common/scalars';
import { Regulation } from '../groups/group.types';
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
