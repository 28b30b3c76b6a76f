import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PeriodKind } from '../groups/group.types';
import { DecimalScalar } from '../common/scalars';
import { IndicatorInput } from '../submissions/submission.types';

@InputType()
export class WhatIfCriterionInput {
  @Field() criterionId!: string;
  @Field(() => DecimalScalar, { description: 'Hypothetical final points' }) points!: string;
  @Field(() => Int, { nullable: true, description: 'Item count, for per_item criteria' }) count?:
    number | null;
}

@InputType()
export class WhatIfInput {
  @Field() groupCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => PeriodKind) kind!: PeriodKind;
  @Field(() => [IndicatorInput], { nullable: true }) indicators?: IndicatorInput[] | null;
  @Field(() => [WhatIfCriterionInput], { nullable: true }) criteria?: WhatIfCriterionInput[] | null;
}

@ObjectType()
export class RankingPosition {
  @Field(() => Int) rank!: number;
  @Field(() => DecimalScalar) total!: string;
  @Field(() => String, { nullable: true }) band!: string | null;
  @Field(() => [String]) proposals!: string[];
}

@ObjectType({ description: 'My position now and with the hypothetical inputs; nothing is written' })
export class WhatIfResult {
  @Field(() => RankingPosition) before!: RankingPosition;
  @Field(() => RankingPosition) after!: RankingPosition;
}
