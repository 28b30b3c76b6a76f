import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ELECTION_STATES, SUCCESSION_METHODS } from '@thidua/terms';
import { JsonScalar } from '../common/scalars';
import { Organization } from '../organizations/organization.types';

export const ElectionState = Object.fromEntries(ELECTION_STATES.map((s) => [s, s])) as {
  [S in (typeof ELECTION_STATES)[number]]: S;
};
registerEnumType(ElectionState, {
  name: 'ElectionState',
  description: 'OPEN: members vote; CLOSED: decided',
});
export const SuccessionMethod = Object.fromEntries(SUCCESSION_METHODS.map((s) => [s, s])) as {
  [S in (typeof SUCCESSION_METHODS)[number]]: S;
};
registerEnumType(SuccessionMethod, {
  name: 'SuccessionMethod',
  description: 'VOTE: counted from the ballots; RECORDED: the platform admin entered the meeting’s result',
});

@ObjectType({ description: 'Votes one candidate received for an office' })
export class SuccessionCount {
  @Field(() => Organization) candidate!: Organization;
  @Field(() => Int) votes!: number;
}

@ObjectType({ description: 'The signed-in member’s own ballot' })
export class SuccessionBallot {
  @Field(() => Organization) head!: Organization;
  @Field(() => Organization) deputy!: Organization;
  @Field() castAt!: Date;
}

@ObjectType({ description: 'The handover to next year’s head, recorded when the election closed' })
export class Handover {
  @Field(() => Organization, { nullable: true, description: 'Head of the year that ends (none if unset)' })
  outgoingHead!: Organization | null;
  @Field(() => Organization) incomingHead!: Organization;
  @Field(() => Organization) deputy!: Organization;
  @Field(() => SuccessionMethod) method!: keyof typeof SuccessionMethod;
  @Field(() => String, { nullable: true, description: 'Why the admin recorded it, or how a tie was settled' })
  reason!: string | null;
  @Field({ description: 'The handover date' }) handedOverAt!: Date;
  @Field(() => Organization) recordedBy!: Organization;
  @Field({ description: 'The e-mail of the account that recorded it' }) recordedByEmail!: string;
}

@ObjectType({
  description: 'The year-end election of next year’s head and deputy (bầu cụm/khối trưởng, cụm/khối phó)',
})
export class SuccessionElection {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The year that ends' }) year!: number;
  @Field(() => Int, { description: 'The year the elected lead' }) nextYear!: number;
  @Field(() => ElectionState) state!: keyof typeof ElectionState;
  @Field() openedAt!: Date;
  @Field(() => [Organization], { description: 'The members of the year: whom a ballot may name' })
  candidates!: Organization[];
  @Field(() => [Organization], { description: 'Members that have voted (not for whom: ballots are secret)' })
  voted!: Organization[];
  @Field(() => [Organization], { description: 'Members that have not voted yet' })
  notVoted!: Organization[];
  @Field(() => SuccessionBallot, { nullable: true }) myBallot!: SuccessionBallot | null;
  @Field(() => [SuccessionCount], {
    description:
      'Votes for head, most first: for the head and the admin at any time, for the others once closed',
  })
  headVotes!: SuccessionCount[];
  @Field(() => [SuccessionCount], { description: 'Votes for deputy, as headVotes' })
  deputyVotes!: SuccessionCount[];
  @Field(() => Handover, { nullable: true, description: 'Set once closed' }) handover!: Handover | null;
}

@ObjectType({
  description:
    'Next year’s regulation before its adoption, copied from the year before; publishRegulation adopts it',
})
export class RegulationDraft {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field(() => JsonScalar) document!: Record<string, unknown>;
  @Field(() => Int, { nullable: true, description: 'The year of the regulation it was copied from' })
  copiedFromYear!: number | null;
  @Field() updatedAt!: Date;
  @Field({ description: 'Whether a regulation of that year has been published since' }) published!: boolean;
}
