import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Organization {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) province!: string | null;
  @Field({ description: 'DEPARTMENT | AWARD_BOARD | PLATFORM' }) kind!: string;
  @Field(() => Organization, { nullable: true, description: 'Set when merged into another organization' })
  successor?: Organization | null;
  @Field(() => String, { nullable: true }) mergedOn?: string | null;
}

@ObjectType()
export class User {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() fullName!: string;
  @Field(() => Organization) organization!: Organization;
}
