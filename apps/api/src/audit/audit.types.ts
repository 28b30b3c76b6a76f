import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JsonScalar } from '../common/scalars';

export enum AuditProblem {
  /** The event's stored hash is not the hash of what it now holds: a value was changed. */
  HASH_MISMATCH = 'HASH_MISMATCH',
  /** The event does not link to the one before it: an event was replaced or the chain re-hashed. */
  PREVIOUS_HASH_MISMATCH = 'PREVIOUS_HASH_MISMATCH',
  /** A sequence number is skipped: an event was deleted. */
  MISSING_SEQUENCE = 'MISSING_SEQUENCE',
}
registerEnumType(AuditProblem, { name: 'AuditProblem' });

@ObjectType()
export class AuditBrokenLink {
  @Field(() => ID, { description: 'The first event found wrong (after a gap: the one after it)' })
  eventId!: string;
  @Field(() => Int, { description: 'Its place in the chain: the sequence number expected there' })
  position!: number;
  @Field() occurredAt!: Date;
  @Field(() => AuditProblem) problem!: AuditProblem;
}

@ObjectType()
export class AuditVerification {
  @Field(() => Int) eventsChecked!: number;
  @Field() intact!: boolean;
  @Field(() => AuditBrokenLink, { nullable: true, description: 'Null when intact' })
  firstBroken!: AuditBrokenLink | null;
  @Field() verifiedAt!: Date;
}

@ObjectType()
export class AuditChange {
  @Field({ description: 'Path of the changed field, e.g. points or content.sections.2.body' }) field!: string;
  @Field(() => JsonScalar, {
    nullable: true,
    description: 'A long value is {truncated, chars, sha256, start}',
  })
  from!: unknown;
  @Field(() => JsonScalar, { nullable: true }) to!: unknown;
}

@ObjectType()
export class AuditTrailEvent {
  @Field(() => ID) id!: string;
  @Field() occurredAt!: Date;
  @Field({
    description:
      'score.set, vote.cast, submission.return, ranking.publish, ranking.review (the action names of the audit log)',
  })
  action!: string;
  @Field(() => String, { nullable: true, description: 'Null for the ranking worker' }) userName!:
    string | null;
  @Field(() => String, { nullable: true }) organizationName!: string | null;
  @Field(() => String, { nullable: true, description: 'The member concerned (scored, voted for, returned)' })
  memberName!: string | null;
  @Field(() => String, { nullable: true }) criterionId!: string | null;
  @Field(() => [AuditChange]) changes!: AuditChange[];
  @Field(() => String, { nullable: true, description: 'Why: the score, return or review reason' })
  reason!: string | null;
}

@ObjectType()
export class AuditTrailPage {
  @Field(() => [AuditTrailEvent], { description: 'Newest first' }) events!: AuditTrailEvent[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next (older) page' })
  endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}
