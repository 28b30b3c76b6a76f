import { Args, Context, Int, Resolver, Subscription } from '@nestjs/graphql';
import { AuthService } from '../auth/auth.service';
import { CurrentActor, RequestActor } from '../auth/actor';
import { bearerToken } from '../auth/auth.guard';
import { PeriodKind } from '../groups/group.types';
import { Notification } from '../notifications/notification.types';
import { NotificationsService } from '../notifications/notifications.service';
import { RankingsService } from '../rankings/rankings.service';
import { SubmissionState } from '../submissions/submission.types';
import { LiveEvent, LiveEvents, settle } from './live-events';
import { RankingChange, SubmissionChange } from './live.types';

type Request = { req: { headers: Record<string, string | undefined> } };

/**
 * Live updates over WebSocket (graphql-ws), signed in with the same token as every request. Who may follow
 * what is decided when the subscription starts, by the same rules as the queries; each event is checked
 * again against them and against the session (a signed-out or expired session ends the subscription).
 */
@Resolver()
export class LiveResolver {
  constructor(
    private readonly events: LiveEvents,
    private readonly auth: AuthService,
    private readonly rankings: RankingsService,
    private readonly notifications: NotificationsService,
  ) {}

  @Subscription(() => RankingChange, {
    resolve: settle,
    description:
      'The period’s ranking changed: the head and the board hear of every version, members of publications',
  })
  async rankingChanged(
    @CurrentActor() actor: RequestActor,
    @Context() context: Request,
    @Args('groupCode') groupCode: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
  ) {
    const { periodId, live } = await this.rankings.following(actor, groupCode, year, kind);
    return this.follow(context, (e) =>
      e.type === 'ranking' && e.periodId === periodId && (live || e.published)
        ? { version: e.version, published: e.published }
        : undefined,
    );
  }

  @Subscription(() => Notification, {
    resolve: settle,
    description: 'A new notification for your organization',
  })
  notificationAdded(@CurrentActor() actor: RequestActor, @Context() context: Request) {
    return this.follow(context, (e) =>
      e.type === 'notification' && e.organizationId === actor.organizationId
        ? this.notifications.one(actor, e.id).then((n) => n ?? undefined)
        : undefined,
    );
  }

  @Subscription(() => SubmissionChange, {
    resolve: settle,
    description: 'One of your organization’s reports changed state',
  })
  mySubmissionChanged(@CurrentActor() actor: RequestActor, @Context() context: Request) {
    return this.follow(context, (e) =>
      e.type === 'submission' && e.organizationId === actor.organizationId
        ? { id: e.id, state: e.state as SubmissionState }
        : undefined,
    );
  }

  /** The events `pick` keeps, each after checking the subscriber's session is still good. */
  private follow<T>(context: Request, pick: (e: LiveEvent) => Promise<T | undefined> | T | undefined) {
    const token = bearerToken(context.req.headers);
    return this.events.stream(async (e) => {
      const value = await pick(e);
      if (value !== undefined) await this.auth.verify(token);
      return value;
    });
  }
}
