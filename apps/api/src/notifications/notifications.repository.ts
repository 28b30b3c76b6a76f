import { Injectable } from '@nestjs/common';
import { NotificationEntity, TenantDb } from '@thidua/db';
import { In, IsNull } from 'typeorm';

export type NewNotification = Pick<NotificationEntity, 'organizationId' | 'kind' | 'groupId' | 'params'>;

/** Row-level security keeps every read and mark to the actor's own organization. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: TenantDb) {}

  latest(organizationId: string, unreadOnly: boolean, first: number) {
    return this.db.em.find(NotificationEntity, {
      where: { organizationId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: first,
    });
  }

  byId(id: string) {
    return this.db.em.findOneBy(NotificationEntity, { id });
  }

  unread(organizationId: string) {
    return this.db.em.count(NotificationEntity, { where: { organizationId, readAt: IsNull() } });
  }

  async markRead(organizationId: string, ids: string[] | null): Promise<number> {
    const marked = await this.db.em
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where({ organizationId, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) })
      .execute();
    return marked.affected ?? 0;
  }

  /** Without RETURNING: the sender may write a recipient's notification but not read it back. */
  async insert(rows: NewNotification[]): Promise<void> {
    if (!rows.length) return;
    await this.db.em
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(rows)
      .updateEntity(false)
      .execute();
  }
}
