import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.types';
import { EmulationGroup, PeriodKind } from '../groups/group.types';
import { DecimalScalar } from '../common/scalars';

export enum SubmissionState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(SubmissionState, { name: 'SubmissionState' });

@ObjectType()
export class Section {
  @Field() path!: string;
  @Field() title!: string;
  @Field() body!: string;
}

@ObjectType()
export class Indicator {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => DecimalScalar, { nullable: true }) value!: string | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) percentOfPlan!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) changeVsSamePeriodPercent!: string | null;
  @Field(() => String, { nullable: true, description: 'Sentence an imported figure came from' }) source?:
    string | null;
  @Field(() => String, { nullable: true, description: 'hơn, trên, gần, khoảng… for an approximate figure' })
  qualifier?: string | null;
  @Field({ description: 'False until the member confirms an imported figure' }) confirmed!: boolean;
}

@ObjectType()
export class SelfScore {
  @Field() criterionId!: string;
  @Field(() => DecimalScalar) points!: string;
  @Field(() => Int, { nullable: true, description: 'Item count, for per_item criteria' }) count?:
    number | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({
  description: 'The submission as addressed to one group: its deadline, lateness and return reason',
})
export class Delivery {
  @Field(() => EmulationGroup) group!: EmulationGroup;
  @Field(() => Date, { nullable: true }) deadline!: Date | null;
  @Field(() => Int, { description: 'Whole days late, counted in started 24-hour blocks after the deadline' })
  daysLate!: number;
  @Field(() => String, { nullable: true }) returnReason!: string | null;
}

@ObjectType()
export class Submission {
  @Field(() => ID) id!: string;
  @Field(() => Organization) organization!: Organization;
  @Field(() => Int) year!: number;
  @Field(() => PeriodKind) kind!: PeriodKind;
  @Field(() => [EmulationGroup]) groups!: EmulationGroup[];
  @Field(() => SubmissionState) state!: SubmissionState;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => [Section]) sections!: Section[];
  @Field(() => [Indicator]) indicators!: Indicator[];
  @Field(() => [SelfScore]) selfScores!: SelfScore[];
  @Field(() => [Delivery]) deliveries!: Delivery[];
}

@InputType()
export class SubmissionInput {
  @Field(() => Int) year!: number;
  @Field(() => PeriodKind) kind!: PeriodKind;
  @Field(() => [String]) groupCodes!: string[];
}

@InputType()
export class SectionInput {
  @Field() path!: string;
  @Field() title!: string;
  @Field() body!: string;
}

@InputType()
export class IndicatorInput {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => DecimalScalar, { nullable: true }) value?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) percentOfPlan?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) changeVsSamePeriodPercent?: string | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => String, { nullable: true }) qualifier?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Defaults to true: a figure the member typed is confirmed',
  })
  confirmed?: boolean | null;
}

@InputType()
export class SelfScoreInput {
  @Field() criterionId!: string;
  @Field(() => DecimalScalar) points!: string;
  @Field(() => Int, { nullable: true }) count?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class SubmissionPatch {
  @Field(() => Int) version!: number;
  @Field(() => [SectionInput], { nullable: true }) sections?: SectionInput[] | null;
  @Field(() => [IndicatorInput], { nullable: true }) indicators?: IndicatorInput[] | null;
  @Field(() => [SelfScoreInput], { nullable: true }) selfScores?: SelfScoreInput[] | null;
}
