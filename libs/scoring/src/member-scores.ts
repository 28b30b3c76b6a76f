// Gathers the scores that may count for one member: checked like a save would, bad ones left out with a warning.
import type { CompiledRegulation, CompiledTarget } from './compiled-regulation';
import type { Units } from './fixed-point';
import type { MemberInput, MemberScoreInput } from './ranking.types';
import type { FinalScoreRule } from './regulation.schema';
import { readScore } from './score-input';
import { compareText } from './compare';
import type { TargetScores } from './score-layers';

export interface ScoreSources {
  rule: FinalScoreRule;
  headId: string | null;
  /** Format 2: the award board's scorer id, final for `scoredBy: "BOARD"` criteria. */
  boardId?: string | null;
  memberIds: ReadonlySet<string>;
  /** memberId → position in the group, for number keys when grouping scores. */
  memberIndex: ReadonlyMap<string, number>;
  /**
   * Scratch of byScorer, slots × members: the (id, scorer) keys seen, each marked with the position + 1 of the member
   * whose scores were read, so that no member needs it cleared.
   */
  seen: Int32Array;
}

/** A member's valid scores by CompiledTarget.slot: an array, since every member looks up every target. */
export type MemberScores = (TargetScores | undefined)[];

export function collectScores(
  reg: CompiledRegulation,
  sources: ScoreSources,
  member: MemberInput,
  warn: (message: string) => void,
): MemberScores {
  const bySlot: MemberScores = new Array<TargetScores | undefined>(reg.slots);
  const slot = (target: CompiledTarget): TargetScores => (bySlot[target.slot] ??= { scorers: [] });
  // Warnings wait with a sort key (self-scores "0…" before scores "1…"), so that their order never depends on
  // the order of the input.
  const warnings: [key: string, message: string][] = [];
  const who = `Đơn vị ${member.memberId}`;
  const problemsText = (problems: { message: string }[]) => problems.map((p) => p.message).join('; ');
  // Texts are built only for a score left out: this runs for every score of every member.
  const skipScore = (score: MemberScoreInput, why: string) =>
    warnings.push([
      `1${score.criterionId}\u0000${score.scorerId}`,
      `${who}: điểm mã "${score.criterionId}" do ${score.scorerId} chấm${why} — không tính`,
    ]);

  for (const id of Object.keys(member.selfScores)) {
    const self = member.selfScores[id];
    const target = reg.targets.get(id);
    if (!target) {
      warnings.push([
        `0${id}`,
        `${who}: tự chấm mã "${id}" không phải tiêu chí chấm được của quy chế — không tính`,
      ]);
      continue;
    }
    // Computed criteria come from indicators and deductions from the final scorer: their self-scores only inform.
    if (!target.takesSelfScore) continue;
    const { units, problems } = readScore(target, self, reg.scale);
    if (units === undefined) {
      warnings.push([
        `0${id}`,
        `${who}: tự chấm mã "${id}" không hợp lệ (${problemsText(problems)}) — không tính`,
      ]);
      continue;
    }
    slot(target).self = { scorerId: member.memberId, units, count: self.count ?? null, reason: null };
  }

  for (const group of byScorer(reg, sources, member)) {
    const score = Array.isArray(group) ? group[0] : group;
    const target = reg.targets.get(score.criterionId);
    const listening = target?.board
      ? listensForBoard(sources, score.scorerId)
      : listens(sources, member.memberId, score.scorerId, target?.target.kind ?? 'criterion');
    if (listening === 'no') continue;
    if (listening === 'head') {
      skipScore(
        score,
        ': tiêu chí do cơ quan thi đua – khen thưởng chấm, điểm của cụm/khối trưởng không được tính',
      );
      continue;
    }
    if (listening === 'board') {
      skipScore(score, ': Cơ quan thi đua – khen thưởng chỉ chấm các tiêu chí scoredBy BOARD');
      continue;
    }
    if (listening === 'outsider') {
      skipScore(score, ', không phải thành viên của cụm/khối');
      continue;
    }
    if (!target) {
      skipScore(score, ': mã không phải tiêu chí chấm được của quy chế');
      continue;
    }
    const first = readScore(target, score, reg.scale);
    if (
      Array.isArray(group) &&
      group.some((s) => !sameScore(s, readScore(target, s, reg.scale).units, score, first.units))
    ) {
      skipScore(score, ` có ${group.length} giá trị khác nhau`);
      continue;
    }
    if (first.units === undefined) {
      skipScore(score, ` không hợp lệ (${problemsText(first.problems)})`);
      continue;
    }
    slot(target).scorers.push({
      scorerId: score.scorerId,
      units: first.units,
      count: score.count ?? null,
      reason: score.reason ?? null,
    });
  }
  for (const [, message] of warnings.sort(([a], [b]) => compareText(a, b))) warn(message);
  return bySlot;
}

/**
 * HEAD listens to the head only; cross rules to every other member of the group, for criteria. Bonus items and
 * manual deductions are the head's under every rule: the head keeps the group's records.
 */
function listens(
  sources: ScoreSources,
  memberId: string,
  scorerId: string,
  kind: string,
): 'yes' | 'no' | 'outsider' | 'board' {
  // The board's scores count for its own criteria only (listensForBoard); a board that is also head scores as head.
  if (sources.boardId != null && scorerId === sources.boardId && scorerId !== sources.headId) return 'board';
  if (sources.rule === 'HEAD' || kind !== 'criterion') return scorerId === sources.headId ? 'yes' : 'no';
  if (scorerId === memberId) return 'no';
  return sources.memberIds.has(scorerId) ? 'yes' : 'outsider';
}

/** A `scoredBy: "BOARD"` criterion (format 2) listens to the board only, under every rule; the head is told. */
function listensForBoard(sources: ScoreSources, scorerId: string): 'yes' | 'no' | 'head' {
  if (sources.boardId != null && scorerId === sources.boardId) return 'yes';
  return scorerId === sources.headId ? 'head' : 'no';
}

/**
 * Scores grouped by (id, scorer); a group of one is the score itself. Nearly always every score is the only one of
 * its id and scorer, and the scores are their own groups: the scratch of marks tells, with no map to fill.
 */
function byScorer(
  reg: CompiledRegulation,
  { memberIndex, seen }: ScoreSources,
  { memberId, scores }: MemberInput,
): readonly (MemberScoreInput | MemberScoreInput[])[] {
  const mark = memberIndex.get(memberId)! + 1;
  let repeated = false;
  for (const score of scores) {
    const target = reg.targets.get(score.criterionId);
    const scorer = memberIndex.get(score.scorerId);
    // An id or scorer the group does not know has no number key: grouped by text below.
    if (target === undefined || scorer === undefined) repeated = true;
    else {
      const key = target.slot * memberIndex.size + scorer;
      if (seen[key] === mark) repeated = true;
      seen[key] = mark;
    }
    if (repeated) break;
  }
  if (!repeated) return scores;

  const groups = new Map<string, MemberScoreInput | MemberScoreInput[]>();
  for (const score of scores) {
    const key = `${score.criterionId}\u0000${score.scorerId}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, score);
    else if (Array.isArray(group)) group.push(score);
    else groups.set(key, [group, score]);
  }
  return [...groups.values()];
}

/** One scorer gives one score per id: repeats count once, different values cancel each other. */
function sameScore(
  a: MemberScoreInput,
  aUnits: Units | undefined,
  b: MemberScoreInput,
  bUnits: Units | undefined,
): boolean {
  const points = aUnits !== undefined && bUnits !== undefined ? aUnits === bUnits : a.points === b.points;
  return points && (a.count ?? null) === (b.count ?? null) && (a.reason ?? null) === (b.reason ?? null);
}
