import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars';
import { PeriodKind } from '../groups/group.types';
import { Organization } from '../organizations/organization.types';

@ObjectType({
  description:
    'A group × period’s explanation window (giải trình): opened by the head with a deadline, closed at the deadline or early with a reason',
})
export class ExplanationWindow {
  @Field(() => ID) id!: string;
  @Field() openedAt!: Date;
  @Field(() => Organization) openedBy!: Organization;
  @Field() deadline!: Date;
  @Field({ description: 'Members may still explain: not closed and the deadline not passed' }) open!: boolean;
  @Field(() => Date, {
    nullable: true,
    description: 'When it closed: early by the head, or at the deadline (the deadline once it passed)',
  })
  closedAt!: Date | null;
  @Field(() => Organization, { nullable: true, description: 'The head that closed it early' })
  closedBy!: Organization | null;
  @Field(() => String, { nullable: true, description: 'Why the head closed it early' })
  closeReason!: string | null;
}

@ObjectType({ description: 'A new proof file given with an explanation' })
export class ExplanationEvidence {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field() contentType!: string;
  @Field(() => Int) size!: number;
  @Field() sha256!: string;
}

@ObjectType({
  description: 'A member’s explanation of one of the head’s scores, and the head’s decision on it',
})
export class Explanation {
  @Field(() => ID) id!: string;
  @Field() text!: string;
  @Field() explainedAt!: Date;
  @Field(() => [ExplanationEvidence]) evidence!: ExplanationEvidence[];
  @Field(() => String, {
    nullable: true,
    description: 'CHANGED (a second-round score) or KEPT (the first round kept); null while undecided',
  })
  decision!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'The second-round score, when CHANGED' })
  secondPoints!: string | null;
  @Field(() => Int, { nullable: true }) secondCount!: number | null;
  @Field(() => String, { nullable: true, description: 'The head’s reason for the decision' })
  secondReason!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType({
  description:
    'One score of the head for a member (criterion, bonus item or deduction) beside its self-score',
})
export class ExplanationItem {
  @Field(() => Organization) member!: Organization;
  @Field() criterionId!: string;
  @Field() title!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'null when the member did not self-score it' })
  selfPoints!: string | null;
  @Field(() => DecimalScalar) headPoints!: string;
  @Field(() => String, { nullable: true }) headReason!: string | null;
  @Field({ description: 'The head’s score departs from the self-score: the member may explain it' })
  disputed!: boolean;
  @Field(() => Explanation, { nullable: true }) explanation!: Explanation | null;
}

@ObjectType({
  description:
    'The explanation round of a group × period: its window and the scores in question — a member sees its own, the head and the board every member’s',
})
export class ExplanationRound {
  @Field(() => ExplanationWindow) window!: ExplanationWindow;
  @Field(() => [ExplanationItem], {
    description:
      'A member: every score the head gave it; the head and the board: every disputed or explained score',
  })
  items!: ExplanationItem[];
  @Field(() => [Organization], {
    description:
      'Who still has to act: members with a disputed score not explained, while the window is open (the head and the board; a member: itself)',
  })
  membersToExplain!: Organization[];
  @Field(() => Int, { description: 'Who still has to act: explanations the head has not decided' })
  explanationsToDecide!: number;
}

@InputType()
export class ExplanationFileInput {
  @Field() fileName!: string;
  @Field() contentBase64!: string;
}

@InputType()
export class ExplainScoreInput {
  @Field() groupCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => PeriodKind) kind!: PeriodKind;
  @Field({ description: 'The criterion, bonus item or deduction the head scored' }) criterionId!: string;
  @Field() text!: string;
  @Field(() => [ExplanationFileInput], { nullable: true, description: 'New evidence (PDF, DOCX, JPG, PNG)' })
  evidence?: ExplanationFileInput[] | null;
}

@InputType()
export class DecideExplanationInput {
  @Field(() => ID) explanationId!: string;
  @Field({ description: 'true: keep the first round; false: give the second-round score in points' })
  keep!: boolean;
  @Field(() => DecimalScalar, { nullable: true }) points?: string | null;
  @Field(() => Int, { nullable: true, description: 'For a per_item criterion' }) count?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Required with a second-round score; optional when keeping the first round',
  })
  reason?: string | null;
}
