import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { Covenant, CovenantCommitmentInput } from './covenant.types';
import { CovenantsService } from './covenants.service';

@Resolver()
export class CovenantsResolver {
  constructor(private readonly service: CovenantsService) {}

  @Query(() => Covenant, {
    nullable: true,
    description:
      'The group’s covenant of the year (null before the head publishes it); members and the board',
  })
  covenant(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
  ) {
    return this.service.covenant(actor, groupCode, year);
  }

  @Mutation(() => Covenant, {
    description: 'The head of the year: publishes (or, before anyone signs, replaces) the covenant',
  })
  publishCovenant(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('commitments', { type: () => [CovenantCommitmentInput] }) commitments: CovenantCommitmentInput[],
    @Args('registrationDeadline') registrationDeadline: Date,
  ) {
    return this.service.publish(actor, { groupCode, year, commitments, registrationDeadline });
  }

  @Mutation(() => Covenant, { description: 'A member signs the covenant (once), from the signed-in account' })
  signCovenant(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
  ) {
    return this.service.sign(actor, groupCode, year);
  }

  @Mutation(() => Covenant, {
    description:
      'A member registers the titles and awards it aims for (replacing its earlier choice) by the deadline',
  })
  registerTitles(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('titles', { type: () => [String] }) titles: string[],
  ) {
    return this.service.register(actor, groupCode, year, titles);
  }
}
