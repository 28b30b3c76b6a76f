// Meaning checks of format 2's member-level rules (facts, classification bands, bandRules, fact and decision
// tie-breaks, award facts, mostVotes, quotas per category, fixed and per_item deductions), called from
// regulation.validation.ts. Every problem has its JSON path and a Vietnamese message.
import { formatVi } from './decimal';
import type { Report } from './methods/checks';
import type { Band, RegulationSections } from './regulation.schema';
import { PORTAL_FACTS } from './facts';

type Path = readonly PropertyKey[];

export interface MemberRuleSections extends Partial<RegulationSections> {
  known: ReadonlySet<keyof RegulationSections>;
}

export function checkMemberRules(
  s: MemberRuleSections,
  report: Report,
  checkDecimals: (value: number, path: Path) => void,
): void {
  const factIds = s.known.has('facts') ? checkFacts(s, report) : undefined;
  const declared = (id: string, path: Path) => {
    if (factIds && !factIds.has(id)) report.problem(path, `Không có dữ kiện mã "${id}" trong facts`);
  };
  if (s.scoring?.deductionsMax !== undefined)
    checkDecimals(s.scoring.deductionsMax, ['scoring', 'deductionsMax']);
  s.deductions?.forEach((deduction, i) => {
    if (deduction.kind === 'withoutFact') declared(deduction.fact, ['deductions', i, 'fact']);
    if (deduction.kind === 'per_item' && deduction.points > deduction.max) {
      report.warning(
        ['deductions', i, 'points'],
        `Điểm trừ mỗi lần (${formatVi(deduction.points)}) lớn hơn mức trừ tối đa (${formatVi(deduction.max)})`,
      );
    }
  });
  if (s.bands && usesBandExtras(s.bands)) checkBandBounds(s.bands, report);
  if (s.bandRules) checkBandRules(s, s.bandRules, report, declared);
  s.tieBreaks?.forEach((tieBreak, i) => {
    if (tieBreak.type === 'fact') declared(tieBreak.id, ['tieBreaks', i, 'id']);
    if (tieBreak.type === 'decision' && i !== s.tieBreaks!.length - 1) {
      report.problem(
        ['tieBreaks', i],
        'Phân định bằng quyết định (decision) chỉ được đặt cuối cùng trong tieBreaks',
      );
    }
  });
  s.awards?.forEach((award, i) => {
    const path = ['awards', i];
    const { requiresFacts = [], blockedByFacts = [] } = award.eligibility;
    requiresFacts.forEach((id, k) => declared(id, [...path, 'eligibility', 'requiresFacts', k]));
    blockedByFacts.forEach((id, k) => {
      declared(id, [...path, 'eligibility', 'blockedByFacts', k]);
      if (requiresFacts.includes(id)) {
        report.problem(
          [...path, 'eligibility', 'blockedByFacts', k],
          `Dữ kiện "${id}" vừa là điều kiện bắt buộc vừa là điều kiện loại trừ: không đơn vị nào đạt được`,
        );
      }
    });
    if (award.selection === 'mostVotes' && !award.eligibility.requiresVote) {
      report.problem(
        [...path, 'selection'],
        'Chọn theo số phiếu (mostVotes) chỉ dùng cho danh hiệu có biểu quyết (eligibility.requiresVote)',
      );
    }
    const { byCategory } = award.quota;
    if (byCategory !== undefined) {
      if (award.quota.count !== undefined || award.quota.percent !== undefined) {
        report.problem(
          [...path, 'quota'],
          'Chỉ tiêu theo loại đơn vị (byCategory) không dùng cùng count hoặc percent',
        );
      }
      // With count, the format 1 check already refuses it; with percent, the line above does.
      if (
        award.quota.rounding !== undefined &&
        award.quota.count === undefined &&
        award.quota.percent === undefined
      ) {
        report.problem(
          [...path, 'quota', 'rounding'],
          'Cách làm tròn (rounding) chỉ dùng với chỉ tiêu theo tỷ lệ (percent)',
        );
      }
      if (Object.keys(byCategory).length === 0) {
        report.problem(
          [...path, 'quota', 'byCategory'],
          'Chỉ tiêu theo loại đơn vị phải có ít nhất một loại',
        );
      }
    }
  });
}

function checkFacts(s: MemberRuleSections, report: Report): Set<string> {
  const ids = new Map<string, number>();
  s.facts?.forEach((fact, i) => {
    const first = ids.get(fact.id);
    if (first !== undefined)
      report.problem(['facts', i, 'id'], `Mã dữ kiện "${fact.id}" đã được dùng tại facts[${first}].id`);
    else ids.set(fact.id, i);
    if (fact.setBy === 'PORTAL' && !(PORTAL_FACTS as readonly string[]).includes(fact.id))
      report.problem(
        ['facts', i, 'setBy'],
        `Dữ kiện do hệ thống tự ghi nhận (setBy PORTAL) chỉ có thể là ${PORTAL_FACTS.join(' hoặc ')}, không phải "${fact.id}"`,
      );
  });
  return new Set(ids.keys());
}

/** A band's bound as an order: gt x lies above min x. */
function boundOf(band: Band): { value: number; strict: boolean } | undefined {
  if (band.gt !== undefined) return { value: band.gt, strict: true };
  return band.min === undefined ? undefined : { value: band.min, strict: false };
}

/** Exactly one of min / gt; a require with a condition; bounds from high to low (equal only below a require). */
export function checkBandBounds(bands: readonly Band[], report: Report): void {
  bands.forEach((band, i) => {
    if (band.min !== undefined && band.gt !== undefined) {
      report.problem(['bands', i], 'Mức xếp loại chỉ được có một trong hai: min (từ) hoặc gt (trên)');
    } else if (band.min === undefined && band.gt === undefined) {
      report.problem(['bands', i], 'Mức xếp loại phải có min (từ) hoặc gt (trên)');
    }
    if (band.require && !band.require.noZeroLeaf && band.require.minLeafRatio === undefined) {
      report.problem(['bands', i, 'require'], 'Điều kiện (require) phải có noZeroLeaf hoặc minLeafRatio');
    }
    const bound = boundOf(band);
    const above = i > 0 ? bands[i - 1] : undefined;
    const upper = above && boundOf(above);
    if (!bound || !upper) return;
    const order = upper.value - bound.value || Number(upper.strict) - Number(bound.strict);
    if (order < 0 || (order === 0 && !above!.require)) {
      report.problem(
        ['bands', i, band.gt !== undefined ? 'gt' : 'min'],
        `Các mức xếp loại phải xếp từ cao xuống thấp: ${describe(bound)} không thấp hơn mức trước (${describe(upper)})`,
      );
    }
  });
  const lowest = bands.at(-1);
  if (lowest?.require) {
    report.warning(
      ['bands', bands.length - 1, 'require'],
      'Mức xếp loại thấp nhất có điều kiện (require): đơn vị không đạt điều kiện sẽ không được xếp loại',
    );
  }
  const bound = lowest && boundOf(lowest);
  if (bound && (bound.value > 0 || bound.strict)) {
    const value = formatVi(bound.value);
    report.warning(
      ['bands', bands.length - 1, bound.strict ? 'gt' : 'min'],
      bound.strict
        ? `Tổng điểm từ ${value} trở xuống không được xếp loại`
        : `Tổng điểm dưới ${value} không được xếp loại`,
    );
  }
}

/** Bands that format 1's check of min values cannot read: a gt, a require, or no min. */
export function usesBandExtras(bands: readonly Band[]): boolean {
  return bands.some((band) => band.min === undefined || band.gt !== undefined || band.require !== undefined);
}

function describe(bound: { value: number; strict: boolean }): string {
  return `${bound.strict ? 'trên' : 'từ'} ${formatVi(bound.value)}`;
}

function checkBandRules(
  s: MemberRuleSections,
  rules: NonNullable<RegulationSections['bandRules']>,
  report: Report,
  declared: (id: string, path: Path) => void,
): void {
  const ids = new Map<string, number>();
  const labels = s.bands ? s.bands.map((band) => band.label) : undefined;
  rules.forEach((rule, i) => {
    const path = ['bandRules', i];
    const first = ids.get(rule.id);
    if (first !== undefined)
      report.problem([...path, 'id'], `Mã quy tắc "${rule.id}" đã được dùng tại bandRules[${first}].id`);
    else ids.set(rule.id, i);
    if ('fact' in rule.if) declared(rule.if.fact, [...path, 'if', 'fact']);
    const [field, label] =
      'setBand' in rule.effect ? ['setBand', rule.effect.setBand] : ['maxBand', rule.effect.maxBand];
    const position = labels?.indexOf(label);
    if (position === -1) {
      report.problem([...path, 'effect', field], `Không có xếp loại "${label}" trong bands`);
    } else if (
      field === 'setBand' &&
      'fact' in rule.if &&
      position !== undefined &&
      position < labels!.length - 1
    ) {
      // REGULATION.md: setBand applies whatever the total, so a fact may lift a member this way.
      report.warning(
        [...path, 'effect', 'setBand'],
        `Quy tắc đặt xếp loại "${label}" theo dữ kiện có thể nâng xếp loại của đơn vị có điểm thấp hơn`,
      );
    }
  });
}

const FORMAT2_ONLY = 'Trường này chỉ dùng trong quy chế format 2 ("format": 2)';

/**
 * A format 1 document keeps exactly its format 1 meaning: the member-level fields format 2 adds are refused in it,
 * each at its path, so that the author knows to write "format": 2. Reads the raw document (nothing for format 2).
 */
export function checkFormat1MemberFields(doc: unknown, problem: (path: Path, message: string) => void): void {
  if (!isRecord(doc) || doc.format !== 1) return;
  for (const field of ['facts', 'bandRules']) if (doc[field] !== undefined) problem([field], FORMAT2_ONLY);
  if (isRecord(doc.scoring) && doc.scoring.deductionsMax !== undefined) {
    problem(['scoring', 'deductionsMax'], FORMAT2_ONLY);
  }
  each(doc.deductions, (deduction, i) => {
    if (deduction.kind === 'fixed' || deduction.kind === 'per_item' || deduction.kind === 'withoutFact') {
      problem(
        ['deductions', i, 'kind'],
        `Khoản trừ loại "${deduction.kind}" chỉ dùng trong quy chế format 2 ("format": 2)`,
      );
    }
  });
  each(doc.bands, (band, i) => {
    for (const field of ['gt', 'require'])
      if (band[field] !== undefined) problem(['bands', i, field], FORMAT2_ONLY);
  });
  each(doc.tieBreaks, (tieBreak, i) => {
    if (tieBreak.type === 'fact' || tieBreak.type === 'decision') {
      problem(
        ['tieBreaks', i, 'type'],
        `Phân định loại "${tieBreak.type}" chỉ dùng trong quy chế format 2 ("format": 2)`,
      );
    }
  });
  each(doc.awards, (award, i) => {
    if (award.selection !== undefined) problem(['awards', i, 'selection'], FORMAT2_ONLY);
    if (isRecord(award.quota) && award.quota.byCategory !== undefined) {
      problem(['awards', i, 'quota', 'byCategory'], FORMAT2_ONLY);
    }
    if (isRecord(award.eligibility)) {
      for (const field of ['requiresFacts', 'blockedByFacts']) {
        if (award.eligibility[field] !== undefined)
          problem(['awards', i, 'eligibility', field], FORMAT2_ONLY);
      }
    }
  });
}

function each(list: unknown, visit: (item: Record<string, unknown>, index: number) => void): void {
  if (Array.isArray(list)) list.forEach((item, i) => isRecord(item) && visit(item, i));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
