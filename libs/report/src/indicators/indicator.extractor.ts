// Indicators out of report text. Per statement (paragraph or list item): find who is spoken of (a named
// indicator, a sub-sector, a counted "10.042 hồ sơ"), give each figure to the subject before it, keep for each
// subject the figures of the period that best stands for the report's period, then merge across the report.
// The indicators a group declares in its regulation are subjects too, named by their label as written.
import Decimal from 'decimal.js';
import { plainText } from '../document/inline-markdown.util';
import { readMarkdownBlocks } from '../document/markdown-block.reader';
import type { Indicator, ReportSection } from '../document/report-document.model';
import { convertQuantity, isUnitLabel } from '../number/quantity.parser';
import { firstAtOrAfter } from '../text/linear-text.util';
import { readFigures, type Figure, type FigureHints, type Range } from './figure.reader';
import type { GroupIndicator } from './group-indicators';
import {
  INDICATOR_CATALOG,
  SECTORS,
  TOTAL_TRADE_NAMES,
  catalogRank,
  declaredDefinition,
  definitionOf,
  type IndicatorDefinition as CatalogDefinition,
  type IndicatorPart,
} from './indicator.catalog';
import { periodKey, periodScore, resolvePeriod } from './period.parser';
import { tableStatements } from './table-statements';
import { wordMatches } from './word-pattern';

export interface ExtractIndicatorsOptions {
  /** Months the report covers (6 for a mid-year report, 12 for a year-end one); null when unknown. */
  periodMonths?: number | null;
  /**
   * The indicators the regulations of the report's groups declare (format 2 `indicators`): each is filled where
   * a statement names it by its label. At most MAX_DECLARED are looked for.
   */
  declared?: readonly GroupIndicator[];
}

/** Each declared label is one more pattern read over every statement: a bound keeps the reading linear. */
export const MAX_DECLARED = 200;

/** A common indicator, or a group's own. */
type IndicatorDefinition = CatalogDefinition<string>;

/** The declared indicators, compiled once per report. */
interface Declared {
  definitions: IndicatorDefinition[];
  /** The units of `definitions` the number parser does not know, as FigureHints want them. */
  units: RegExp | null;
  unitNames: Map<string, string>;
  /** Output order: after the common indicators, in declaration order. */
  rank: Map<string, number>;
}

const NO_DECLARED: Declared = { definitions: [], units: null, unitNames: new Map(), rank: new Map() };

function compileDeclared(indicators: readonly GroupIndicator[]): Declared {
  if (indicators.length === 0) return NO_DECLARED;
  const definitions = indicators.slice(0, MAX_DECLARED).map(declaredDefinition);
  const unitNames = new Map<string, string>();
  for (const { unit } of definitions) {
    if (unit !== null && !isUnitLabel(unit.toLowerCase())) unitNames.set(unit.toLowerCase(), unit);
  }
  const spellings = [...unitNames.keys()]
    .sort((a, b) => b.length - a.length)
    .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return {
    definitions,
    units:
      spellings.length === 0 ? null : new RegExp(`\\s*(${spellings.join('|')})(?![\\p{L}\\p{N}])`, 'iuy'),
    unitNames,
    rank: new Map(definitions.map((d, i) => [d.key, i])),
  };
}

/** Between a declared name and the number it names: "đạt", "ước đạt", "là", ":" ("… đúng tiến độ: 96,5"). */
const NAMED_NUMBER = /\s*:?\s*(?:(?:ước\s+)?(?:đạt|là)(?![\p{L}\p{N}]))?\s*:?\s*/iuy;

interface Subject {
  key: string;
  label: string;
  /** Null for something the catalog does not keep (total trade): its figures are dropped. */
  definition: IndicatorDefinition | null;
  start: number;
  end: number;
  /** The counted figure that is itself the subject ("tiếp nhận 10.042 hồ sơ"). */
  counted?: Figure;
}

/** What a statement names: an indicator, a sub-sector waiting for its parent, or something this catalog skips. */
type NameMatch =
  | { type: 'indicator'; definition: IndicatorDefinition; weak: boolean; start: number; end: number }
  | { type: 'sector'; part: IndicatorPart; start: number; end: number }
  | { type: 'other'; start: number; end: number };

/** Targets for the coming period, not results. */
const TARGET_SENTENCE = /phấn đấu|dự kiến/iu;
/** Written just before an amount, these make it the plan or last year's figure rather than the result. */
const NOT_THE_RESULT =
  /(?<!\p{L})(?:kế hoạch|KH|chỉ tiêu|mục tiêu|phấn đấu|dự kiến|cùng k[ỳì]|năm trước|năm ngoái)(?!\p{L})/iu;
const ONLINE = /trực tuyến|dịch vụ công|DVCTT|mức độ [34]|qua mạng|môi trường điện tử/iu;
const LATE = /trễ hạn|quá hạn|chậm/iu;
const RECEIVED_BEFORE = /tiếp nhận|nhận được|số hồ sơ nhận/iu;
const RESOLVED_BEFORE = /giải quyết|trả kết quả|xử lý/iu;
const RECEIVED_AFTER = /^\s*(?:\S+\s+){0,4}?(?:được |đã )tiếp nhận/iu;
const RESOLVED_AFTER = /^\s*(?:\S+\s+){0,4}?(?:được |đã )(?:giải quyết|trả kết quả)/iu;
/** Between a weak name and its number: a few words, no punctuation ("nhập khẩu ước đạt 230 triệu USD"). */
const WEAK_GAP = /^\s*(?:[^\s,;.()\d]+\s+){0,5}$/u;
const PARENT_GAP = /^\s*(?:ngành|của ngành|lĩnh vực|công nghiệp)?\s*$/iu;
/** How far around a counted figure its clause is read: a clause of a thousand figures is no sentence. */
const COUNT_CONTEXT_REACH = 200;

/** Which counts a "N hồ sơ" / "N nhiệm vụ" is, from the words of its clause. */
function countedKeys(unit: string, text: string, figure: Figure): string[] {
  const before = text.slice(Math.max(figure.clause.start, figure.start - COUNT_CONTEXT_REACH), figure.start);
  const after = text.slice(figure.end, Math.min(figure.clause.end, figure.end + COUNT_CONTEXT_REACH));
  const clause = before + after;
  if (unit === 'nhiệm vụ') {
    return /giao/iu.test(clause) && /thực hiện|hoàn thành|triển khai|giải quyết/iu.test(clause)
      ? ['assigned_tasks_completed']
      : [];
  }
  if (ONLINE.test(clause)) return ['online_dossiers'];
  if (LATE.test(clause)) return [];
  const keys: string[] = [];
  if (RECEIVED_BEFORE.test(before) || RECEIVED_AFTER.test(after)) keys.push('admin_dossiers_received');
  if (RESOLVED_BEFORE.test(before) || RESOLVED_AFTER.test(after)) keys.push('admin_dossiers_resolved');
  return keys;
}

function countedSubjects(text: string, figures: readonly Figure[]): Subject[] {
  return figures.flatMap((figure) => {
    const unit = figure.kind === 'amount' ? figure.quantity?.unit : null;
    if (unit !== 'hồ sơ' && unit !== 'nhiệm vụ') return [];
    return countedKeys(unit, text, figure).map((key) => {
      const definition = definitionOf(key);
      return {
        key,
        label: definition.label,
        definition,
        start: figure.start,
        end: figure.end,
        counted: figure,
      };
    });
  });
}

function findNames(text: string, declared: Declared): NameMatch[] {
  const all: NameMatch[] = [];
  const add = (pattern: RegExp, make: (start: number, end: number) => NameMatch) => {
    for (const m of wordMatches(text, pattern)) all.push(make(m.index, m.index + m[0].length));
  };
  // First, so that a declared label wins over a common name of the same span (the sort below is stable).
  for (const definition of declared.definitions) {
    add(definition.names!, (start, end) => ({ type: 'indicator', definition, weak: false, start, end }));
  }
  for (const definition of INDICATOR_CATALOG) {
    if (definition.names)
      add(definition.names, (start, end) => ({ type: 'indicator', definition, weak: false, start, end }));
    if (definition.weakNames) {
      add(definition.weakNames, (start, end) => ({ type: 'indicator', definition, weak: true, start, end }));
    }
  }
  for (const part of SECTORS) {
    if (part.names) add(part.names, (start, end) => ({ type: 'sector', part, start, end }));
  }
  add(TOTAL_TRADE_NAMES, (start, end) => ({ type: 'other', start, end }));
  // The longest name wins where names overlap: "kim ngạch xuất nhập khẩu qua biên giới" over "nhập khẩu", and
  // of two declared labels, "Số vụ việc hòa giải thành" over "Số vụ việc hòa giải".
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameMatch[] = [];
  for (const match of all) {
    if (kept.length === 0 || match.start >= kept[kept.length - 1].end) kept.push(match);
  }
  return kept;
}

const partSubject = (
  parent: IndicatorDefinition,
  part: IndicatorPart,
  start: number,
  end: number,
): Subject => ({
  key: `${parent.key}.${part.suffix}`,
  label: `${parent.label} – ${part.label}`,
  definition: parent,
  start,
  end,
});

/**
 * The named subjects of one statement. `carried` is the indicator whose sub-sectors the previous statement was
 * listing ("…tăng 11,3%, trong đó:" / "- Ngành khai khoáng tăng 12,05%"); returns the one to carry to the next.
 */
function namedSubjects(
  text: string,
  names: readonly NameMatch[],
  figures: readonly Figure[],
  carried: IndicatorDefinition | null,
): { subjects: Subject[]; carry: IndicatorDefinition | null } {
  const amounts = figures.filter((f) => f.kind === 'amount');
  const subjects: Subject[] = [];
  // The indicator whose parts the following names may be ("Trong đó: …").
  let parent: IndicatorDefinition | null = null;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name.type === 'other') {
      parent = null;
      subjects.push({ key: '', label: '', definition: null, start: name.start, end: name.end });
    } else if (name.type === 'sector') {
      const owner: IndicatorDefinition | null = parent ?? (subjects.length === 0 ? carried : null);
      if (owner?.parts?.includes(name.part)) {
        subjects.push(partSubject(owner, name.part, name.start, name.end));
        parent = owner;
      }
    } else {
      const { definition } = name;
      const next = names[i + 1];
      // "giá trị sản xuất công nghiệp chế biến, chế tạo" is the sector's figure, not the whole industry's.
      if (
        next?.type === 'sector' &&
        definition.parts === SECTORS &&
        PARENT_GAP.test(text.slice(name.end, next.start))
      ) {
        parent = definition;
        continue;
      }
      const following = amounts[firstAtOrAfter(amounts, name.end, (f) => f.start)];
      if (name.weak && (following === undefined || !WEAK_GAP.test(text.slice(name.end, following.start))))
        continue;
      const part = parent?.parts?.find((p) => p.headlineKey === definition.key);
      if (parent !== null && part !== undefined)
        subjects.push(partSubject(parent, part, name.start, name.end));
      else {
        subjects.push({
          key: definition.key,
          label: definition.label,
          definition,
          start: name.start,
          end: name.end,
        });
        parent = definition.parts ? definition : null;
      }
    }
  }
  return { subjects, carry: parent?.parts === SECTORS ? parent : null };
}

type Field = 'value' | 'percentOfPlan' | 'changeVsSamePeriodPercent';

interface Reading {
  key: string;
  label: string;
  unit: string | null;
  field: Field;
  value: string;
  figure: Figure;
}

const RISING = new Set(['tăng', 'vượt', 'cao hơn']);
const FALLING = new Set(['giảm', 'thấp hơn']);

/** What a % figure says about its subject: "đạt 44,6% kế hoạch", "tăng 28% so với kế hoạch" (128), "giảm 32%". */
function readPercent(
  figure: Figure,
  subject: Subject,
  definition: IndicatorDefinition,
): Omit<Reading, 'figure'> | null {
  const own = { key: subject.key, label: subject.label, unit: definition.unit };
  if (figure.kind === 'zero') return { ...own, field: 'changeVsSamePeriodPercent', value: '0' };
  const x = new Decimal(figure.quantity?.value ?? '0');
  const rising = figure.verb !== null && RISING.has(figure.verb);
  const falling = figure.verb !== null && FALLING.has(figure.verb);
  switch (figure.comparator) {
    case 'plan': {
      const value = rising ? x.plus(100) : falling ? new Decimal(100).minus(x) : x;
      return { ...own, field: 'percentOfPlan', value: value.toFixed() };
    }
    case 'samePeriod': {
      const value = rising ? x : falling ? x.negated() : x.minus(100);
      return { ...own, field: 'changeVsSamePeriodPercent', value: value.toFixed() };
    }
    case 'otherPeriod':
      return null;
    default:
      if (rising || falling) {
        return { ...own, field: 'changeVsSamePeriodPercent', value: (falling ? x.negated() : x).toFixed() };
      }
      if (figure.verb === 'chiếm' && definition.shareKey !== undefined) {
        const share = definitionOf(definition.shareKey);
        return { key: share.key, label: share.label, unit: share.unit, field: 'value', value: x.toFixed() };
      }
      // "đạt 44,6%" with nothing to compare with is a % of plan or of anything: only a rate takes it as its value.
      return definition.unit === '%' ? { ...own, field: 'value', value: x.toFixed() } : null;
  }
}

/**
 * An amount named by a declared indicator, in its declared unit: written in that unit, converted from another
 * one the parser knows ("1,2 triệu lượt" for "lượt"), or with no unit where the name asks for a number.
 */
function declaredValue(q: NonNullable<Figure['quantity']>, unit: string | null): string | null {
  if (q.scale === null && (q.unit === null || q.unit === unit)) return q.value;
  if (unit !== null && unit !== '%' && isUnitLabel(unit.toLowerCase()))
    return convertQuantity(q, unit.toLowerCase());
  return null;
}

function readAmount(
  figure: Figure,
  subject: Subject,
  definition: IndicatorDefinition,
): Omit<Reading, 'figure'> | null {
  const q = figure.quantity;
  if (q !== null && definition.declared) {
    const cueStart = figure.start - figure.cue.length;
    const cue = figure.cue.slice(Math.max(0, subject.end - cueStart));
    if (figure.inParentheses || NOT_THE_RESULT.test(cue)) return null;
    const value = declaredValue(q, definition.unit);
    return value === null
      ? null
      : { key: subject.key, label: subject.label, unit: definition.unit, field: 'value', value };
  }
  if (q === null || definition.unit === null || definition.unit === '%') return null;
  const own = { key: subject.key, label: subject.label, unit: definition.unit, field: 'value' as const };
  if (subject.counted === figure) return { ...own, value: convertQuantity(q, definition.unit) ?? q.value };
  const cueStart = figure.start - figure.cue.length;
  const cue = figure.cue.slice(Math.max(0, subject.end - cueStart));
  if (figure.inParentheses || NOT_THE_RESULT.test(cue)) return null;
  const value = convertQuantity(q, definition.unit);
  return value === null ? null : { ...own, value };
}

interface Candidate extends Indicator {
  sentences: string[];
}

/** For one subject: the readings of the period that best stands for the report's period. */
function candidatesOf(readings: readonly Reading[], text: string, reportMonths: number | null): Candidate[] {
  const byKey = new Map<string, Reading[]>();
  for (const r of readings) {
    const same = byKey.get(r.key);
    if (same === undefined) byKey.set(r.key, [r]);
    else same.push(r);
  }
  return [...byKey.values()].flatMap((keyReadings) => {
    const groups = new Map<string, { score: number; readings: Reading[] }>();
    for (const r of keyReadings) {
      const period = resolvePeriod(r.figure.period, reportMonths);
      const score = periodScore(period, reportMonths);
      if (score === null) continue;
      const group = groups.get(periodKey(period)) ?? { score, readings: [] };
      group.readings.push(r);
      groups.set(periodKey(period), group);
    }
    const best = [...groups.values()].reduce<{ score: number; readings: Reading[] } | null>(
      (a, g) => (a === null || g.score > a.score ? g : a),
      null,
    );
    if (best === null) return [];
    const first = (field: Field) => best.readings.find((r) => r.field === field) ?? null;
    const value = first('value');
    const qualified = value ?? best.readings[0];
    return [
      {
        key: qualified.key,
        label: qualified.label,
        value: value?.value ?? null,
        unit: value === null ? null : value.unit,
        percentOfPlan: first('percentOfPlan')?.value ?? null,
        changeVsSamePeriodPercent: first('changeVsSamePeriodPercent')?.value ?? null,
        qualifier: qualified.figure.quantity?.qualifier ?? null,
        source: '',
        sentences: [
          ...new Set(
            [...new Set(best.readings.map((r) => r.figure.sentence))].map((s) =>
              text.slice(s.start, s.end).trim(),
            ),
          ),
        ],
      },
    ];
  });
}

/** Where a declared name is followed by its number: there a number with no unit written is its figure. */
function figureHints(text: string, names: readonly NameMatch[], declared: Declared): FigureHints | null {
  if (declared.definitions.length === 0) return null;
  const bareAt = new Set<number>();
  for (const name of names) {
    if (name.type !== 'indicator' || !name.definition.declared) continue;
    NAMED_NUMBER.lastIndex = name.end;
    // Every part is optional: the pattern matches at once, without backtracking.
    const gap = NAMED_NUMBER.exec(text);
    bareAt.add(name.end + (gap?.[0].length ?? 0));
  }
  return { bareAt, units: declared.units, unitNames: declared.unitNames };
}

function readStatement(
  text: string,
  carried: IndicatorDefinition | null,
  reportMonths: number | null,
  declared: Declared,
): { candidates: Candidate[]; carry: IndicatorDefinition | null } {
  // Most statements have no number and introduce no list ("…, trong đó:"): nothing to read, and it is the hot path.
  if (!/\d/.test(text) && !/:\s*$/.test(text)) return { candidates: [], carry: null };
  // Each sentence is tested once, however many figures it holds.
  const targets = new Map<Range, boolean>();
  const isTarget = (s: Range) => {
    if (!targets.has(s)) targets.set(s, TARGET_SENTENCE.test(text.slice(s.start, s.end)));
    return targets.get(s) === true;
  };
  const names = findNames(text, declared);
  const figures = readFigures(text, figureHints(text, names, declared)).filter((f) => !isTarget(f.sentence));
  const named = namedSubjects(text, names, figures, carried);
  const subjects = [...named.subjects, ...countedSubjects(text, figures)].sort((a, b) => a.start - b.start);
  const countedBy = new Map<Figure, Subject[]>();
  for (const s of subjects) if (s.counted) countedBy.set(s.counted, [...(countedBy.get(s.counted) ?? []), s]);
  const readings = new Map<Subject, Reading[]>();
  let lastNamed = -1; // the last subject starting at or before the figure; figures come in order
  let lastByName = -1; // the same among the named subjects only
  for (const figure of figures) {
    while (lastNamed + 1 < subjects.length && subjects[lastNamed + 1].start <= figure.start) lastNamed++;
    while (lastByName + 1 < named.subjects.length && named.subjects[lastByName + 1].start <= figure.start)
      lastByName++;
    // A declared indicator named in the figure's own clause owns it ("Số hồ sơ giải quyết đúng hạn: 1.234 hồ
    // sơ"); else a counted figure is its own subject, and any other belongs to the subject named last before it.
    const byName = lastByName < 0 ? null : named.subjects[lastByName];
    const owners =
      byName?.definition?.declared && byName.start >= figure.clause.start
        ? [byName]
        : (countedBy.get(figure) ?? (lastNamed < 0 ? [] : [subjects[lastNamed]]));
    for (const subject of owners) {
      if (subject.definition === null) continue;
      const read =
        figure.kind === 'amount'
          ? readAmount(figure, subject, subject.definition)
          : readPercent(figure, subject, subject.definition);
      if (read === null) continue;
      const own = readings.get(subject);
      if (own === undefined) readings.set(subject, [{ ...read, figure }]);
      else own.push({ ...read, figure });
    }
  }
  const candidates = [...readings.values()].flatMap((r) => candidatesOf(r, text, reportMonths));
  return { candidates, carry: named.carry };
}

/** Takes `next`'s figures where `current` has none: the first statement that gives a figure keeps it. */
function merge(current: Candidate, next: Candidate): Candidate {
  const fromNext = { value: current.value === null && next.value !== null, plan: false, change: false };
  fromNext.plan = current.percentOfPlan === null && next.percentOfPlan !== null;
  fromNext.change = current.changeVsSamePeriodPercent === null && next.changeVsSamePeriodPercent !== null;
  if (!fromNext.value && !fromNext.plan && !fromNext.change) return current;
  return {
    ...current,
    ...(fromNext.value ? { value: next.value, unit: next.unit, qualifier: next.qualifier } : {}),
    ...(fromNext.plan ? { percentOfPlan: next.percentOfPlan } : {}),
    ...(fromNext.change ? { changeVsSamePeriodPercent: next.changeVsSamePeriodPercent } : {}),
    sentences: [...new Set([...current.sentences, ...next.sentences])],
  };
}

export function extractIndicators(
  sections: readonly Pick<ReportSection, 'body'>[],
  options: ExtractIndicatorsOptions = {},
): Indicator[] {
  const reportMonths = options.periodMonths ?? null;
  const declared = compileDeclared(options.declared ?? []);
  const found = new Map<string, Candidate>();
  const add = (candidates: Candidate[]) => {
    for (const candidate of candidates) {
      const current = found.get(candidate.key);
      found.set(candidate.key, current === undefined ? candidate : merge(current, candidate));
    }
  };
  for (const section of sections) {
    let carry: IndicatorDefinition | null = null;
    for (const block of readMarkdownBlocks(section.body)) {
      // A table's rows are statements of their own: nothing carries into or out of them.
      const rows = tableStatements(block.text);
      if (rows) {
        for (const row of rows) add(readStatement(plainText(row), null, reportMonths, declared).candidates);
        carry = null;
        continue;
      }
      const statement = readStatement(plainText(block.text), carry, reportMonths, declared);
      carry = statement.carry;
      add(statement.candidates);
    }
  }
  // Common indicators in catalog order, then the declared ones in declaration order.
  const rank = (key: string) => {
    const own = declared.rank.get(key);
    return own === undefined ? catalogRank(key) : 1_000_000 + own;
  };
  return [...found.values()]
    .sort((a, b) => rank(a.key) - rank(b.key))
    .map(({ sentences, ...indicator }) => ({ ...indicator, source: sentences.join(' ') }));
}
