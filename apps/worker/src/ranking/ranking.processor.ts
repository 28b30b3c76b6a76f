import { Inject, Injectable, Logger } from '@nestjs/common';
import { loadRankingInputs, RankingEntryData, RankingSnapshotEntity } from '@thidua/db';
import { JobPayloads } from '@thidua/jobs';
import { rankGroup } from '@thidua/scoring';
import { DataSource } from 'typeorm';
import { JobHandler } from '../job-handler';
import { WORKER_DATA_SOURCE } from '../worker.tokens';

/**
 * Recomputes one group × period from the database (payloads carry ids only) and writes a new snapshot
 * only when the inputs changed. Runs are serialised per period by an advisory lock, so a redelivered or
 * concurrent job computes from the latest committed inputs and never writes a stale version.
 */
@Injectable()
export class RankingProcessor implements JobHandler<'ranking'> {
  private readonly logger = new Logger(RankingProcessor.name);

  constructor(@Inject(WORKER_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async handle({ periodId }: JobPayloads['ranking']): Promise<{ written: boolean; version: number }> {
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ranking:${periodId}`]);
      const now = new Date();
      const { period, input, hash } = await loadRankingInputs(em, periodId, now);
      const latest = await em.findOne(RankingSnapshotEntity, {
        where: { periodId },
        order: { version: 'DESC' },
      });
      // Published results are locked until the board sends them back; unchanged inputs need no new version.
      const locked = period.state === 'PUBLISHED' || period.state === 'REVIEWED';
      if (latest && (locked || latest.inputHash === hash)) return { written: false, version: latest.version };
      const result = rankGroup(input);
      const entries: RankingEntryData[] = result.entries.map((e) => ({
        organizationId: e.memberId,
        rank: e.rank,
        total: e.total,
        band: e.band,
        proposals: e.proposals,
        needsDecision: e.needsDecision,
        // Format 2 (the engine fills them once it lands; format 1 entries have none).
        facts: e.facts ?? [],
        tieDecisionBy: e.tieDecisionBy ?? null,
        breakdown: {
          criteriaPoints: e.criteriaPoints,
          bonusPoints: e.bonusPoints,
          deductionPoints: e.deductionPoints,
          votes: e.votes,
          voteResults: e.voteResults,
          awardDecisions: e.awardDecisions,
          unreviewed: e.unreviewed,
          summary: e.summary,
          lines: e.breakdown,
          warnings: result.warnings,
        },
      }));
      const version = (latest?.version ?? 0) + 1;
      await em.save(
        RankingSnapshotEntity,
        em.create(RankingSnapshotEntity, {
          groupId: period.groupId,
          year: period.year,
          kind: period.kind,
          periodId,
          version,
          inputHash: hash,
          entries,
          computedAt: now,
        }),
      );
      this.logger.log(`ranking ${period.groupId}/${period.year}/${period.kind} → version ${version}`);
      return { written: true, version };
    });
  }
}
