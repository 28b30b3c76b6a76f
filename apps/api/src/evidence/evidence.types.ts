import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A proof file (tài liệu kiểm chứng) for one self-scored criterion' })
export class Evidence {
  @Field(() => ID) id!: string;
  @Field(() => ID) submissionId!: string;
  @Field() criterionId!: string;
  @Field() fileName!: string;
  @Field() contentType!: string;
  @Field(() => Int) size!: number;
  @Field() sha256!: string;
  @Field() createdAt!: Date;
}

@InputType()
export class EvidenceInput {
  @Field(() => ID) submissionId!: string;
  @Field() criterionId!: string;
  @Field() fileName!: string;
  @Field() contentBase64!: string;
}
