// validateRegulation: shape problems from zod, then every meaning rule of REGULATION.md, each with its JSON path.
import { Decimal, fromNumber, formatVi, ZERO } from './decimal';
import { MAX_POINT_UNITS } from './fixed-point';
import { deductionKind } from './deduction-kinds';
import { checkFormat1MemberFields, checkMemberRules, usesBandExtras } from './member-rules.validation';
import { checkDescending, validateMethod } from './methods/index';
import { formatPath, type RegulationProblem } from './problems';
import {
  criterionSchema,
  regulationSchema,
  regulationSections,
  type Criterion,
  type Regulation,
  type RegulationSections,
} from './regulation.schema';
import { problemsFromZod, vietnameseErrorMap } from './schema-messages';
import { checkCriterionRules, checkNormalize, hasAboveMax } from './criterion-rules';
import { checkFormat1Fields } from './format2-fields';
import { checkIndicatorDeclarations, checkIndicatorNames } from './regulation-indicators';

export type ValidationResult =
  | { ok: true; regulation: Regulation; warnings: RegulationProblem[] }
  | { ok: false; problems: RegulationProblem[]; warnings: RegulationProblem[] };

type Path = readonly PropertyKey[];
type SectionName = keyof RegulationSections;
/** The well-formed sections, and which ones they are (an absent optional bonus is well-formed too). */
interface Sections extends Partial<RegulationSections> {
  known: ReadonlySet<SectionName>;
  /** When the criteria section is malformed: its well-formed top-level criteria, at their positions. */
  someCriteria?: { index: number; criterion: Criterion }[];
}
const ALL_SECTIONS = new Set(Object.keys(regulationSections) as SectionName[]);

class Findings {
  readonly problems: RegulationProblem[] = [];
  readonly warnings: RegulationProblem[] = [];
  problem(path: Path, message: string): void {
    this.problems.push({ path: formatPath(path), message });
  }
  warning(path: Path, message: string): void {
    this.warnings.push({ path: formatPath(path), message });
  }
}

export function validateRegulation(doc: unknown): ValidationResult {
  const findings = new Findings();
  const parsed = regulationSchema.safeParse(doc, { error: vietnameseErrorMap });
  if (!parsed.success) findings.problems.push(...problemsFromZod(parsed.error));
  checkIndicatorNames(doc, (path, message) => findings.problem(path, message));
  checkFormat1Fields(doc, (path, message) => findings.problem(path, message));
  checkMeaning(parsed.success ? { ...parsed.data, known: ALL_SECTIONS } : parseSectionsAlone(doc), findings);
  checkFormat1MemberFields(doc, (path, message) => findings.problem(path, message));

  if (parsed.success && findings.problems.length === 0) {
    return { ok: true, regulation: parsed.data, warnings: findings.warnings };
  }
  return { ok: false, problems: findings.problems, warnings: findings.warnings };
}

/** When the whole document fails, the sections that are well-formed still get their meaning checked. */
function parseSectionsAlone(doc: unknown): Sections {
  const known = new Set<SectionName>();
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { known };
  const raw = doc as Record<string, unknown>;
  const sections: Record<string, unknown> = {};
  for (const name of ALL_SECTIONS) {
    const result = regulationSections[name].safeParse(raw[name]);
    if (result.success) {
      sections[name] = result.data;
      known.add(name);
    }
  }
  const someCriteria =
    known.has('criteria') || !Array.isArray(raw.criteria) ? undefined : wellFormedCriteria(raw.criteria);
  return { ...(sections as Partial<RegulationSections>), known, someCriteria };
}

function wellFormedCriteria(raw: unknown[]): { index: number; criterion: Criterion }[] {
  return raw.flatMap((element, index) => {
    const result = criterionSchema.safeParse(element);
    return result.success ? [{ index, criterion: result.data }] : [];
  });
}

function checkMeaning(s: Sections, findings: Findings): void {
  const precision = s.scoring?.precision;
  // The ranking counts points in units of 10^-precision held as safe integers (fixed-point.ts): a bound per number.
  const limit = precision === undefined ? undefined : new Decimal(MAX_POINT_UNITS).div(10 ** precision);
  const checkDecimals = (value: number, path: Path): void => {
    if (precision !== undefined && fromNumber(value).decimalPlaces() > precision) {
      findings.problem(
        path,
        `Số điểm ${formatVi(value)} có nhiều hơn ${precision} chữ số thập phân (scoring.precision)`,
      );
    }
    if (limit !== undefined && fromNumber(value).gt(limit)) {
      findings.problem(path, `Số điểm ${formatVi(value)} vượt giới hạn ${formatVi(limit)} điểm của hệ thống`);
    }
  };
  // Criteria, bonus items and deductions share one id space: a score names any of them by id.
  const scoringIds = new Map<string, string>();
  const claimId = (id: string, path: Path): void => {
    const first = scoringIds.get(id);
    if (first !== undefined) findings.problem(path, `Mã "${id}" đã được dùng tại ${first}`);
    else scoringIds.set(id, formatPath(path));
  };

  if (s.periods) checkPeriods(s.periods, findings);
  if (s.indicators)
    checkIndicatorDeclarations(s.indicators, (path, message) => findings.problem(path, message));
  const criteria = s.criteria?.map((criterion, index) => ({ index, criterion })) ?? s.someCriteria ?? [];
  for (const { index, criterion } of criteria) {
    checkCriterion(criterion, ['criteria', index], findings, claimId, checkDecimals);
  }
  if (s.scoring) checkNormalize(s.scoring, s.criteria, findings);
  if (s.bonus) {
    const bonusMax = fromNumber(s.bonus.max);
    checkDecimals(s.bonus.max, ['bonus', 'max']);
    s.bonus.items.forEach((item, i) => {
      claimId(item.id, ['bonus', 'items', i, 'id']);
      checkDecimals(item.points, ['bonus', 'items', i, 'points']);
      if (fromNumber(item.points).gt(bonusMax)) {
        findings.problem(
          ['bonus', 'items', i, 'points'],
          `Điểm của khoản thưởng (${formatVi(item.points)}) vượt quá mức thưởng tối đa (${formatVi(s.bonus!.max)})`,
        );
      }
    });
  }
  if (s.deductions) checkDeductions(s.deductions, findings, claimId, checkDecimals);

  const reachable = s.criteria && s.known.has('bonus') ? reachableTotal(s.criteria, s.bonus) : undefined;
  if (reachable && limit !== undefined && reachable.gt(limit)) {
    findings.problem(
      ['criteria'],
      `Tổng điểm cao nhất có thể đạt (${formatVi(reachable)}, kể cả điểm thưởng) vượt giới hạn ${formatVi(limit)} điểm của hệ thống`,
    );
  }
  // Format 2 allowAboveMax: the excess has no fixed ceiling, so no band or award threshold is out of reach.
  const ceiling = s.criteria && hasAboveMax(s.criteria) ? undefined : reachable;
  if (s.bands) checkBands(s.bands, ceiling, findings);
  if (s.voting?.enabled && s.voting.threshold === undefined) {
    findings.problem(['voting', 'threshold'], 'Thiếu ngưỡng biểu quyết (threshold) khi bật biểu quyết');
  }
  if (s.awards) checkAwards(s, s.awards, ceiling, findings);
  if (s.tieBreaks) checkTieBreaks(s, s.tieBreaks, findings);
  checkMemberRules(s, findings, checkDecimals);
}

function checkPeriods(periods: RegulationSections['periods'], findings: Findings): void {
  const seen = new Map<string, number>();
  periods.forEach((period, i) => {
    const first = seen.get(period.kind);
    if (first !== undefined)
      findings.problem(['periods', i, 'kind'], `Kỳ ${period.kind} đã được khai báo tại periods[${first}]`);
    else seen.set(period.kind, i);
  });
  const h1 = seen.get('H1');
  const fy = seen.get('FY');
  if (
    h1 !== undefined &&
    fy !== undefined &&
    Date.parse(periods[h1].deadline) >= Date.parse(periods[fy].deadline)
  ) {
    findings.problem(
      ['periods', h1, 'deadline'],
      'Hạn nộp kỳ sơ kết (H1) phải trước hạn nộp kỳ tổng kết (FY)',
    );
  }
}

function checkCriterion(
  criterion: Criterion,
  path: Path,
  findings: Findings,
  claimId: (id: string, path: Path) => void,
  checkDecimals: (value: number, path: Path) => void,
): void {
  claimId(criterion.id, [...path, 'id']);
  checkDecimals(criterion.max, [...path, 'max']);
  checkCriterionRules(criterion, path, findings);
  const max = fromNumber(criterion.max);
  const { children, method } = criterion;

  if (children) {
    if (method) {
      findings.problem(
        [...path, 'method'],
        'Tiêu chí có tiêu chí con không được có phương pháp chấm (method): điểm của nó là tổng điểm các tiêu chí con',
      );
    }
    const sum = children.reduce((acc, child) => acc.plus(fromNumber(child.max)), ZERO);
    if (sum.gt(max)) {
      findings.problem(
        [...path, 'max'],
        `Tổng điểm tối đa của các tiêu chí con (${formatVi(sum)}) vượt quá điểm tối đa của tiêu chí (${formatVi(max)})`,
      );
    } else if (sum.lt(max)) {
      findings.warning(
        [...path, 'max'],
        `Tổng điểm tối đa của các tiêu chí con (${formatVi(sum)}) nhỏ hơn điểm tối đa (${formatVi(max)}): tiêu chí không thể đạt điểm tối đa`,
      );
    }
    children.forEach((child, i) =>
      checkCriterion(child, [...path, 'children', i], findings, claimId, checkDecimals),
    );
    return;
  }

  if (!method) {
    findings.problem([...path, 'method'], 'Tiêu chí không có tiêu chí con phải có phương pháp chấm (method)');
    return;
  }
  validateMethod(method, {
    path: [...path, 'method'],
    max,
    problem: (at, message) => findings.problem(at, message),
    warning: (at, message) => findings.warning(at, message),
    checkDecimals,
    allowAboveMax: criterion.allowAboveMax === true,
  });
}

function checkDeductions(
  deductions: RegulationSections['deductions'],
  findings: Findings,
  claimId: (id: string, path: Path) => void,
  checkDecimals: (value: number, path: Path) => void,
): void {
  const automaticKinds = new Set<string>();
  deductions.forEach((deduction, i) => {
    const path = ['deductions', i];
    claimId(deduction.id, [...path, 'id']);
    const kind = deductionKind(deduction.kind);
    for (const [field, value] of kind.numbers(deduction)) checkDecimals(value, [...path, field]);
    // Two late (or missing) rules would charge the same report twice.
    if (kind.once) {
      if (automaticKinds.has(deduction.kind)) {
        findings.problem([...path, 'kind'], `Chỉ được có một khoản trừ loại "${deduction.kind}"`);
      }
      automaticKinds.add(deduction.kind);
    }
  });
}

function checkBands(
  bands: RegulationSections['bands'],
  reachable: Decimal | undefined,
  findings: Findings,
): void {
  const labels = new Map<string, number>();
  bands.forEach((band, i) => {
    const first = labels.get(band.label);
    if (first !== undefined)
      findings.problem(['bands', i, 'label'], `Xếp loại "${band.label}" đã có tại bands[${first}]`);
    else labels.set(band.label, i);
    const bound = band.min ?? band.gt;
    if (reachable && bound !== undefined && fromNumber(bound).gt(reachable)) {
      findings.warning(
        ['bands', i, band.min === undefined ? 'gt' : 'min'],
        `Không thể đạt xếp loại "${band.label}": tổng điểm cao nhất có thể đạt là ${formatVi(reachable)}`,
      );
    }
  });
  // Format 2 bounds (gt, require) are checked in member-rules.validation.ts.
  if (usesBandExtras(bands)) return;
  checkDescending(
    bands as { min: number }[],
    ['bands'],
    findings,
    (min) => `Tổng điểm dưới ${min} không được xếp loại`,
  );
}

function checkAwards(
  s: Sections,
  awards: RegulationSections['awards'],
  reachable: Decimal | undefined,
  findings: Findings,
): void {
  const positions = new Map<string, number>();
  awards.forEach((award, i) => {
    const first = positions.get(award.id);
    if (first !== undefined)
      findings.problem(
        ['awards', i, 'id'],
        `Mã danh hiệu "${award.id}" đã được dùng tại awards[${first}].id`,
      );
    else positions.set(award.id, i);
  });

  awards.forEach((award, i) => {
    const path = ['awards', i];
    const { quota, eligibility } = award;
    if (quota.byCategory === undefined && (quota.count === undefined) === (quota.percent === undefined)) {
      findings.problem(
        [...path, 'quota'],
        'Chỉ tiêu phải có đúng một trong hai: count (số suất) hoặc percent (tỷ lệ % số thành viên)',
      );
    } else if (quota.count !== undefined && quota.rounding !== undefined) {
      findings.problem(
        [...path, 'quota', 'rounding'],
        'Cách làm tròn (rounding) chỉ dùng với chỉ tiêu theo tỷ lệ (percent)',
      );
    }
    if (
      eligibility.minBand !== undefined &&
      s.bands &&
      !s.bands.some((band) => band.label === eligibility.minBand)
    ) {
      findings.problem(
        [...path, 'eligibility', 'minBand'],
        `Không có xếp loại "${eligibility.minBand}" trong bands`,
      );
    }
    if (eligibility.requiresVote && s.voting && !s.voting.enabled) {
      findings.problem(
        [...path, 'eligibility', 'requiresVote'],
        'Danh hiệu yêu cầu biểu quyết nhưng quy chế không bật biểu quyết (voting.enabled)',
      );
    }
    if (eligibility.minTotal !== undefined && reachable && fromNumber(eligibility.minTotal).gt(reachable)) {
      findings.problem(
        [...path, 'eligibility', 'minTotal'],
        `Không thể đạt: tổng điểm cao nhất có thể đạt là ${formatVi(reachable)}`,
      );
    }
    award.excludes.forEach((excluded, k) => {
      const at = [...path, 'excludes', k];
      const position = positions.get(excluded);
      if (excluded === award.id) findings.problem(at, 'Danh hiệu không thể loại trừ chính nó');
      else if (position === undefined) findings.problem(at, `Không có danh hiệu mã "${excluded}"`);
      else if (position > i) {
        findings.warning(
          at,
          `Danh hiệu "${excluded}" được xét sau nên điều kiện loại trừ này không có tác dụng (các danh hiệu được xét theo thứ tự liệt kê)`,
        );
      }
    });
  });
}

function checkTieBreaks(s: Sections, tieBreaks: RegulationSections['tieBreaks'], findings: Findings): void {
  const criterionIds = s.criteria ? new Set(allCriteria(s.criteria).map((c) => c.id)) : undefined;
  const seen = new Set<string>();
  tieBreaks.forEach((tieBreak, i) => {
    const path = ['tieBreaks', i];
    const key = JSON.stringify(tieBreak);
    if (seen.has(key)) findings.warning(path, 'Tiêu chí phân định bị lặp lại: không có tác dụng');
    seen.add(key);

    if (tieBreak.type === 'criterion' && criterionIds && !criterionIds.has(tieBreak.id)) {
      findings.problem([...path, 'id'], `Không có tiêu chí mã "${tieBreak.id}"`);
    }
    if (tieBreak.type === 'bonus' && s.known.has('bonus') && s.bonus === undefined) {
      findings.warning(path, 'Quy chế không có điểm thưởng: tiêu chí phân định này không có tác dụng');
    }
    if (tieBreak.type === 'vote') {
      if (s.voting && !s.voting.enabled) {
        findings.problem(
          [...path, 'type'],
          'Không thể phân định bằng phiếu bầu khi quy chế không bật biểu quyết (voting.enabled)',
        );
      }
      if (tieBreak.awardId !== undefined && s.awards) {
        const award = s.awards.find((a) => a.id === tieBreak.awardId);
        if (!award) findings.problem([...path, 'awardId'], `Không có danh hiệu mã "${tieBreak.awardId}"`);
        else if (!award.eligibility.requiresVote) {
          findings.problem(
            [...path, 'awardId'],
            `Danh hiệu "${tieBreak.awardId}" không có bỏ phiếu (requiresVote)`,
          );
        }
      }
    }
  });
}

/** Every criterion of the tree, parents before their children. */
function allCriteria(criteria: readonly Criterion[]): Criterion[] {
  return criteria.flatMap((c) => [c, ...allCriteria(c.children ?? [])]);
}

/** The highest total a member can reach: every top-level maximum plus the bonus cap. */
function reachableTotal(criteria: readonly Criterion[], bonus: RegulationSections['bonus']): Decimal {
  const scale = criteria.reduce((sum, c) => sum.plus(fromNumber(c.max)), ZERO);
  return bonus ? scale.plus(fromNumber(bonus.max)) : scale;
}
