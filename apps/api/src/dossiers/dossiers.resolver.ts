import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { PeriodKind } from '../groups/group.types';
import { Download } from '../reports/report.types';
import {
  AchievementFileInput,
  AchievementForm,
  AchievementFormInput,
  AttachedDocumentInput,
  Dossier,
  DossierOutcome,
  DossierStage,
} from './dossier.types';
import { DossiersService } from './dossiers.service';

@Resolver()
export class DossiersResolver {
  constructor(private readonly service: DossiersService) {}

  @Query(() => DossierStage, {
    description:
      'The period’s award dossiers (a member sees its own, the head all, the board those submitted to it), their deadline, who still has to act, the decision',
  })
  dossierStage(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
  ) {
    return this.service.stage(actor, groupCode, year, kind);
  }

  @Query(() => AchievementForm, {
    description:
      'The dossier’s achievement report form: as saved, or prefilled from the report and the ranking',
  })
  achievementForm(
    @CurrentActor() actor: RequestActor,
    @Args('dossierId', { type: () => ID }) dossierId: string,
  ) {
    return this.service.achievementForm(actor, dossierId);
  }

  @Query(() => Download, {
    description:
      'Head or board: the dossier as one zip (cover letter, achievement report, minutes; DOCX and PDF)',
  })
  exportDossierArchive(
    @CurrentActor() actor: RequestActor,
    @Args('dossierId', { type: () => ID }) dossierId: string,
  ) {
    return this.service.archive(actor, dossierId);
  }

  @Mutation(() => DossierStage, {
    description:
      'The head, once the board approved the ranking: opens a dossier per proposed award (or moves the deadline)',
  })
  openDossiers(
    @CurrentActor() actor: RequestActor,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
    @Args('deadline') deadline: Date,
  ) {
    return this.service.open(actor, groupCode, year, kind, deadline);
  }

  @Mutation(() => Dossier, {
    description: 'The member concerned: saves its achievement report (the form, an uploaded file, or both)',
  })
  saveAchievementReport(
    @CurrentActor() actor: RequestActor,
    @Args('dossierId', { type: () => ID }) dossierId: string,
    @Args('form', { type: () => AchievementFormInput, nullable: true }) form?: AchievementFormInput | null,
    @Args('file', { type: () => AchievementFileInput, nullable: true }) file?: AchievementFileInput | null,
  ) {
    return this.service.saveReport(actor, dossierId, form ?? null, file ?? null);
  }

  @Mutation(() => Dossier, {
    description: 'The head: the cover letter’s and the minutes’ number, date and signer',
  })
  attachDossierDocuments(
    @CurrentActor() actor: RequestActor,
    @Args('dossierId', { type: () => ID }) dossierId: string,
    @Args('coverLetter', { type: () => AttachedDocumentInput }) coverLetter: AttachedDocumentInput,
    @Args('minutes', { type: () => AttachedDocumentInput }) minutes: AttachedDocumentInput,
  ) {
    return this.service.attach(actor, dossierId, coverLetter, minutes);
  }

  @Mutation(() => Dossier, {
    description: 'The head: submits (or resubmits a returned) dossier by the deadline',
  })
  submitDossier(
    @CurrentActor() actor: RequestActor,
    @Args('dossierId', { type: () => ID }) dossierId: string,
  ) {
    return this.service.submit(actor, dossierId);
  }

  @Mutation(() => Dossier, {
    description: 'The board: accepts, returns for completion (with a reason) or rejects (with a reason)',
  })
  decideDossier(
    @CurrentActor() actor: RequestActor,
    @Args('dossierId', { type: () => ID }) dossierId: string,
    @Args('outcome', { type: () => DossierOutcome }) outcome: DossierOutcome,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ) {
    return this.service.decide(actor, dossierId, outcome, reason);
  }
}
