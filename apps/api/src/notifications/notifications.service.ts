import { Injectable } from '@nestjs/common';
import {
  EmulationGroupEntity,
  MemberRole,
  NotificationEntity,
  NotificationKind,
  NotificationParams,
  TenantDb,
} from '@thidua/db';
import { RequestActor } from '../auth/actor';
import { badInput } from '../common/domain-error';
import { MembershipsRepository } from '../memberships/memberships.repository';
import { Notification, NotificationList } from './notification.types';
import { NotificationsRepository } from './notifications.repository';

const MAX_PAGE = 100;

/** What a notification says beyond its group and year. */
export type NotificationDetails = Omit<NotificationParams, 'groupCode' | 'groupName' | 'year'>;

/**
 * An organization's notifications (issue 12.4). Other services send them inside their own transaction, so a
 * notification exists exactly when the change it tells of was committed; the worker sends the reminders.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: TenantDb,
    private readonly repo: NotificationsRepository,
    private readonly memberships: MembershipsRepository,
  ) {}

  list(actor: RequestActor, unreadOnly: boolean, first: number): Promise<NotificationList> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
      throw badInput(`Số thông báo mỗi trang phải từ 1 đến ${MAX_PAGE}.`);
    return this.db.run(actor, async () => ({
      items: (await this.repo.latest(actor.organizationId, unreadOnly, first)).map(view),
      unread: await this.repo.unread(actor.organizationId),
    }));
  }

  /** One of the actor's notifications (null for another's: row-level security hides it). */
  one(actor: RequestActor, id: string): Promise<Notification | null> {
    return this.db.run(actor, async () => {
      const found = await this.repo.byId(id);
      return found && view(found);
    });
  }

  /** Not audited: reading one's own messages changes nothing anyone else sees. */
  markRead(actor: RequestActor, ids: string[] | null): Promise<number> {
    return this.db.run(actor, () => this.repo.markRead(actor.organizationId, ids));
  }

  /** To the given members of the group's year (row-level security refuses anyone else). */
  async send(
    kind: NotificationKind,
    group: Pick<EmulationGroupEntity, 'id' | 'code' | 'name'>,
    year: number,
    recipients: string[],
    details: NotificationDetails = {},
  ): Promise<void> {
    const params: NotificationParams = { groupCode: group.code, groupName: group.name, year, ...details };
    await this.repo.insert(
      [...new Set(recipients)].map((organizationId) => ({ organizationId, kind, groupId: group.id, params })),
    );
  }

  /** To every member of the group's year (or those of one role) but the actor's own organization. */
  async sendToMembers(
    actor: RequestActor,
    kind: NotificationKind,
    group: Pick<EmulationGroupEntity, 'id' | 'code' | 'name'>,
    year: number,
    details: NotificationDetails = {},
    role?: MemberRole,
  ): Promise<void> {
    const members = await this.memberships.members(group.id, year);
    const recipients = members
      .filter((m) => !role || m.role === role)
      .map((m) => m.organizationId)
      .filter((id) => id !== actor.organizationId);
    await this.send(kind, group, year, recipients, details);
  }
}

function view(n: NotificationEntity): Notification {
  const p = n.params;
  return {
    id: n.id,
    kind: n.kind,
    groupCode: p.groupCode,
    groupName: p.groupName,
    year: p.year,
    periodKind: (p.periodKind ?? null) as Notification['periodKind'],
    deadline: p.deadline ? new Date(p.deadline) : null,
    daysLeft: p.daysLeft ?? null,
    reason: p.reason ?? null,
    createdAt: n.createdAt,
    read: n.readAt !== null,
  };
}
