// Classification bands of format 2 beyond format 1's "first min ≤ total": `gt` bounds, `require` conditions on the
// leaf criteria, and bandRules (setBand / maxBand) on facts or a missing report (REGULATION.md, Format 2).
import type { CompiledCriterion } from './compiled-regulation';
import {
  divide,
  exactFromNumber,
  exactText,
  pow10,
  viText,
  type PointScale,
  type Units,
} from './fixed-point';
import type { ExplanationLine } from './ranking.types';
import type { Band, BandRule } from './regulation.schema';

export interface CompiledBand {
  label: string;
  /** Totals of at least minUnits are within the band's bound: `gt` x is read as the least units above x. */
  minUnits: Units;
  /** The bound as members read it (min or gt). */
  minVi: string;
  /** The bound in a sentence: "từ 95" (min) or "trên 95" (gt). */
  bound: string;
  require?: CompiledRequire;
}

export interface CompiledRequire {
  noZeroLeaf: boolean;
  /** minLeafRatio: the least points of each leaf (by CompiledCriterion.index), ratio × max rounded up; else null. */
  leafMin: Units[] | null;
  /** minLeafRatio as members read it ("50%"). */
  ratioVi: string | null;
}

export interface CompiledBandRule {
  id: string;
  title: string;
  /** The fact whose truth fires the rule, or null for `missing`. */
  fact: string | null;
  effect: 'setBand' | 'maxBand';
  /** Position of the named band in CompiledRegulation.bands. */
  bandIndex: number;
}

export function compileBand(
  band: Band,
  scale: PointScale,
  criteria: readonly CompiledCriterion[],
): CompiledBand {
  const strict = band.gt !== undefined;
  const bound = exactFromNumber(band.gt ?? band.min!);
  const minVi = viText(exactText(bound));
  // Totals are whole units: > x is ≥ floor(x) + 1 unit, ≥ x is ≥ ceil(x).
  const exact = scale.units(bound);
  const minUnits = !strict
    ? scale.ceilUnits(bound)
    : exact !== undefined
      ? exact + 1
      : Number(divide(bound.m, pow10(bound.scale - scale.precision), 'floor')) + 1;
  const compiled: CompiledBand = {
    label: band.label,
    minUnits,
    minVi,
    bound: `${strict ? 'trên' : 'từ'} ${minVi}`,
  };
  const { require } = band;
  if (require && (require.noZeroLeaf || require.minLeafRatio !== undefined)) {
    const ratio = require.minLeafRatio === undefined ? undefined : exactFromNumber(require.minLeafRatio);
    compiled.require = {
      noZeroLeaf: require.noZeroLeaf === true,
      leafMin: ratio
        ? criteria.map((c) => Number(divide(ratio.m * BigInt(c.max), pow10(ratio.scale), 'ceil')))
        : null,
      ratioVi: ratio ? `${viText(exactText({ m: ratio.m * 100n, scale: ratio.scale }))}%` : null,
    };
  }
  return compiled;
}

export function compileBandRules(
  rules: readonly BandRule[],
  bands: readonly { label: string }[],
): CompiledBandRule[] {
  return rules.map((rule) => {
    const setBand = 'setBand' in rule.effect ? rule.effect.setBand : undefined;
    const label = setBand ?? ('maxBand' in rule.effect ? rule.effect.maxBand : '');
    return {
      id: rule.id,
      title: rule.title,
      fact: 'fact' in rule.if ? rule.if.fact : null,
      effect: setBand !== undefined ? 'setBand' : 'maxBand',
      bandIndex: bands.findIndex((band) => band.label === label),
    };
  });
}

/** What classifying one member reads. */
export interface ClassifyInput {
  bands: readonly CompiledBand[];
  bandRules: readonly CompiledBandRule[];
  leaves: readonly CompiledCriterion[];
  scale: PointScale;
  total: Units;
  criterionPoints: readonly Units[];
  lines: readonly ExplanationLine[];
  /** The member's true facts. */
  facts: ReadonlySet<string>;
  /** No submitted report when the ranking is computed after the deadline. */
  missing: boolean;
  factTitle(id: string): string;
}

export interface Classification {
  band: CompiledBand | undefined;
  /** Vietnamese, for the summary: the band and why (a condition that failed, a rule that moved it). */
  text: string;
}

/**
 * setBand beats every maxBand, and of several setBands the lowest band counts; of several maxBands the lowest counts,
 * and the selection starts there: the highest band at or below it whose bound and condition hold.
 */
export function classify(input: ClassifyInput): Classification {
  const { bands } = input;
  let set: CompiledBandRule | undefined;
  let max: CompiledBandRule | undefined;
  for (const rule of input.bandRules) {
    if (rule.fact === null ? !input.missing : !input.facts.has(rule.fact)) continue;
    if (rule.effect === 'setBand') {
      if (!set || rule.bandIndex > set.bandIndex) set = rule;
    } else if (!max || rule.bandIndex > max.bandIndex) max = rule;
  }
  if (set) {
    const band = bands[set.bandIndex];
    return { band, text: `; xếp loại ${band.label} theo quy tắc ${set.id} (${ruleCause(input, set)})` };
  }
  const natural = select(input, 0);
  if (!max || natural.index >= max.bandIndex) return natural;
  const capped = select(input, max.bandIndex);
  const why = `; quy tắc ${max.id} (${ruleCause(input, max)}): xếp loại tối đa ${bands[max.bandIndex].label}`;
  return { band: capped.band, text: why + capped.text };
}

function ruleCause(input: ClassifyInput, rule: CompiledBandRule): string {
  if (rule.fact === null) return `${rule.title}: không nộp báo cáo trước hạn`;
  return `${rule.title}: ${input.factTitle(rule.fact)}`;
}

function select(input: ClassifyInput, start: number): Classification & { index: number } {
  const { bands, total } = input;
  let text = '';
  for (let i = start; i < bands.length; i++) {
    const band = bands[i];
    if (band.minUnits > total) continue;
    const failed = band.require && unmet(input, band.require);
    if (failed) {
      text += `; không xếp loại ${band.label} vì ${failed}`;
      continue;
    }
    return { band, index: i, text: `${text}; xếp loại ${band.label} (${band.bound} điểm)` };
  }
  return { band: undefined, index: bands.length, text: `${text}; chưa đạt mức xếp loại nào` };
}

/** Why a band's condition fails, or undefined when it holds. Not-applicable and pending leaves are not read. */
function unmet(input: ClassifyInput, require: CompiledRequire): string | undefined {
  const zero: string[] = [];
  const low: string[] = [];
  for (const leaf of input.leaves) {
    const line = input.lines[leaf.index] as ExplanationLine & { notApplicable?: boolean };
    if (line.notApplicable === true || line.pending) continue;
    const points = input.criterionPoints[leaf.index];
    if (require.noZeroLeaf && points === 0) zero.push(leaf.id);
    else if (require.leafMin && points < require.leafMin[leaf.index]) {
      low.push(`${leaf.id} (${input.scale.vi(points)}/${leaf.maxVi})`);
    }
  }
  const reasons: string[] = [];
  if (zero.length > 0) reasons.push(`tiêu chí ${zero.join(', ')} được 0 điểm`);
  if (low.length > 0) reasons.push(`tiêu chí ${low.join(', ')} dưới ${require.ratioVi} điểm tối đa`);
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}
