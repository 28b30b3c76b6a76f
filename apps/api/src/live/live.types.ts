import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SubmissionState } from '../submissions/submission.types';

@ObjectType({ description: 'A ranking has a new version, or was published or reviewed: read it again' })
export class RankingChange {
  @Field(() => Int) version!: number;
  @Field() published!: boolean;
}

@ObjectType({ description: 'One of your reports changed state (returned, accepted…)' })
export class SubmissionChange {
  @Field(() => ID) id!: string;
  @Field(() => SubmissionState) state!: SubmissionState;
}
