// Gathers the scores that may count for one member: checked like a save would, bad ones left out with a warning.
import type { CompiledRegulation } from './compiled-regulation';
import type { MemberInput, MemberScoreInput } from './ranking.types';
import type { FinalScoreRule } from './regulation.schema';
import { readScore } from './score-input';
import { compareText } from './compare';
import type { TargetScores } from './score-layers';

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
  const problemsText = (problems: { message: string }[]) => problems.map((p) => p.message).join('; ');

  for (const id of Object.keys(member.selfScores).sort(compareText)) {
    const self = member.selfScores[id];
    const target = reg.targets.get(id);
    if (!target) {
      warn(`${who}: tự chấm mã "${id}" không phải tiêu chí chấm được của quy chế — không tính`);
      continue;
    }
    // Computed criteria come from indicators and deductions from the final scorer: their self-scores only inform.
    if (!target.takesSelfScore) continue;
    const { units, problems } = readScore(
      target,
      { criterionId: id, points: self.points, count: self.count },
      reg.scale,
    );
    if (units === undefined) {
      warn(`${who}: tự chấm mã "${id}" không hợp lệ (${problemsText(problems)}) — không tính`);
      continue;
    }
    slot(id).self = { scorerId: member.memberId, units, count: self.count ?? null, reason: null };
  }

  for (const group of byScorer(member.scores)) {
    const [score] = group;
    const target = reg.targets.get(score.criterionId);
    if (!listens(sources, member.memberId, score, target?.target.kind ?? 'criterion', warn)) continue;
    const from = `${who}: điểm mã "${score.criterionId}" do ${score.scorerId} chấm`;
    if (!target) {
      warn(`${from}: mã không phải tiêu chí chấm được của quy chế — không tính`);
      continue;
    }
    const read = group.map((s) => readScore(target, s, reg.scale));
    if (group.some((s, i) => !sameScore(s, read[i].units, score, read[0].units))) {
      warn(`${from} có ${group.length} giá trị khác nhau — không tính`);
      continue;
    }
    const { units, problems } = read[0];
    if (units === undefined) {
      warn(`${from} không hợp lệ (${problemsText(problems)}) — không tính`);
      continue;
    }
    slot(score.criterionId).scorers.push({
      scorerId: score.scorerId,
      units,
      count: score.count ?? null,
      reason: score.reason ?? null,
    });
  }
  return byTarget;
}

/**
 * HEAD listens to the head only; cross rules to every other member of the group, for criteria. Bonus items and
 * manual deductions are the head's under every rule: the head keeps the group's records.
 */
function listens(
  sources: ScoreSources,
  memberId: string,
  score: MemberScoreInput,
  kind: string,
  warn: (message: string) => void,
): boolean {
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

/** Scores grouped by (id, scorer) in a fixed order, so that warnings never depend on the input order. */
function byScorer(scores: readonly MemberScoreInput[]): MemberScoreInput[][] {
  const groups = new Map<string, MemberScoreInput[]>();
  for (const score of scores) {
    const key = `${score.criterionId}\u0000${score.scorerId}`;
    const group = groups.get(key);
    if (group) group.push(score);
    else groups.set(key, [score]);
  }
  return [...groups.keys()].sort(compareText).map((key) => groups.get(key)!);
}

/** One scorer gives one score per id: repeats count once, different values cancel each other. */
function sameScore(
  a: MemberScoreInput,
  aUnits: bigint | undefined,
  b: MemberScoreInput,
  bUnits: bigint | undefined,
): boolean {
  const points = aUnits !== undefined && bUnits !== undefined ? aUnits === bUnits : a.points === b.points;
  return points && (a.count ?? null) === (b.count ?? null) && (a.reason ?? null) === (b.reason ?? null);
}
