import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars';
import { PeriodKind } from '../groups/group.types';
import { Organization } from '../organizations/organization.types';

export enum DossierState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(DossierState, {
  name: 'DossierState',
  description:
    'DRAFT (with the member and the head) → SUBMITTED → ACCEPTED | REJECTED | RETURNED (→ SUBMITTED)',
});

export enum DossierOutcome {
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
  REJECT = 'REJECT',
}
registerEnumType(DossierOutcome, { name: 'DossierOutcome' });

export enum DocumentFormat {
  DOCX = 'DOCX',
  PDF = 'PDF',
}
registerEnumType(DocumentFormat, { name: 'DocumentFormat' });

@ObjectType()
export class AchievementFigure {
  @Field() label!: string;
  @Field() value!: string;
}

@InputType()
export class AchievementFigureInput {
  @Field() label!: string;
  @Field() value!: string;
}

@ObjectType({
  description:
    'The achievement report form (báo cáo thành tích): as the member saved it, or prefilled from its report of the period, its ranking and the titles it holds',
})
export class AchievementForm {
  @Field({ description: 'Sơ lược đặc điểm, tình hình' }) introduction!: string;
  @Field({ description: 'Thành tích đạt được' }) achievements!: string;
  @Field(() => [AchievementFigure]) figures!: AchievementFigure[];
  @Field(() => Int) rank!: number;
  @Field(() => DecimalScalar) total!: string;
  @Field(() => [String], { description: 'Danh hiệu, hình thức khen thưởng đã đạt' }) titles!: string[];
  @Field() signerTitle!: string;
  @Field() signerName!: string;
  @Field({ description: 'True until the member saves it' }) prefilled!: boolean;
}

@InputType()
export class AchievementFormInput {
  @Field() introduction!: string;
  @Field() achievements!: string;
  @Field(() => [AchievementFigureInput]) figures!: AchievementFigureInput[];
  @Field(() => [String]) titles!: string[];
  @Field() signerTitle!: string;
  @Field() signerName!: string;
}

@InputType({ description: 'An achievement report the member uploads instead of (or beside) the form' })
export class AchievementFileInput {
  @Field() fileName!: string;
  @Field() contentBase64!: string;
}

@ObjectType({ description: 'Số, ngày, người ký of the cover letter or the minutes the head attaches' })
export class AttachedDocument {
  @Field() number!: string;
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field() signerName!: string;
  @Field() signerTitle!: string;
}

@InputType()
export class AttachedDocumentInput {
  @Field() number!: string;
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field() signerName!: string;
  @Field() signerTitle!: string;
}

@ObjectType({
  description:
    'An award dossier (hồ sơ đề nghị khen thưởng): one proposed award of one member, from its achievement report to the board’s outcome',
})
export class Dossier {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field(() => PeriodKind) kind!: PeriodKind;
  @Field() groupCode!: string;
  @Field() awardId!: string;
  @Field() awardTitle!: string;
  @Field(() => Organization) member!: Organization;
  @Field(() => DossierState) state!: DossierState;
  @Field({ description: 'The head submits by then' }) deadline!: Date;
  @Field({ description: 'The member saved its achievement report (form or file)' }) hasReport!: boolean;
  @Field(() => String, { nullable: true, description: 'The uploaded achievement report’s file name' })
  reportFileName!: string | null;
  @Field(() => AttachedDocument, { nullable: true }) coverLetter!: AttachedDocument | null;
  @Field(() => AttachedDocument, { nullable: true }) minutes!: AttachedDocument | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The board’s reason for a return or a rejection' })
  reason!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType({ description: 'One award the decision grants' })
export class AwardGrant {
  @Field(() => ID) dossierId!: string;
  @Field(() => Organization) member!: Organization;
  @Field() awardId!: string;
  @Field() awardTitle!: string;
}

@ObjectType({ description: 'The board’s decision (quyết định khen thưởng), which closed the period' })
export class BoardDecision {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field() signerName!: string;
  @Field() signerTitle!: string;
  @Field(() => [AwardGrant]) grants!: AwardGrant[];
  @Field() recordedAt!: Date;
}

@ObjectType({
  description:
    'The dossier step of a period, for its page and the year’s calendar: the deadline, the dossiers the actor may see, who still has to act, the decision',
})
export class DossierStage {
  /** For the decision's field resolver. */
  periodId!: string;
  @Field(() => Int) year!: number;
  @Field(() => PeriodKind) kind!: PeriodKind;
  @Field({ description: 'OPEN | SCORING | PUBLISHED | REVIEWED | CLOSED' }) periodState!: string;
  @Field(() => Date, { nullable: true, description: 'Null until the head opens the dossiers' })
  deadline!: Date | null;
  @Field(() => [Dossier]) dossiers!: Dossier[];
  @Field(() => [Organization], { description: 'Members whose achievement report is still missing' })
  reportMissing!: Organization[];
  @Field(() => [Dossier], { description: 'The head’s to act on: not submitted yet, or returned' })
  headToAct!: Dossier[];
  @Field(() => [Dossier], { description: 'The board’s to act on: submitted, not decided' })
  boardToAct!: Dossier[];
  /** Resolved by DossierStageDecisionResolver (decisions/). */
  decision?: BoardDecision | null;
  @Field({ description: 'The decision closed the period: nothing of it changes any more' }) closed!: boolean;
}

@InputType()
export class RecordDecisionInput {
  @Field() groupCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => PeriodKind) kind!: PeriodKind;
  @Field() number!: string;
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field() signerName!: string;
  @Field() signerTitle!: string;
  @Field(() => [ID], { description: 'The accepted dossiers whose awards the decision grants' })
  dossierIds!: string[];
}
