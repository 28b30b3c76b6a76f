// Which score counts for a member and an id, per scoring.final: head's score, or the (trimmed) mean of cross-scores.
import { compareText } from './compare';
import { viText, type PointScale, type Units } from './fixed-point';
import type { ExplanationScore } from './ranking.types';
import type { FinalScoreRule } from './regulation.schema';

export interface ScoreRecord {
  scorerId: string;
  units: Units;
  count: number | null;
  reason: string | null;
}

/** The valid scores for one member and id: the self-score and those of the scorers the rule listens to. */
export interface TargetScores {
  self?: ScoreRecord;
  scorers: ScoreRecord[];
}

export interface FinalScore {
  /** Exact points num / den units: a mean is rounded with the criterion, not here. */
  num: Units;
  den: number;
  unreviewed: boolean;
  scores: ExplanationScore[];
  note: string;
}

/**
 * `full` marks all-or-nothing ids (pass_fail): a mean of cross-scores is granted in full when it reaches half,
 * since a fraction of a pass would break the rule "0 or max".
 */
export function finalScore(
  rule: FinalScoreRule | 'BOARD',
  scores: TargetScores,
  scale: PointScale,
  full?: Units,
): FinalScore | undefined {
  if (scores.scorers.length === 0) {
    if (!scores.self) return undefined;
    const who =
      rule === 'HEAD'
        ? 'cụm/khối trưởng chưa chấm'
        : rule === 'BOARD'
          ? 'cơ quan thi đua – khen thưởng chưa chấm'
          : 'chưa có điểm chấm chéo';
    return {
      num: scores.self.units,
      den: 1,
      unreviewed: true,
      scores: [explain(scale, scores.self, 'self')],
      note: `Điểm tự chấm ${scale.vi(scores.self.units)} (${who})`,
    };
  }
  // BOARD (format 2 scoredBy): one scorer, the group's award board, as the head is under HEAD.
  if (rule === 'HEAD' || rule === 'BOARD') {
    const [head] = scores.scorers;
    const why = head.reason ? ` (lý do: ${head.reason})` : '';
    const headScore = explain(scale, head, rule === 'HEAD' ? 'head' : 'board');
    // The whole prefix is one constant: this runs for every scored line.
    const whose = rule === 'HEAD' ? 'Điểm của cụm/khối trưởng ' : 'Điểm của cơ quan thi đua – khen thưởng ';
    return {
      num: head.units,
      den: 1,
      unreviewed: false,
      // The self-score is shown beside the final one so a member sees where they differ (as withSelf).
      scores: scores.self ? [explain(scale, scores.self, 'self'), headScore] : [headScore],
      note: whose + scale.vi(head.units) + why,
    };
  }

  const ordered = [...scores.scorers].sort(
    (a, b) => a.units - b.units || compareText(a.scorerId, b.scorerId),
  );
  const trim = rule === 'CROSS_TRIMMED_MEAN' && ordered.length >= 3;
  const kept = trim ? ordered.slice(1, -1) : ordered;
  const sum = kept.reduce((total, s) => total + s.units, 0);
  const n = kept.length;
  const dropped = trim ? new Set([ordered[0], ordered[ordered.length - 1]]) : new Set<ScoreRecord>();
  const explained = [...scores.scorers]
    .sort((a, b) => compareText(a.scorerId, b.scorerId))
    .map((s) => explain(scale, s, 'cross', dropped.has(s)));

  const mean = viFraction(scale, sum, n);
  let note = trim
    ? `Trung bình điểm chấm chéo của ${kept.length} đơn vị sau khi bỏ một điểm cao nhất (${scale.vi(ordered[ordered.length - 1].units)}) và một điểm thấp nhất (${scale.vi(ordered[0].units)}): ${mean}`
    : `Trung bình điểm chấm chéo của ${kept.length} đơn vị: ${mean}`;
  if (rule === 'CROSS_TRIMMED_MEAN' && !trim)
    note += ' (dưới 3 điểm chấm nên không bỏ điểm cao nhất, thấp nhất)';
  if (full === undefined)
    return { num: sum, den: n, unreviewed: false, scores: withSelf(scale, scores, explained), note };

  const passed = 2 * sum >= n * full;
  note += `; đạt khi trung bình từ ${viFraction(scale, full, 2)} trở lên: ${passed ? 'đạt' : 'không đạt'}`;
  return {
    num: passed ? full : 0,
    den: 1,
    unreviewed: false,
    scores: withSelf(scale, scores, explained),
    note,
  };
}

/** num / den units in Vietnamese reading form, exact ("7,5") or cut ("8,666…"). */
function viFraction(scale: PointScale, num: Units, den: number): string {
  return den === 1 ? scale.vi(num) : viText(scale.fractionText(num, den));
}

function explain(
  scale: PointScale,
  record: ScoreRecord,
  role: ExplanationScore['role'],
  dropped = false,
): ExplanationScore {
  const { scorerId, count, reason } = record;
  const points = scale.text(record.units);
  // Built whole where it can be: a property added afterwards costs another allocation, for every score.
  if (reason === null && !dropped) {
    return count === null ? { scorerId, role, points } : { scorerId, role, points, count };
  }
  const explained: ExplanationScore = { scorerId, role, points };
  if (count !== null) explained.count = count;
  if (reason !== null) explained.reason = reason;
  if (dropped) explained.dropped = true;
  return explained;
}

/** The self-score is shown first, beside the final ones, so a member sees where they differ. */
function withSelf(
  scale: PointScale,
  scores: TargetScores,
  explained: ExplanationScore[],
): ExplanationScore[] {
  if (scores.self) explained.unshift(explain(scale, scores.self, 'self'));
  return explained;
}
