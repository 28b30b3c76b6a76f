import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { Download } from '../reports/report.types';
import { Submission } from '../submissions/submission.types';
import { EvidenceService } from './evidence.service';
import { Evidence, EvidenceInput } from './evidence.types';

@Resolver(() => Submission)
export class EvidenceResolver {
  constructor(private readonly service: EvidenceService) {}

  @ResolveField(() => [Evidence], { description: 'Proof files attached to self-scores' })
  evidence(@CurrentActor() actor: RequestActor, @Parent() submission: Submission) {
    return this.service.forSubmission(actor, submission.id);
  }

  @Mutation(() => Evidence, {
    description: 'Member: attach a PDF, DOCX, JPG or PNG to a self-scored criterion',
  })
  attachEvidence(@CurrentActor() actor: RequestActor, @Args('input') input: EvidenceInput) {
    return this.service.attach(actor, input);
  }

  @Mutation(() => Boolean)
  removeEvidence(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string) {
    return this.service.remove(actor, id);
  }

  @Query(() => Download, { description: 'The file, for whoever may see the report it proves' })
  evidenceFile(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string) {
    return this.service.download(actor, id);
  }
}
