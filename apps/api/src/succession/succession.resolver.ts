import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { JsonScalar } from '../common/scalars';
import { SuccessionService } from './succession.service';
import { RegulationDraft, SuccessionElection } from './succession.types';

const year = () => Args('year', { type: () => Int, description: 'The year that ends' });

@Resolver()
export class SuccessionResolver {
  constructor(private readonly service: SuccessionService) {}

  @Query(() => SuccessionElection, {
    nullable: true,
    description:
      'The year-end election of next year’s head and deputy (null before it opens); members, the board, the admin',
  })
  succession(@CurrentActor() actor: RequestActor, @Args('groupCode') groupCode: string, @year() y: number) {
    return this.service.election(actor, groupCode, y);
  }

  @Mutation(() => SuccessionElection, {
    description: 'The head of the year (or the admin) opens the election, once the FY ranking is published',
  })
  openSuccession(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @year() y: number,
  ) {
    return this.service.open(actor, groupCode, y);
  }

  @Mutation(() => SuccessionElection, {
    description:
      'A member casts its secret ballot (a head and a different deputy), replacing its earlier one',
  })
  castSuccessionBallot(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @year() y: number,
    @Args('headCode') headCode: string,
    @Args('deputyCode') deputyCode: string,
  ) {
    return this.service.vote(actor, groupCode, y, { headCode, deputyCode });
  }

  @Mutation(() => SuccessionElection, {
    description:
      'The head (or the admin) closes the election: the most votes win; creates next year’s memberships and draft regulation',
  })
  closeSuccession(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @year() y: number,
    @Args('headCode', { type: () => String, nullable: true, description: 'Settles a tie for head' })
    headCode?: string | null,
    @Args('deputyCode', { type: () => String, nullable: true, description: 'Settles a tie for deputy' })
    deputyCode?: string | null,
    @Args('reason', { type: () => String, nullable: true, description: 'Required when settling a tie' })
    reason?: string | null,
  ) {
    return this.service.close(actor, groupCode, y, { headCode, deputyCode }, reason);
  }

  @Mutation(() => SuccessionElection, {
    description:
      'Platform admin: records the meeting’s result (with a reason) instead of the ballots, and hands over',
  })
  recordSuccession(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @year() y: number,
    @Args('headCode') headCode: string,
    @Args('deputyCode') deputyCode: string,
    @Args('reason') reason: string,
  ) {
    return this.service.record(actor, groupCode, y, { headCode, deputyCode }, reason);
  }

  @Query(() => RegulationDraft, {
    nullable: true,
    description: 'Next year’s draft regulation: the head of that year and the admin',
  })
  regulationDraft(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) draftYear: number,
  ) {
    return this.service.regulationDraft(actor, groupCode, draftYear);
  }

  @Mutation(() => RegulationDraft, {
    description:
      'The head of that year (or the admin) saves the draft as written; publishRegulation adopts it',
  })
  saveRegulationDraft(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) draftYear: number,
    @Args('document', { type: () => JsonScalar }) document: unknown,
  ) {
    return this.service.saveRegulationDraft(actor, groupCode, draftYear, document);
  }
}
