import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NOTIFICATION_KINDS } from '@thidua/db';
import { PeriodKind } from '../groups/group.types';

export const NotificationKind = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as {
  [K in (typeof NOTIFICATION_KINDS)[number]]: K;
};
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'Reminders before a deadline (daysLeft 0 at it): REPORT_DUE, REGISTRATION_DUE, EXPLANATION_DUE, DOSSIER_DUE. Changes: REPORT_RETURNED (your report), RANKING_PUBLISHED / RANKING_APPROVED / RANKING_RETURNED, COVENANT_PUBLISHED (to sign), EXPLANATION_OPENED, DOSSIER_RETURNED (to the head, for completion), DECISION_RECORDED, ELECTION_OPENED',
});

@ObjectType({ description: 'A message to your organization about one group’s year, linked to its page' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: keyof typeof NotificationKind;
  @Field() groupCode!: string;
  @Field() groupName!: string;
  @Field(() => Int) year!: number;
  @Field(() => PeriodKind, { nullable: true }) periodKind!: PeriodKind | null;
  @Field(() => Date, { nullable: true, description: 'The deadline a reminder is about' })
  deadline!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Whole days left when the reminder was sent' })
  daysLeft!: number | null;
  @Field(() => String, { nullable: true, description: 'The reason of a return' }) reason!: string | null;
  @Field() createdAt!: Date;
  @Field() read!: boolean;
}

@ObjectType()
export class NotificationList {
  @Field(() => [Notification], { description: 'Newest first' }) items!: Notification[];
  @Field(() => Int, { description: 'How many are unread in all' }) unread!: number;
}
