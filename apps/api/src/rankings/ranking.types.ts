import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.types';
import { EmulationGroup, Period } from '../groups/group.types';
import { DecimalScalar, JsonScalar } from '../common/scalars';

@ObjectType()
export class RankingEntry {
  @Field(() => Organization) organization!: Organization;
  @Field(() => Int) rank!: number;
  @Field(() => DecimalScalar) total!: string;
  @Field(() => String, { nullable: true }) band!: string | null;
  @Field(() => JsonScalar, {
    description: 'Every number with its criterion, method, inputs, result and rounding',
  })
  breakdown!: unknown;
  @Field(() => [String], { description: 'Award ids proposed for this member' }) proposals!: string[];
  @Field(() => [String], { description: 'Awards where members tied at the quota must decide' })
  needsDecision!: string[];
  @Field(() => [String], {
    description: 'Format 2: the facts true for the member, in the regulation’s order',
  })
  facts!: string[];
  @Field(() => String, {
    nullable: true,
    description: 'Format 2: BOARD or HEAD, the body that must still order this member’s tie (settleTie)',
  })
  tieDecisionBy!: string | null;
}

@ObjectType()
export class Ranking {
  @Field(() => ID) id!: string;
  @Field(() => EmulationGroup) group!: EmulationGroup;
  @Field(() => Period) period!: Period;
  @Field(() => Int) version!: number;
  @Field() computedAt!: Date;
  @Field() published!: boolean;
  @Field(() => String, { nullable: true, description: 'PENDING | APPROVED | REJECTED once published' })
  reviewState!: string | null;
  @Field(() => String, { nullable: true }) reviewReason!: string | null;
  @Field(() => String, { nullable: true }) decisionNumber!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the board approved or returned it' })
  reviewedAt!: Date | null;
  @Field(() => [RankingEntry]) entries!: RankingEntry[];
}
