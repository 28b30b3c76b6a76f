// What a scorer may set for an id, and the check of one score before it is saved (and again when ranking).
import { compileRegulation, type CompiledTarget, type ScoreTarget } from './compiled-regulation';
import { formatVi, minDecimal, parseDecimal } from './decimal';
import type { RegulationProblem } from './problems';
import type { Regulation } from './regulation.schema';

export interface ScoreInput {
  criterionId: string;
  /** Exact decimal as a string, e.g. "12.5". */
  points: string;
  /** per_item only: how many items were counted. */
  count?: number | null;
  reason?: string | null;
}

export function scoreTarget(regulation: Regulation, id: string): ScoreTarget | undefined {
  return compileRegulation(regulation).targets.get(id)?.target;
}

export function checkScoreInput(regulation: Regulation, input: ScoreInput): RegulationProblem[] {
  const reg = compileRegulation(regulation);
  const target = reg.targets.get(input.criterionId);
  if (!target) return [{ path: 'criterionId', message: notScorableMessage(regulation, input.criterionId) }];
  return checkAgainstTarget(target, input, reg.precision);
}

/** The checks proper, for callers that already hold the compiled target. */
export function checkAgainstTarget(
  target: CompiledTarget,
  input: ScoreInput,
  precision: number,
): RegulationProblem[] {
  const points = parseDecimal(input.points);
  if (!points) return [{ path: 'points', message: 'Điểm phải là số thập phân dùng dấu chấm, ví dụ 12.5' }];

  const problems: RegulationProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  const { kind, method } = target.target;

  if (points.decimalPlaces() > precision)
    problem('points', `Điểm chỉ được có tối đa ${precision} chữ số thập phân`);
  if (points.isNeg() || points.gt(target.max)) {
    const what = kind === 'deduction' ? 'Điểm trừ' : 'Điểm';
    problem('points', `${what} phải từ 0 đến ${formatVi(target.max)}`);
  } else if (target.full && !points.isZero() && !points.eq(target.full)) {
    const what = kind === 'bonus' ? 'Khoản thưởng' : 'Tiêu chí đạt/không đạt';
    problem('points', `${what} chỉ nhận 0 hoặc ${formatVi(target.full)} điểm`);
  }

  const count = input.count ?? null;
  if (target.pointsEach && method === 'per_item') {
    if (count === null) problem('count', 'Cần nhập số lượng (count) cho tiêu chí tính điểm theo số lần');
    else if (!Number.isSafeInteger(count) || count < 0)
      problem('count', 'Số lượng phải là số nguyên không âm');
    else {
      const expected = minDecimal(target.pointsEach.times(count), target.max);
      if (!points.eq(expected)) {
        problem(
          'points',
          `Điểm phải bằng số lượng × ${formatVi(target.pointsEach)} (tối đa ${formatVi(target.max)}) = ${formatVi(expected)}`,
        );
      }
    }
  } else if (count !== null) {
    problem('count', 'Chỉ tiêu chí tính điểm theo số lần (per_item) mới có số lượng');
  }

  if (target.target.requiresReason && !input.reason?.trim()) {
    problem('reason', 'Điều chỉnh điểm của tiêu chí tính tự động phải có lý do');
  }
  return problems;
}

function notScorableMessage(regulation: Regulation, id: string): string {
  const reg = compileRegulation(regulation);
  if (reg.criterionById.has(id)) {
    return `Tiêu chí "${id}" có tiêu chí con: điểm của nó là tổng điểm các tiêu chí con, không chấm trực tiếp`;
  }
  if (reg.deductionMax.has(id)) {
    return `Khoản trừ "${id}" được tính tự động theo thời điểm nộp báo cáo, không chấm trực tiếp`;
  }
  return `Quy chế không có tiêu chí, khoản thưởng hay khoản trừ nào mã "${id}"`;
}
