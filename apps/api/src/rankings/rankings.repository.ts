import { Injectable } from '@nestjs/common';
import {
  PeriodKind,
  RankingSnapshotDetail,
  RankingSnapshotEntity,
  SubmissionEntity,
  SubmissionGroupEntity,
  TenantDb,
} from '@thidua/db';
import { In, IsNull, Not } from 'typeorm';
import { updatedOne } from '../database/updated';

@Injectable()
export class RankingsRepository {
  constructor(private readonly db: TenantDb) {}

  latest(periodId: string, publishedOnly: boolean) {
    return this.db.em.findOne(RankingSnapshotEntity, {
      where: { periodId, ...(publishedOnly ? { publishedAt: Not(IsNull()) } : {}) },
      order: { version: 'DESC' },
    });
  }

  byId(id: string) {
    return this.db.em.findOneBy(RankingSnapshotEntity, { id });
  }

  /** A column the other reads leave out (`select: false`), by organization id. */
  async detail<D extends RankingSnapshotDetail>(id: string, detail: D) {
    const row = await this.db.em.findOne(RankingSnapshotEntity, {
      select: { id: true, [detail]: true },
      where: { id },
    });
    return (row?.[detail] ?? {}) as NonNullable<RankingSnapshotEntity[D]>;
  }

  publishedForGroups(groupIds: string[], year: number) {
    if (groupIds.length === 0) return Promise.resolve([]);
    return this.db.em
      .createQueryBuilder(RankingSnapshotEntity, 'r')
      .distinctOn(['r.period_id'])
      .where({ groupId: In(groupIds), year, publishedAt: Not(IsNull()) })
      .orderBy('r.period_id')
      .addOrderBy('r.version', 'DESC')
      .getMany();
  }

  update(
    id: string,
    patch: Partial<
      Pick<
        RankingSnapshotEntity,
        'publishedAt' | 'reviewState' | 'reviewReason' | 'decisionNumber' | 'reviewedAt'
      >
    >,
  ) {
    return updatedOne(this.db.em.update(RankingSnapshotEntity, { id }, patch));
  }

  /** Publishing accepts every submitted report of the period addressed to the group. */
  async acceptSubmissions(groupId: string, year: number, kind: PeriodKind) {
    const ids = (await this.db.em.findBy(SubmissionGroupEntity, { groupId, year })).map(
      (d) => d.submissionId,
    );
    if (ids.length)
      await this.db.em.update(
        SubmissionEntity,
        { id: In(ids), kind, state: 'SUBMITTED' },
        { state: 'ACCEPTED' },
      );
  }
}
