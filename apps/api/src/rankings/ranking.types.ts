import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { RankingSnapshotDetail, RankingSnapshotEntity } from '@thidua/db';
import type { AwardStatus as EngineAwardStatus } from '@thidua/scoring';
import { Organization } from '../organizations/organization.types';
import { EmulationGroup, Period } from '../groups/group.types';
import { DecimalScalar } from '../common/scalars';

/** libs/scoring's AwardStatus, each value as the engine names it. */
export const AwardStatus: { [S in EngineAwardStatus]: S } = {
  proposed: 'proposed',
  needsDecision: 'needsDecision',
  notEligible: 'notEligible',
  excluded: 'excluded',
  quotaFull: 'quotaFull',
  blocked: 'blocked',
};
registerEnumType(AwardStatus, {
  name: 'AwardStatus',
  description: 'How the ranking decided one award for a member',
  valuesMap: {
    needsDecision: { description: 'Tied at the quota: the members must decide' },
    excluded: { description: 'Holds an award this one excludes' },
    blocked: {
      description: 'Format 2: a blockedByFacts fact is true; skipped, not counted against the quota',
    },
  },
});

@ObjectType()
export class AwardDecision {
  @Field() awardId!: string;
  @Field(() => AwardStatus) status!: EngineAwardStatus;
  @Field({ description: 'Why, in Vietnamese' }) note!: string;
}

/**
 * One of a ranking's details by organization id, read on the first call for it only (never by a query that
 * does not select it); shared by the ranking and its entries. Not a GraphQL field.
 */
export type RankingDetails = <D extends RankingSnapshotDetail>(
  detail: D,
) => Promise<NonNullable<RankingSnapshotEntity[D]>>;

/** `breakdown` and `awardDecisions` are resolved by RankingEntryResolver, from `details`. */
@ObjectType()
export class RankingEntry {
  @Field(() => Organization) organization!: Organization;
  @Field(() => Int) rank!: number;
  @Field(() => DecimalScalar) total!: string;
  @Field(() => String, { nullable: true }) band!: string | null;
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
  @Field(() => [String], {
    description:
      'The explanation round: ids of the member’s criteria still under explanation (their breakdown lines carry underExplanation and rounds)',
  })
  underExplanation!: string[];
  details!: RankingDetails;
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
  details!: RankingDetails;
}
