import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PeriodKind as Kind } from '@thidua/db';
import { CurrentActor, RequestActor } from '../auth/actor';
import { PeriodKind } from '../groups/group.types';
import { Download } from '../reports/report.types';
import { DecideExplanationInput, ExplainScoreInput, ExplanationRound } from './explanation.types';
import { ExplanationsService } from './explanations.service';

@Resolver()
export class ExplanationsResolver {
  constructor(private readonly service: ExplanationsService) {}

  @Query(() => ExplanationRound, {
    nullable: true,
    description:
      'The explanation round of a period (null until the head opens it): a member its own scores and explanations, the head and the board every member’s',
  })
  explanationRound(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: Kind,
  ) {
    return this.service.round(actor, { groupCode, year, kind });
  }

  @Query(() => Download, {
    description: 'An explanation’s evidence file: its member, the head and the board',
  })
  explanationEvidenceFile(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string) {
    return this.service.evidenceFile(actor, id);
  }

  @Mutation(() => ExplanationRound, {
    description:
      'The head of the year, while the period is scoring: opens the explanation window until the deadline',
  })
  openExplanationWindow(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: Kind,
    @Args('deadline') deadline: Date,
  ) {
    return this.service.open(actor, { groupCode, year, kind }, deadline);
  }

  @Mutation(() => ExplanationRound, {
    description: 'The head: closes the explanation window early, saying why',
  })
  closeExplanationWindow(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: Kind,
    @Args('reason') reason: string,
  ) {
    return this.service.close(actor, { groupCode, year, kind }, reason);
  }

  @Mutation(() => ExplanationRound, {
    description:
      'A member, while the window is open: explains (text and new evidence) a score of the head that departs from its self-score',
  })
  explainScore(@CurrentActor() actor: RequestActor, @Args('input') input: ExplainScoreInput) {
    return this.service.explain(actor, input);
  }

  @Mutation(() => ExplanationRound, {
    description: 'The head: gives the second-round score with a reason, or keeps the first round',
  })
  decideExplanation(@CurrentActor() actor: RequestActor, @Args('input') input: DecideExplanationInput) {
    return this.service.decide(actor, input);
  }
}
