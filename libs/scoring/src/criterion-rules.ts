// Format 2 criterion-level fields (allowAboveMax, optional, scoredBy, scoring.normalize): their meaning checks.
import type { Criterion, RegulationSections } from './regulation.schema';
import { mayExceedMax } from './methods/index';

type Path = readonly PropertyKey[];
interface Report {
  problem(path: Path, message: string): void;
  warning(path: Path, message: string): void;
}

/** The checks of one criterion's own format 2 fields (its method and children are checked where format 1 does). */
export function checkCriterionRules(criterion: Criterion, path: Path, report: Report): void {
  if (criterion.allowAboveMax === true) {
    if (criterion.children) {
      report.problem(
        [...path, 'allowAboveMax'],
        'Chỉ tiêu chí lá chấm theo phương pháp linear mới được allowAboveMax; điểm vượt của tiêu chí con tự được cộng lên tiêu chí cha',
      );
    } else if (criterion.method && !mayExceedMax(criterion.method.type)) {
      report.problem(
        [...path, 'allowAboveMax'],
        `Chỉ tiêu chí chấm theo phương pháp linear mới được allowAboveMax, không dùng với "${criterion.method.type}"`,
      );
    }
  }
  if (criterion.scoredBy !== undefined && criterion.children) {
    report.problem(
      [...path, 'scoredBy'],
      'Chỉ tiêu chí lá mới có người chấm riêng (scoredBy): điểm của tiêu chí cha là tổng điểm các tiêu chí con',
    );
  }
}

/** scoring.normalize needs an optional criterion to have any effect. */
export function checkNormalize(
  scoring: RegulationSections['scoring'],
  criteria: readonly Criterion[] | undefined,
  report: Report,
): void {
  if (scoring.normalize === undefined || criteria === undefined) return;
  const anyOptional = (list: readonly Criterion[]): boolean =>
    list.some((c) => c.optional === true || anyOptional(c.children ?? []));
  if (!anyOptional(criteria)) {
    report.warning(
      ['scoring', 'normalize'],
      'Không có tiêu chí tùy chọn (optional) nào: quy đổi theo tiêu chí áp dụng (normalize) không có tác dụng',
    );
  }
}

/** Whether some criterion may score above its max (allowAboveMax), so that totals have no fixed ceiling. */
export function hasAboveMax(criteria: readonly Criterion[]): boolean {
  return criteria.some((c) => c.allowAboveMax === true || hasAboveMax(c.children ?? []));
}
