import { Inject, Injectable, Logger } from '@nestjs/common';
import { loadRankingInputs, RankingEntryData } from '@thidua/db';
import { JobPayloads } from '@thidua/jobs';
import { rankGroup } from '@thidua/scoring';
import { DataSource, EntityManager } from 'typeorm';
import { JobHandler } from '../job-handler';
import { WORKER_DATA_SOURCE } from '../worker.tokens';

/** A superseded version stays this long, for a read that has its summary and asks for its details next. */
export const PRUNE_GRACE_SECONDS = 10;
/** Versions pruned by one run at most, so a long backlog of old versions never makes one run slow. */
export const PRUNE_BATCH = 100;

export interface RankingResult {
  written: boolean;
  version: number;
  /** A recompute that started after the job's changes had been read already covered them. */
  covered?: true;
}

/**
 * Recomputes one group × period from the database (payloads carry ids only) and writes a new snapshot
 * only when the inputs changed. Runs are serialised per period by an advisory lock, so a redelivered or
 * concurrent job computes from the latest committed inputs and never writes a stale version.
 *
 * Coalescing (docs/adr/0007-coalesced-rankings.md): each run draws a number from ranking_request_seq before
 * it reads anything and records it in ranking_run with its result. A job whose request number (drawn by the
 * relay after it read the job's changes) is below the recorded one is dropped: that run saw its changes. So
 * the changes arriving while a run waits or runs cost one more run, however many there are and however
 * many worker processes share the queue; state in PostgreSQL, committed with the snapshot, not in Redis.
 */
@Injectable()
export class RankingProcessor implements JobHandler<'ranking'> {
  private readonly logger = new Logger(RankingProcessor.name);

  constructor(@Inject(WORKER_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async handle({ periodId, request }: JobPayloads['ranking']): Promise<RankingResult> {
    // Checked once before waiting for the lock (a run holding it may cover the job) and once holding it.
    const covered = await this.covered(this.dataSource.manager, periodId, request);
    if (covered) return covered;
    const result = await this.dataSource.transaction(async (em): Promise<RankingResult> => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ranking:${periodId}`]);
      const coveredMeanwhile = await this.covered(em, periodId, request);
      if (coveredMeanwhile) return coveredMeanwhile;
      // Drawn before the inputs are read: a job numbered below it is for changes this run sees.
      const [{ started }]: { started: string }[] = await em.query(
        `SELECT nextval('ranking_request_seq')::text AS started`,
      );
      const now = new Date();
      const { period, input, hash } = await loadRankingInputs(em, periodId, now);
      await em.query(
        `INSERT INTO ranking_run (period_id, group_id, started_request) VALUES ($1, $2, $3)
         ON CONFLICT (period_id) DO UPDATE SET started_request = excluded.started_request`,
        [periodId, period.groupId, started],
      );
      const latest = await latestVersion(em, periodId);
      // Published results are locked until the board sends them back (for good once its decision closes the period); unchanged inputs need no new version.
      const locked = period.state === 'PUBLISHED' || period.state === 'REVIEWED' || period.state === 'CLOSED';
      if (latest && (locked || latest.inputHash === hash)) return { written: false, version: latest.version };
      const result = rankGroup(input);
      const entries: RankingEntryData[] = [];
      const breakdowns: Record<string, unknown> = {};
      const awardDecisions: Record<string, unknown[]> = {};
      for (const e of result.entries) {
        entries.push({
          organizationId: e.memberId,
          rank: e.rank,
          total: e.total,
          band: e.band,
          proposals: e.proposals,
          needsDecision: e.needsDecision,
          // Format 2 (the engine fills them once it lands; format 1 entries have none).
          facts: e.facts ?? [],
          tieDecisionBy: e.tieDecisionBy ?? null,
          ...(e.underExplanation.length ? { underExplanation: e.underExplanation } : {}),
        });
        awardDecisions[e.memberId] = e.awardDecisions;
        breakdowns[e.memberId] = {
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
        };
      }
      const version = (latest?.version ?? 0) + 1;
      // One parameterised INSERT: an entity save deep-copies the 400 KB to 5 MB of JSON (a third of a run's time).
      await em.query(
        `INSERT INTO ranking_snapshot (group_id, year, kind, period_id, version, input_hash, entries, breakdowns,
                                       award_decisions, computed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::json, $9::jsonb, $10)`,
        [
          period.groupId,
          period.year,
          period.kind,
          periodId,
          version,
          hash,
          JSON.stringify(entries),
          JSON.stringify(breakdowns),
          JSON.stringify(awardDecisions),
          now,
        ],
      );
      this.logger.log(`ranking ${period.groupId}/${period.year}/${period.kind} → version ${version}`);
      return { written: true, version };
    });
    // After the commit, which makes the new version readable: pruning is no part of a score's latency.
    if (result.written) await prune(this.dataSource.manager, periodId);
    return result;
  }

  private async covered(
    em: EntityManager,
    periodId: string,
    request: string | undefined,
  ): Promise<RankingResult | null> {
    if (request === undefined) return null;
    const [run]: { started_request: string }[] = await em.query(
      `SELECT started_request FROM ranking_run WHERE period_id = $1`,
      [periodId],
    );
    if (!run || BigInt(request) > BigInt(run.started_request)) return null;
    return { written: false, version: (await latestVersion(em, periodId))?.version ?? 0, covered: true };
  }
}

/** The two columns a recompute compares, never the entries. */
async function latestVersion(em: EntityManager, periodId: string) {
  const [row]: { version: number; input_hash: string }[] = await em.query(
    `SELECT version, input_hash FROM ranking_snapshot WHERE period_id = $1 ORDER BY version DESC LIMIT 1`,
    [periodId],
  );
  return row && { version: row.version, inputHash: row.input_hash };
}

/**
 * Unpublished versions superseded more than the grace ago: below the newest version computed before then.
 * The latest is never below it, and the worker's DELETE policy keeps published ones out of reach.
 */
async function prune(em: EntityManager, periodId: string) {
  await em.query(
    `DELETE FROM ranking_snapshot WHERE id IN (
       SELECT id FROM ranking_snapshot
        WHERE period_id = $1 AND published_at IS NULL
          AND version < (SELECT max(version) FROM ranking_snapshot
                          WHERE period_id = $1 AND computed_at < now() - make_interval(secs => $2))
        ORDER BY version LIMIT $3)`,
    [periodId, PRUNE_GRACE_SECONDS, PRUNE_BATCH],
  );
}
