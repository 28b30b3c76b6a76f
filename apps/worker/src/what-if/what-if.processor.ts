import { Inject, Injectable } from '@nestjs/common';
import { loadRankingInputs, RankingSnapshotEntity } from '@thidua/db';
import { JobPayloads, WhatIfChanges, WhatIfPosition, WhatIfReply } from '@thidua/jobs';
import { MemberInput, OwnScore, RankingEntry, RankingInput, whatIf, whatIfOwn } from '@thidua/scoring';
import { DataSource, IsNull, Not } from 'typeorm';
import { JobHandler } from '../job-handler';
import { WORKER_DATA_SOURCE } from '../worker.tokens';

/**
 * Answers "what would my rank be" in the worker, which may read every member's inputs: the API's role
 * cannot (row-level security), and the reply carries only the asking member's own position. It reveals
 * nothing the member may not already see: against the published ranking when the inputs are still the ones
 * it was published from, otherwise from the member's own data alone (no rank, relative_to_leader pending).
 */
@Injectable()
export class WhatIfProcessor implements JobHandler<'what-if'> {
  constructor(@Inject(WORKER_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async handle({ periodId, memberId, changes }: JobPayloads['what-if']): Promise<WhatIfReply> {
    // Read-only transaction: a what-if never writes.
    const { input, published } = await this.dataSource.transaction('REPEATABLE READ', async (em) => {
      await em.query('SET TRANSACTION READ ONLY');
      const loaded = await loadRankingInputs(em, periodId, new Date());
      const snapshot = await em.findOne(RankingSnapshotEntity, {
        select: { id: true, inputHash: true },
        where: { periodId, publishedAt: Not(IsNull()) },
        order: { version: 'DESC' },
      });
      return { input: loaded.input, published: snapshot?.inputHash === loaded.hash };
    });
    const member = input.members.find((m) => m.memberId === memberId);
    if (!member) throw new Error(`${memberId} is not a member of this period's group`);
    const hypothetical = applyChanges(input, member, changes);
    if (published) {
      const { before, after } = whatIf(input, memberId, hypothetical);
      return { basis: 'PUBLISHED', before: position(before), after: position(after), pending: [] };
    }
    const { before, after } = whatIfOwn(input, memberId, hypothetical);
    return {
      basis: 'OWN_DATA',
      before: ownPosition(before),
      after: ownPosition(after),
      pending: [...new Set([...before.pending, ...after.pending])],
    };
  }
}

/** The hypothetical final points replace whatever scores the criterion had, as if the final scorer gave them. */
export function applyChanges(
  input: RankingInput,
  member: MemberInput,
  changes: WhatIfChanges,
): Partial<MemberInput> {
  const indicators = { ...member.indicators };
  for (const [key, fields] of Object.entries(changes.indicators ?? {}))
    indicators[key] = { ...indicators[key], ...fields };
  const changed = new Set((changes.criteria ?? []).map((c) => c.criterionId));
  const scorers =
    input.regulation.scoring.final === 'HEAD'
      ? [input.headId ?? member.memberId]
      : input.members.filter((m) => m.memberId !== member.memberId).map((m) => m.memberId);
  const scores = [
    ...member.scores.filter((s) => !changed.has(s.criterionId)),
    ...(changes.criteria ?? []).flatMap((c) =>
      scorers.map((scorerId) => ({
        scorerId,
        criterionId: c.criterionId,
        points: c.points,
        count: c.count ?? null,
        reason: 'Giả định',
      })),
    ),
  ];
  const selfScores = { ...member.selfScores };
  for (const c of changes.criteria ?? [])
    selfScores[c.criterionId] = { points: c.points, count: c.count ?? null };
  return { indicators, scores, selfScores };
}

const position = (e: RankingEntry): WhatIfPosition => ({
  rank: e.rank,
  total: e.total,
  band: e.band,
  proposals: e.proposals,
});

/** Award proposals depend on the rank: none without one. */
const ownPosition = (s: OwnScore): WhatIfPosition => ({
  rank: null,
  total: s.total,
  band: s.band,
  proposals: [],
});
