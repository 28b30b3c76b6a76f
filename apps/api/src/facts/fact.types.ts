import { Field, ObjectType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.types';

/** Format 2: one yes/no statement about a member for one period, with who set it and why. */
@ObjectType()
export class MemberFact {
  @Field(() => Organization) member!: Organization;
  @Field() factId!: string;
  @Field({ description: "The fact's title in the regulation" }) title!: string;
  @Field() value!: boolean;
  @Field() reason!: string;
  @Field(() => Organization, { description: 'The head or the award board that set it' }) setBy!: Organization;
  @Field() setAt!: Date;
}
