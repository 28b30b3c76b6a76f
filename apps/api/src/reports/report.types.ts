import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PeriodKind } from '../groups/group.types';

@InputType({ description: 'A report file the member already wrote (.docx or .md), base64-encoded' })
export class ImportReportInput {
  @Field() fileName!: string;
  @Field() contentBase64!: string;
  @Field(() => ID, { nullable: true, description: 'Fill this draft; without it a new draft is created' })
  submissionId?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => PeriodKind, { nullable: true }) kind?: PeriodKind | null;
  @Field(() => [String], { nullable: true }) groupCodes?: string[] | null;
}

@ObjectType({ description: 'A generated or stored file' })
export class Download {
  @Field() fileName!: string;
  @Field() contentType!: string;
  @Field(() => Int) size!: number;
  @Field() sha256!: string;
  @Field() contentBase64!: string;
}
