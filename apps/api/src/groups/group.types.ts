import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.types';
import { JsonScalar } from '../common/scalars';

export enum GroupKind {
  CLUSTER = 'CLUSTER',
  BLOC = 'BLOC',
}
export enum MemberRole {
  HEAD = 'HEAD',
  DEPUTY = 'DEPUTY',
  MEMBER = 'MEMBER',
}
export enum PeriodKind {
  H1 = 'H1',
  FY = 'FY',
}
registerEnumType(GroupKind, { name: 'GroupKind' });
registerEnumType(MemberRole, { name: 'MemberRole' });
registerEnumType(PeriodKind, { name: 'PeriodKind' });

@ObjectType()
export class EmulationGroup {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => GroupKind) kind!: GroupKind;
  reviewerId!: string;
}

@ObjectType()
export class Membership {
  @Field(() => Organization) organization!: Organization;
  @Field(() => EmulationGroup) group!: EmulationGroup;
  @Field(() => MemberRole) role!: MemberRole;
  @Field(() => Int) year!: number;
  @Field(() => String, {
    nullable: true,
    description: "Format 2: the member's category of the year, read by quota.byCategory",
  })
  category!: string | null;
}

@ObjectType()
export class Regulation {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) decisionNumber!: string | null;
  @Field(() => JsonScalar) document!: Record<string, unknown>;
  @Field() publishedAt!: Date;
}

@ObjectType()
export class Period {
  @Field(() => ID) id!: string;
  @Field(() => EmulationGroup) group!: EmulationGroup;
  @Field(() => Int) year!: number;
  @Field(() => PeriodKind) kind!: PeriodKind;
  @Field() deadline!: Date;
  @Field({ description: 'OPEN | SCORING | PUBLISHED | REVIEWED | CLOSED (by the board’s decision)' })
  state!: string;
}
