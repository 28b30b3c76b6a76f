import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { WhatIfBasis as Basis } from '@thidua/jobs';
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

export enum WhatIfBasis {
  OWN_DATA = 'OWN_DATA',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(WhatIfBasis, {
  name: 'WhatIfBasis',
  description:
    "OWN_DATA: the group's ranking is not published, so the answer is the member's own total and band from its own data, without rank; PUBLISHED: computed against the published ranking",
});

@ObjectType()
export class RankingPosition {
  @Field(() => Int, { nullable: true, description: 'null when the basis is OWN_DATA' }) rank!: number | null;
  @Field(() => DecimalScalar) total!: string;
  @Field(() => String, { nullable: true }) band!: string | null;
  @Field(() => [String]) proposals!: string[];
}

@ObjectType({ description: 'My position now and with the hypothetical inputs; nothing is written' })
export class WhatIfResult {
  @Field(() => RankingPosition) before!: RankingPosition;
  @Field(() => RankingPosition) after!: RankingPosition;
  @Field(() => WhatIfBasis) basis!: Basis;
  @Field(() => [String], {
    description:
      "Criteria not scored on OWN_DATA because they need other members' figures (relative_to_leader)",
  })
  pending!: string[];
}
