// Format 2 not-applicable marks: the head marks an `optional` criterion (a leaf, or a parent with its subtree) not
// applicable to a member, with a reason; its points are then ignored. Checked here as a save would check them.
import { compareText } from './compare';
import type { CompiledRegulation } from './compiled-regulation';
import type { RegulationProblem } from './problems';
import type { MemberInput } from './ranking.types';

/** The marks that count for a member: criterion index → the head's reason. */
export type NotApplicableMarks = ReadonlyMap<number, string>;

/** The problems of one mark, [] when it may be saved (the scorer's role is checked by the caller). */
export function markProblems(
  reg: CompiledRegulation,
  mark: { criterionId: string; reason?: string | null },
): RegulationProblem[] {
  const criterion = reg.criterionById.get(mark.criterionId);
  if (!criterion) {
    return [{ path: 'criterionId', message: `Quy chế không có tiêu chí nào mã "${mark.criterionId}"` }];
  }
  const problems: RegulationProblem[] = [];
  if (!criterion.optional) {
    problems.push({
      path: 'notApplicable',
      message: `Tiêu chí "${criterion.id}" không phải tiêu chí tùy chọn (optional): không thể đánh dấu không áp dụng`,
    });
  }
  if (!mark.reason?.trim()) {
    problems.push({ path: 'reason', message: 'Đánh dấu tiêu chí không áp dụng phải có lý do' });
  }
  return problems;
}

/**
 * Whether a score input withdraws the head's mark on an optional parent criterion (`notApplicable: false`): a
 * parent has no score of its own, so the withdrawal deletes the mark (a leaf's mark is replaced by its points).
 */
export function isMarkWithdrawal(
  reg: CompiledRegulation,
  input: { criterionId: string; notApplicable?: boolean | null },
): boolean {
  return (
    input.notApplicable === false &&
    !reg.targets.has(input.criterionId) &&
    reg.criterionById.get(input.criterionId)?.optional === true
  );
}

/** The problems of a withdrawal (see isMarkWithdrawal): a reason, as for the mark. */
export function withdrawalProblems(mark: { reason?: string | null }): RegulationProblem[] {
  return mark.reason?.trim()
    ? []
    : [{ path: 'reason', message: 'Bỏ đánh dấu tiêu chí không áp dụng phải có lý do' }];
}

/** The member's scores without its marks, or undefined when it has none (nearly always: nothing is copied). */
export function withoutMarks(member: MemberInput): MemberInput | undefined {
  let any = false;
  for (const score of member.scores) if (score.notApplicable === true) any = true;
  return any ? { ...member, scores: member.scores.filter((s) => s.notApplicable !== true) } : undefined;
}

/** The head's valid marks among a member's scores; the others left out with a warning, in a stable order. */
export function readMarks(
  reg: CompiledRegulation,
  headId: string | null,
  member: MemberInput,
  warn: (message: string) => void,
): NotApplicableMarks {
  const marks = new Map<number, string>();
  const warnings: string[] = [];
  for (const score of member.scores) {
    if (score.notApplicable !== true) continue;
    const skip = (why: string) =>
      warnings.push(
        `Đơn vị ${member.memberId}: đánh dấu không áp dụng tiêu chí "${score.criterionId}" do ${score.scorerId} gửi ${why} — không tính`,
      );
    if (score.scorerId !== headId) {
      skip('(chỉ cụm/khối trưởng được đánh dấu)');
      continue;
    }
    const problems = markProblems(reg, score);
    if (problems.length > 0) {
      skip(`không hợp lệ (${problems.map((p) => p.message).join('; ')})`);
      continue;
    }
    const { index } = reg.criterionById.get(score.criterionId)!;
    const reason = score.reason!.trim();
    // Two marks of one criterion: the reason first in text order, whatever the order of the input.
    const known = marks.get(index);
    if (known === undefined || compareText(reason, known) < 0) marks.set(index, reason);
  }
  for (const message of warnings.sort(compareText)) warn(message);
  return marks;
}
