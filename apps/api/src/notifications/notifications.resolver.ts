import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestActor } from '../auth/actor';
import { NotificationList } from './notification.types';
import { NotificationsService } from './notifications.service';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationList, { description: 'Your organization’s notifications, newest first' })
  notifications(
    @CurrentActor() actor: RequestActor,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ) {
    return this.service.list(actor, unreadOnly, first);
  }

  @Mutation(() => Int, {
    description: 'Marks your notifications read (all of them without ids); answers how many changed',
  })
  markNotificationsRead(
    @CurrentActor() actor: RequestActor,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
  ) {
    return this.service.markRead(actor, ids ?? null);
  }
}
