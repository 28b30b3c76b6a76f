// Which score counts for a member and an id, per scoring.final: head's score, or the (trimmed) mean of cross-scores.
import { formatDecimal, formatVi, ZERO, type Decimal } from './decimal';
import type { ExplanationScore } from './ranking.types';
import type { FinalScoreRule } from './regulation.schema';

export interface ScoreRecord {
  scorerId: string;
  points: Decimal;
  count: number | null;
  reason: string | null;
}

/** The valid scores for one member and id: the self-score and those of the scorers the rule listens to. */
export interface TargetScores {
  self?: ScoreRecord;
  scorers: ScoreRecord[];
}

export interface FinalScore {
  /** Exact: a mean is rounded with the criterion, not here. */
  points: Decimal;
  unreviewed: boolean;
  scores: ExplanationScore[];
  note: string;
}

/**
 * `full` marks all-or-nothing ids (pass_fail, bonus items): a mean of cross-scores is granted in full
 * when at least half the weight says so, since a fraction of a pass would break the rule "0 or max".
 */
export function finalScore(
  rule: FinalScoreRule,
  scores: TargetScores,
  full?: Decimal,
): FinalScore | undefined {
  if (scores.scorers.length === 0) {
    if (!scores.self) return undefined;
    const who = rule === 'HEAD' ? 'cụm/khối trưởng chưa chấm' : 'chưa có điểm chấm chéo';
    return {
      points: scores.self.points,
      unreviewed: true,
      scores: [explain(scores.self, 'self')],
      note: `Điểm tự chấm ${formatVi(scores.self.points)} (${who})`,
    };
  }
  if (rule === 'HEAD') {
    const [head] = scores.scorers;
    const why = head.reason ? ` (lý do: ${head.reason})` : '';
    const note = `Điểm của cụm/khối trưởng ${formatVi(head.points)}${why}`;
    return {
      points: head.points,
      unreviewed: false,
      scores: withSelf(scores, [explain(head, 'head')]),
      note,
    };
  }

  const ordered = [...scores.scorers].sort(
    (a, b) => a.points.cmp(b.points) || compareText(a.scorerId, b.scorerId),
  );
  const trim = rule === 'CROSS_TRIMMED_MEAN' && ordered.length >= 3;
  const kept = trim ? ordered.slice(1, -1) : ordered;
  const mean = kept.reduce((sum, s) => sum.plus(s.points), ZERO).div(kept.length);
  const dropped = trim ? new Set([ordered[0], ordered[ordered.length - 1]]) : new Set<ScoreRecord>();
  const explained = [...scores.scorers]
    .sort((a, b) => compareText(a.scorerId, b.scorerId))
    .map((s) => (dropped.has(s) ? { ...explain(s, 'cross'), dropped: true } : explain(s, 'cross')));

  let note = trim
    ? `Trung bình điểm chấm chéo của ${kept.length} đơn vị sau khi bỏ một điểm cao nhất (${formatVi(ordered[ordered.length - 1].points)}) và một điểm thấp nhất (${formatVi(ordered[0].points)}): ${formatVi(mean)}`
    : `Trung bình điểm chấm chéo của ${kept.length} đơn vị: ${formatVi(mean)}`;
  if (rule === 'CROSS_TRIMMED_MEAN' && !trim)
    note += ' (dưới 3 điểm chấm nên không bỏ điểm cao nhất, thấp nhất)';
  let points = mean;
  if (full) {
    points = mean.gte(full.div(2)) ? full : ZERO;
    note += `; đạt khi trung bình từ ${formatVi(full.div(2))} trở lên: ${points.isZero() ? 'không đạt' : 'đạt'}`;
  }
  return { points, unreviewed: false, scores: withSelf(scores, explained), note };
}

/** Plain code-unit order: the same everywhere, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function explain(record: ScoreRecord, role: ExplanationScore['role']): ExplanationScore {
  const explained: ExplanationScore = {
    scorerId: record.scorerId,
    role,
    points: formatDecimal(record.points),
  };
  if (record.count !== null) explained.count = record.count;
  if (record.reason !== null) explained.reason = record.reason;
  return explained;
}

/** The self-score is shown beside the final one so a member sees where they differ. */
function withSelf(scores: TargetScores, explained: ExplanationScore[]): ExplanationScore[] {
  return scores.self ? [explain(scores.self, 'self'), ...explained] : explained;
}
