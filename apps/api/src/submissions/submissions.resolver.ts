import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { PeriodKind } from '../groups/group.types';
import { Submission, SubmissionInput, SubmissionPatch } from './submission.types';
import { SubmissionsService } from './submissions.service';

@Resolver(() => Submission)
export class SubmissionsResolver {
  constructor(private readonly service: SubmissionsService) {}

  @Query(() => [Submission])
  mySubmissions(
    @CurrentActor() actor: RequestActor,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ) {
    return this.service.mine(actor, year);
  }

  @Query(() => Submission, {
    nullable: true,
    description: 'Null or FORBIDDEN when not mine and not visible to me',
  })
  submission(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string) {
    return this.service.one(actor, id);
  }

  @Query(() => [Submission], { description: 'Head of that year: the reports addressed to the group' })
  submissionsForScoring(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
  ) {
    return this.service.forScoring(actor, groupCode, year, kind);
  }

  @Mutation(() => Submission)
  createSubmission(@CurrentActor() actor: RequestActor, @Args('input') input: SubmissionInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Submission, { description: 'CONFLICT on a stale version' })
  updateSubmission(
    @CurrentActor() actor: RequestActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('patch') patch: SubmissionPatch,
  ) {
    return this.service.update(actor, id, patch);
  }

  @Mutation(() => Submission, {
    description: 'Member: confirm imported figures (as read, or after correcting them)',
  })
  confirmIndicators(
    @CurrentActor() actor: RequestActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('keys', { type: () => [String] }) keys: string[],
  ) {
    return this.service.confirmIndicators(actor, id, version, keys);
  }

  @Mutation(() => Submission)
  submitSubmission(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string) {
    return this.service.submit(actor, id);
  }

  @Mutation(() => Submission, {
    description: 'Head: send a submitted report back to its member with a reason',
  })
  returnSubmission(
    @CurrentActor() actor: RequestActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('groupCode') groupCode: string,
    @Args('reason') reason: string,
  ) {
    return this.service.returnToMember(actor, id, groupCode, reason);
  }
}
