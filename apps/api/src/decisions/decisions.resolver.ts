import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { DocumentFormat, BoardDecision, DossierStage, RecordDecisionInput } from '../dossiers/dossier.types';
import { PeriodKind } from '../groups/group.types';
import { Download } from '../reports/report.types';
import { DecisionsService } from './decisions.service';

@Resolver()
export class DecisionsResolver {
  constructor(private readonly service: DecisionsService) {}

  @Query(() => BoardDecision, {
    nullable: true,
    description:
      'The board’s decision of the period (null until recorded); the group’s members and its board',
  })
  boardDecision(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
  ) {
    return this.service.decision(actor, groupCode, year, kind);
  }

  @Query(() => Download, { description: 'The decision document (quyết định khen thưởng), DOCX or PDF' })
  exportDecision(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
    @Args('format', { type: () => DocumentFormat }) format: DocumentFormat,
  ) {
    return this.service.exportDecision(actor, groupCode, year, kind, format);
  }

  @Query(() => Download, {
    description: 'The printable certificate of an award the decision granted (A4 landscape), PDF or DOCX',
  })
  exportCertificate(
    @CurrentActor() actor: RequestActor,
    @Args('dossierId', { type: () => ID }) dossierId: string,
    @Args('format', { type: () => DocumentFormat }) format: DocumentFormat,
  ) {
    return this.service.exportCertificate(actor, dossierId, format);
  }

  @Mutation(() => BoardDecision, {
    description:
      'The board: records its decision (number, date, signer, the accepted dossiers it grants); the period closes',
  })
  recordDecision(@CurrentActor() actor: RequestActor, @Args('input') input: RecordDecisionInput) {
    return this.service.record(actor, input);
  }
}

/** The stage's decision: whoever reads the stage reads the decision (decision.read is as wide). */
@Resolver(() => DossierStage)
export class DossierStageDecisionResolver {
  constructor(private readonly service: DecisionsService) {}

  @ResolveField(() => BoardDecision, { nullable: true })
  decision(@CurrentActor() actor: RequestActor, @Parent() stage: DossierStage) {
    return this.service.ofPeriod(actor, stage.periodId);
  }
}
