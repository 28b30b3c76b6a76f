// What a scorer may set for an id, and the check of one score before it is saved (and again when ranking).
import { compileRegulation, type CompiledTarget, type ScoreTarget } from './compiled-regulation';
import {
  cappedProduct,
  compareExact,
  parseExact,
  type Exact,
  type PointScale,
  type Units,
} from './fixed-point';
import type { RegulationProblem } from './problems';
import type { Regulation } from './regulation.schema';
import { isMarkWithdrawal, markProblems, withdrawalProblems } from './not-applicable';

export interface ScoreInput {
  criterionId: string;
  /** Exact decimal as a string, e.g. "12.5". */
  points: string;
  /** per_item only: how many items were counted. */
  count?: number | null;
  reason?: string | null;
  /**
   * Format 2: marks an `optional` criterion (leaf or parent) not applicable; `points` are then ignored. `false`
   * on an optional parent withdraws the head's mark (see isScoreMarkWithdrawal); on a leaf the points count.
   */
  notApplicable?: boolean | null;
}

export function scoreTarget(regulation: Regulation, id: string): ScoreTarget | undefined {
  return compileRegulation(regulation).targets.get(id)?.target;
}

/** A declared fact, and who sets it: the head of the year, the group's award board alone, or the portal. */
export interface FactInfo {
  id: string;
  title: string;
  setBy: 'HEAD' | 'BOARD' | 'PORTAL';
}

/** For the API's setFact: the declared fact of that id, or undefined when the regulation has none. */
export function regulationFact(regulation: Regulation, id: string): FactInfo | undefined {
  const table = compileRegulation(regulation).facts;
  const position = table?.position.get(id);
  if (table === null || position === undefined) return undefined;
  const fact = table.list[position];
  return { id: fact.id, title: fact.title, setBy: fact.setBy ?? 'HEAD' };
}

/**
 * The problems of one score before it is saved, whoever gives it (see checkScoreInputAs for the scorer's role).
 * A not-applicable mark (format 2) is checked as a mark: an optional criterion, a reason; its points are not read.
 */
export function checkScoreInput(regulation: Regulation, input: ScoreInput): RegulationProblem[] {
  const reg = compileRegulation(regulation);
  if (input.notApplicable === true) return markProblems(reg, input);
  if (isMarkWithdrawal(reg, input)) return withdrawalProblems(input);
  const target = reg.targets.get(input.criterionId);
  if (!target) return [{ path: 'criterionId', message: notScorableMessage(regulation, input.criterionId) }];
  return readScore(target, input, reg.scale).problems ?? [];
}

/** A valid score's units, or why it is not valid. */
export type ReadScore =
  { units: Units; problems?: undefined } | { units?: undefined; problems: RegulationProblem[] };

/** Checks a score against its target (the id is the target's, so the input's is not read). */
export function readScore(
  target: CompiledTarget,
  input: Omit<ScoreInput, 'criterionId'>,
  scale: PointScale,
): ReadScore {
  // Nearly every score fits the precision and is read as units directly; the others as an exact decimal, which
  // tells whether they are numbers at all and compares them with the max when they are finer than the precision.
  let units = scale.unitsOfText(input.points);
  let value: Exact | undefined;
  if (units === undefined) {
    value = parseExact(input.points);
    if (!value)
      return {
        problems: [{ path: 'points', message: 'Điểm phải là số thập phân dùng dấu chấm, ví dụ 12.5' }],
      };
    units = scale.units(value);
  }

  // Built only when something is wrong: this runs for every score of every member when ranking.
  let problems: RegulationProblem[] | undefined;
  const { kind } = target.target;

  if (units === undefined) {
    (problems ??= []).push({
      path: 'points',
      message: `Điểm chỉ được có tối đa ${scale.precision} chữ số thập phân`,
    });
  }
  // Within the precision, units compare like the values (and need no rescaling).
  // units is undefined only for a value read by parseExact (a nonzero one: 0 fits every precision).
  // Format 2 allowAboveMax: up to what the method could give (the ceiling), not the max.
  const limit = target.ceiling ?? target.max;
  const aboveMax =
    units === undefined
      ? compareExact(value!, { m: BigInt(limit), scale: scale.precision }) > 0
      : units > limit;
  const negative = units === undefined ? value!.m < 0n : units < 0;
  if (negative || aboveMax) {
    const what = kind === 'deduction' ? 'Điểm trừ' : 'Điểm';
    const message =
      target.ceiling === undefined
        ? `${what} phải từ 0 đến ${scale.vi(target.max)}`
        : `${what} phải từ 0 đến ${scale.vi(limit)} (tiêu chí được tính vượt điểm tối đa ${scale.vi(target.max)} theo allowAboveMax)`;
    (problems ??= []).push({ path: 'points', message });
  } else if (target.full !== undefined && units !== 0 && units !== target.full) {
    const what =
      kind === 'bonus'
        ? 'Khoản thưởng'
        : kind === 'deduction'
          ? 'Khoản trừ cố định'
          : 'Tiêu chí đạt/không đạt';
    (problems ??= []).push({
      path: 'points',
      message: `${what} chỉ nhận 0 hoặc ${scale.vi(target.full)} điểm`,
    });
  }

  const count = input.count ?? null;
  if (target.each !== undefined) {
    if (count === null) {
      (problems ??= []).push({
        path: 'count',
        message:
          kind === 'deduction'
            ? 'Cần nhập số lần (count) cho khoản trừ tính theo số lần'
            : 'Cần nhập số lượng (count) cho tiêu chí tính điểm theo số lần',
      });
    } else if (!Number.isSafeInteger(count) || count < 0) {
      (problems ??= []).push({ path: 'count', message: 'Số lượng phải là số nguyên không âm' });
    } else {
      const expected = cappedProduct(count, target.each, target.max);
      if (units !== expected) {
        const each = scale.vi(target.each);
        const message = `Điểm phải bằng số lượng × ${each} (tối đa ${scale.vi(target.max)}) = ${scale.vi(expected)}`;
        (problems ??= []).push({ path: 'points', message });
      }
    }
  } else if (count !== null) {
    (problems ??= []).push({
      path: 'count',
      message: 'Chỉ tiêu chí tính điểm theo số lần (per_item) mới có số lượng',
    });
  }

  if (target.target.requiresReason && !input.reason?.trim()) {
    (problems ??= []).push({
      path: 'reason',
      message: 'Điều chỉnh điểm của tiêu chí tính tự động phải có lý do',
    });
  }
  // No problem means the points parsed at the precision, so units is set.
  return problems ? { problems } : { units: units! };
}

function notScorableMessage(regulation: Regulation, id: string): string {
  const reg = compileRegulation(regulation);
  if (reg.criterionById.has(id)) {
    return `Tiêu chí "${id}" có tiêu chí con: điểm của nó là tổng điểm các tiêu chí con, không chấm trực tiếp`;
  }
  if (reg.deductions.some((d) => d.source.id === id)) {
    return `Khoản trừ "${id}" được tính tự động theo thời điểm nộp báo cáo, không chấm trực tiếp`;
  }
  return `Quy chế không có tiêu chí, khoản thưởng hay khoản trừ nào mã "${id}"`;
}

/** Who gives a score: the member itself, the head, another member (cross rules) or the award board (format 2). */
export type ScorerRole = 'SELF' | 'HEAD' | 'CROSS' | 'BOARD';

/** Format 2 `scoredBy: "BOARD"`: whether only the award board gives this criterion's final score. */
export function isBoardScored(regulation: Regulation, criterionId: string): boolean {
  return compileRegulation(regulation).targets.get(criterionId)?.board === true;
}

/** Format 2: whether this input withdraws the head's not-applicable mark on an optional parent criterion. */
export function isScoreMarkWithdrawal(regulation: Regulation, input: ScoreInput): boolean {
  return isMarkWithdrawal(compileRegulation(regulation), input);
}

/** Format 2 `optional`: whether the head may mark this criterion (a leaf or a parent) not applicable to a member. */
export function isOptionalCriterion(regulation: Regulation, criterionId: string): boolean {
  return compileRegulation(regulation).criterionById.get(criterionId)?.optional === true;
}

/**
 * checkScoreInput, and whether a scorer in that role may give it: a board-scored criterion is the board's (and the
 * member's self-score) only, the board scores nothing else; not-applicable marks are the head's; computed criteria
 * and deductions take no self-score; cross-scorers score criteria only.
 */
export function checkScoreInputAs(
  regulation: Regulation,
  input: ScoreInput,
  role: ScorerRole,
): RegulationProblem[] {
  const problems = checkScoreInput(regulation, input);
  // A scorer who may not give this score at all is told that alone: the value's problems would not help.
  const refuse = (path: string, message: string) => [{ path, message }];
  if (input.notApplicable === true) {
    return role === 'HEAD'
      ? problems
      : refuse('notApplicable', 'Chỉ cụm/khối trưởng được đánh dấu tiêu chí không áp dụng');
  }
  if (isScoreMarkWithdrawal(regulation, input)) {
    return role === 'HEAD'
      ? problems
      : refuse('notApplicable', 'Chỉ cụm/khối trưởng được bỏ đánh dấu tiêu chí không áp dụng');
  }
  const target = compileRegulation(regulation).targets.get(input.criterionId);
  if (!target) return problems;
  const { kind, id } = target.target;
  if (target.board && (role === 'HEAD' || role === 'CROSS')) {
    return refuse(
      'criterionId',
      `Tiêu chí "${id}" do cơ quan thi đua – khen thưởng chấm (scoredBy BOARD): ${role === 'HEAD' ? 'cụm/khối trưởng' : 'đơn vị chấm chéo'} không chấm tiêu chí này`,
    );
  }
  if (role === 'BOARD' && !target.board) {
    return refuse('criterionId', 'Cơ quan thi đua – khen thưởng chỉ chấm các tiêu chí scoredBy BOARD');
  }
  if (role === 'SELF' && !target.takesSelfScore) {
    return refuse(
      'criterionId',
      kind === 'deduction'
        ? `Khoản trừ "${id}" do cụm/khối trưởng chấm, không tự chấm`
        : `Tiêu chí "${id}" được tính tự động từ số liệu: không nhận điểm tự chấm`,
    );
  }
  if (role === 'CROSS' && kind !== 'criterion') {
    return refuse('criterionId', 'Khoản thưởng và khoản trừ do cụm/khối trưởng chấm, không chấm chéo');
  }
  return problems;
}
