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

@InputType({
  description:
    'Letterhead and signature of an exported official document; anything left out gets a sensible default',
})
export class DocumentHeaderInput {
  @Field(() => String, { nullable: true, description: 'Số, ký hiệu, e.g. "45/BC-SCT"' }) number?:
    string | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) date?: string | null;
  @Field(() => String, { nullable: true }) signerTitle?: string | null;
  @Field(() => String, { nullable: true }) signerName?: string | null;
  @Field(() => [String], { nullable: true }) recipients?: string[] | null;
}
