import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.types';

@ObjectType({
  description: 'One numbered commitment of the covenant, with the figure it aims at when it has one',
})
export class CovenantCommitment {
  @Field(() => Int) number!: number;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) target!: string | null;
}

@InputType()
export class CovenantCommitmentInput {
  @Field() text!: string;
  @Field(() => String, { nullable: true }) target?: string | null;
}

@ObjectType({ description: 'A member’s signature of the covenant: which member, from which account, when' })
export class CovenantSignature {
  @Field(() => Organization) member!: Organization;
  @Field() signedAt!: Date;
  @Field({ description: 'The e-mail of the account that signed' }) signedBy!: string;
}

@ObjectType({
  description: 'A title or award a member may register for: one of the group’s awards or a State title',
})
export class RegistrableTitle {
  @Field() id!: string;
  @Field() title!: string;
}

@ObjectType({ description: 'The titles and awards a member registered for the year' })
export class TitleRegistration {
  @Field(() => Organization) member!: Organization;
  @Field(() => [RegistrableTitle]) titles!: RegistrableTitle[];
  @Field() registeredAt!: Date;
  @Field({ description: 'The e-mail of the account that registered' }) registeredBy!: string;
}

@ObjectType({
  description: 'The start of a group’s year: its covenant (giao ước), who signed, who registered what',
})
export class Covenant {
  @Field() id!: string;
  @Field(() => Int) year!: number;
  @Field(() => [CovenantCommitment]) commitments!: CovenantCommitment[];
  @Field({ description: 'Registrations are taken until then' }) registrationDeadline!: Date;
  @Field() publishedAt!: Date;
  @Field(() => Organization) publishedBy!: Organization;
  @Field(() => [RegistrableTitle], { description: 'What a member may register for this year' })
  registrableTitles!: RegistrableTitle[];
  @Field(() => [CovenantSignature], {
    description: 'A member sees its own signature; the head and the board every member’s',
  })
  signatures!: CovenantSignature[];
  @Field(() => [TitleRegistration], {
    description: 'A member sees its own registration; the head and the board every member’s',
  })
  registrations!: TitleRegistration[];
  @Field(() => [Organization], {
    description: 'For the head and the board: members that have not signed yet',
  })
  notSigned!: Organization[];
  @Field(() => [Organization], {
    description: 'For the head and the board: members that have not registered yet',
  })
  notRegistered!: Organization[];
}
