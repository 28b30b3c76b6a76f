import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.types';
import { PeriodKind } from '../groups/group.types';
import { DecimalScalar } from '../common/scalars';

@ObjectType()
export class Score {
  @Field(() => Organization) member!: Organization;
  @Field() criterionId!: string;
  @Field(() => DecimalScalar) points!: string;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field({ description: 'Format 2: the head marked this optional criterion not applicable to the member' })
  notApplicable!: boolean;
  @Field(() => Organization) scorer!: Organization;
  @Field() updatedAt!: Date;
}

@InputType()
export class ScoreInput {
  @Field() groupCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => PeriodKind) kind!: PeriodKind;
  @Field() memberCode!: string;
  @Field({ description: 'A criterion, a bonus item ("B1") or a manual deduction ("D3") of the regulation' })
  criterionId!: string;
  @Field(() => DecimalScalar) points!: string;
  @Field(() => Int, { nullable: true, description: 'Item count, for per_item criteria' }) count?:
    number | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Format 2, with a reason: this optional criterion does not apply to the member (points are ignored)',
  })
  notApplicable?: boolean | null;
}
