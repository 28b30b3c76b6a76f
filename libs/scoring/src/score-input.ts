// What a scorer may set for an id, and the check of one score before it is saved (and again when ranking).
import { compileRegulation, type CompiledTarget, type ScoreTarget } from './compiled-regulation';
import { compareExact, parseExact, type PointScale } from './fixed-point';
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
  return readScore(target, input, reg.scale).problems;
}

/** Checks a score against its target; `units` is set when the score is valid. */
export function readScore(
  target: CompiledTarget,
  input: ScoreInput,
  scale: PointScale,
): { units?: bigint; problems: RegulationProblem[] } {
  const value = parseExact(input.points);
  if (!value)
    return { problems: [{ path: 'points', message: 'Điểm phải là số thập phân dùng dấu chấm, ví dụ 12.5' }] };

  const problems: RegulationProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  const { kind, method } = target.target;
  const units = scale.units(value);

  if (units === undefined) problem('points', `Điểm chỉ được có tối đa ${scale.precision} chữ số thập phân`);
  if (value.m < 0n || compareExact(value, scale.exact(target.max)) > 0) {
    problem('points', `${kind === 'deduction' ? 'Điểm trừ' : 'Điểm'} phải từ 0 đến ${scale.vi(target.max)}`);
  } else if (target.full !== undefined && value.m !== 0n && units !== target.full) {
    const what = kind === 'bonus' ? 'Khoản thưởng' : 'Tiêu chí đạt/không đạt';
    problem('points', `${what} chỉ nhận 0 hoặc ${scale.vi(target.full)} điểm`);
  }

  const count = input.count ?? null;
  if (method === 'per_item' && target.each !== undefined) {
    if (count === null) problem('count', 'Cần nhập số lượng (count) cho tiêu chí tính điểm theo số lần');
    else if (!Number.isSafeInteger(count) || count < 0)
      problem('count', 'Số lượng phải là số nguyên không âm');
    else {
      const counted = target.each * BigInt(count);
      const expected = counted < target.max ? counted : target.max;
      if (units !== expected) {
        problem(
          'points',
          `Điểm phải bằng số lượng × ${scale.vi(target.each)} (tối đa ${scale.vi(target.max)}) = ${scale.vi(expected)}`,
        );
      }
    }
  } else if (count !== null) {
    problem('count', 'Chỉ tiêu chí tính điểm theo số lần (per_item) mới có số lượng');
  }

  if (target.target.requiresReason && !input.reason?.trim()) {
    problem('reason', 'Điều chỉnh điểm của tiêu chí tính tự động phải có lý do');
  }
  return problems.length === 0 ? { units, problems } : { problems };
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
