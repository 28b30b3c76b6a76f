// Gathers the scores that may count for one member: checked like a save would, bad ones left out with a warning.
import type { CompiledRegulation } from './compiled-regulation';
import { parseDecimal } from './decimal';
import type { MemberInput, MemberScoreInput } from './ranking.types';
import type { FinalScoreRule } from './regulation.schema';
import { checkAgainstTarget } from './score-input';
import { compareText, type ScoreRecord, type TargetScores } from './score-layers';

export interface ScoreSources {
  rule: FinalScoreRule;
  headId: string | null;
  memberIds: ReadonlySet<string>;
}

export function collectScores(
  reg: CompiledRegulation,
  sources: ScoreSources,
  member: MemberInput,
  warn: (message: string) => void,
): Map<string, TargetScores> {
  const byTarget = new Map<string, TargetScores>();
  const slot = (id: string): TargetScores => {
    let scores = byTarget.get(id);
    if (!scores) byTarget.set(id, (scores = { scorers: [] }));
    return scores;
  };
  const who = `Đơn vị ${member.memberId}`;

  for (const id of Object.keys(member.selfScores).sort(compareText)) {
    const self = member.selfScores[id];
    const target = reg.targets.get(id);
    if (!target) {
      warn(`${who}: tự chấm mã "${id}" không phải tiêu chí chấm được của quy chế — không tính`);
      continue;
    }
    // Computed criteria come from indicators and deductions from the final scorer: their self-scores only inform.
    if (!target.takesSelfScore) continue;
    const problems = checkAgainstTarget(target, { criterionId: id, ...self }, reg.precision);
    if (problems.length > 0) {
      warn(
        `${who}: tự chấm mã "${id}" không hợp lệ (${problems.map((p) => p.message).join('; ')}) — không tính`,
      );
      continue;
    }
    slot(id).self = record(member.memberId, self.points, self.count, null);
  }

  const ordered = [...member.scores].sort((a, b) => compareText(scoreKey(a), scoreKey(b)));
  for (const group of groupByScorer(ordered.filter((s) => counts(reg, sources, member.memberId, s, warn)))) {
    const [score] = group;
    const from = `${who}: điểm mã "${score.criterionId}" do ${score.scorerId} chấm`;
    if (group.some((other) => !sameScore(other, score))) {
      warn(`${from} có ${group.length} giá trị khác nhau — không tính`);
      continue;
    }
    const target = reg.targets.get(score.criterionId);
    if (!target) {
      warn(`${from}: mã không phải tiêu chí chấm được của quy chế — không tính`);
      continue;
    }
    const problems = checkAgainstTarget(target, score, reg.precision);
    if (problems.length > 0) {
      warn(`${from} không hợp lệ (${problems.map((p) => p.message).join('; ')}) — không tính`);
      continue;
    }
    slot(score.criterionId).scorers.push(record(score.scorerId, score.points, score.count, score.reason));
  }
  return byTarget;
}

/**
 * HEAD listens to the head only; cross rules to every other member of the group, for criteria. Bonus items and
 * manual deductions are the head's under every rule: the head keeps the group's records.
 */
function counts(
  reg: CompiledRegulation,
  sources: ScoreSources,
  memberId: string,
  score: MemberScoreInput,
  warn: (message: string) => void,
): boolean {
  const kind = reg.targets.get(score.criterionId)?.target.kind ?? 'criterion';
  if (sources.rule === 'HEAD' || kind !== 'criterion') return score.scorerId === sources.headId;
  if (score.scorerId === memberId) return false;
  if (!sources.memberIds.has(score.scorerId)) {
    warn(
      `Đơn vị ${memberId}: điểm mã "${score.criterionId}" do ${score.scorerId} chấm, không phải thành viên của cụm/khối — không tính`,
    );
    return false;
  }
  return true;
}

/** A total order on scores, so that warnings and choices never depend on the input order. */
function scoreKey(score: MemberScoreInput): string {
  const points = parseDecimal(score.points)?.toFixed() ?? score.points;
  return JSON.stringify([
    score.criterionId,
    score.scorerId,
    points,
    score.count ?? null,
    score.reason ?? null,
  ]);
}

/** Sorted scores grouped by (id, scorer): one scorer gives one score per id. */
function groupByScorer(sorted: MemberScoreInput[]): MemberScoreInput[][] {
  const groups = new Map<string, MemberScoreInput[]>();
  for (const score of sorted) {
    const key = JSON.stringify([score.criterionId, score.scorerId]);
    const group = groups.get(key);
    if (group) group.push(score);
    else groups.set(key, [score]);
  }
  return [...groups.values()];
}

function sameScore(a: MemberScoreInput, b: MemberScoreInput): boolean {
  return scoreKey(a) === scoreKey(b);
}

function record(
  scorerId: string,
  points: string,
  count: number | null | undefined,
  reason: string | null | undefined,
): ScoreRecord {
  // Already checked, so the points parse.
  return { scorerId, points: parseDecimal(points)!, count: count ?? null, reason: reason ?? null };
}
