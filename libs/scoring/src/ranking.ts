// rankGroup: scores every member of a group for a period, ranks them with the tie-breaks, votes and proposes awards.
import { decideAwards } from './awards';
import { compileRegulation, figureOf, type CompiledRegulation, type Figure } from './compiled-regulation';
import { compareExact, parseExact, type PointScale } from './fixed-point';
import { RankingInputError } from './errors';
import { collectScores, type ScoreSources } from './member-scores';
import { memberFigure, type Leader, type MemberFigure } from './methods/index';
import type { MemberInput, RankingEntry, RankingInput, RankingResult } from './ranking.types';
import { compareText } from './compare';
import { daysLateAt } from './lateness';
import { markExplanationRounds, withSecondRound } from './explanation-round';
import { readMarks, withoutMarks } from './not-applicable';
import {
  formatInstant,
  scoreMember,
  type MemberFacts,
  type Scorecard,
  type ScoringContext,
} from './scorecard';
import { tallyVotes, type VoteTally } from './votes';
import { factTitleOf, readFacts } from './facts';
import { factOrder, noteFactTies, settleTies, type TieBody } from './tie-breaks';

interface Ranked {
  memberId: string;
  submittedAt: number | null;
  card: Scorecard;
  rank: number;
  /** Format 2: the member's true facts, as a set and in the regulation's order. */
  facts: ReadonlySet<string>;
  factList: string[];
  category: string | null;
  tieDecisionBy: TieBody | null;
}

export function rankGroup(input: RankingInput): RankingResult {
  const setup = prepare(input);
  const { reg, members, memberIds, warn } = setup;
  const { deadline } = setup.ctx;
  const figures = new Map(members.map((m) => [m.memberId, readFigures(reg, m, warn, deadline)]));
  const ctx = { ...setup.ctx, leaders: leadersOf(reg, [...figures.values()]) };
  const tally = tallyVotes(reg, memberIds, input.votes ?? [], warn);
  const scored = members.map((member) => scoreOne(setup, ctx, member, figures.get(member.memberId)!));

  const keys = tieKeys(reg, tally);
  let ranked = assignRanks(scored, rankOrder(keys));
  const { tieBreaks } = reg.source;
  if (tieBreaks.some((t) => t.type === 'fact')) noteFactTies(ranked, tieBreaks, keys, factTitleOf(reg));
  const decision = tieBreaks.at(-1);
  if (decision?.type === 'decision') ranked = settleTies(ranked, decision.by, input.tieDecisions ?? [], warn);
  else if (input.tieDecisions?.length) {
    warn(
      `Quy chế không có phân định bằng quyết định: ${input.tieDecisions.length} thứ tự đồng hạng không được tính`,
    );
  }
  const decisions = decideAwards(
    reg,
    ranked.map((m) => ({
      memberId: m.memberId,
      rank: m.rank,
      total: m.card.total,
      band: m.card.band?.label ?? null,
      facts: m.facts,
      category: m.category,
    })),
    tally,
    warn,
  );
  return {
    entries: ranked.map((m) => toEntry(reg.scale, m, tally, decisions.get(m.memberId)!)),
    warnings: setup.warnings,
  };
}

/** One member's total and band from its own data: no rank, and nothing read from the other members. */
export interface OwnScore {
  total: string;
  band: string | null;
  /** Criteria left pending because they need other members' figures (relative_to_leader). */
  pending: string[];
}

/**
 * Scores one member as the group would, but from its own figures and scores only: the other members are
 * known by id (cross-scorers are members), their figures and votes are never read.
 */
export function scoreOwn(input: RankingInput, memberId: string): OwnScore {
  const setup = prepare(input);
  const member = setup.members.find((m) => m.memberId === memberId);
  if (!member) throw new RankingInputError(`Không có thành viên ${memberId} trong cụm/khối`);
  const ctx = { ...setup.ctx, leaders: [], ownDataOnly: true };
  const figures = readFigures(setup.reg, member, setup.warn, setup.ctx.deadline);
  const { card } = scoreOne(setup, ctx, member, figures);
  return {
    total: setup.reg.scale.text(card.total),
    band: card.band?.label ?? null,
    pending: card.lines.filter((line) => line?.pending).map((line) => line.id),
  };
}

type Setup = ReturnType<typeof prepare>;

/** What scoring any member needs: the compiled regulation, the checked member list, the context but leaders. */
function prepare(input: RankingInput) {
  const reg = compileRegulation(input.regulation);
  const deadline = reg.deadlines.get(input.periodKind);
  if (deadline === undefined) {
    throw new RankingInputError(`Quy chế không có kỳ ${input.periodKind}: không thể xếp hạng kỳ này`);
  }
  const computedAt = parseInstant(input.computedAt, 'computedAt');
  const members = [...input.members].sort((a, b) => compareText(a.memberId, b.memberId));
  const memberIds = new Set(members.map((m) => m.memberId));
  if (memberIds.size !== members.length || memberIds.has('')) {
    throw new RankingInputError('Danh sách thành viên có mã trống hoặc trùng lặp');
  }

  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  if (input.headId !== null && !memberIds.has(input.headId)) {
    warn(
      `Cụm/khối trưởng ${input.headId} không có trong danh sách thành viên: điểm của đơn vị này vẫn được dùng`,
    );
  }
  const rule = reg.source.scoring.final;
  const memberIndex = new Map(members.map((m, i) => [m.memberId, i]));
  const seen = new Int32Array(reg.slots * members.length);
  const sources: ScoreSources = { rule, headId: input.headId, memberIds, memberIndex, seen };
  if (input.boardId != null) sources.boardId = input.boardId;
  const ctx: Omit<ScoringContext, 'leaders'> = {
    reg,
    rule,
    deadline,
    computedAt,
    deadlineText: formatInstant(deadline),
    computedAtText: formatInstant(computedAt),
  };
  const explanationWindowOpen = input.explanationWindowOpen === true;
  return { reg, members, memberIds, warnings, warn, sources, ctx, explanationWindowOpen };
}

function scoreOne(
  setup: Setup,
  ctx: ScoringContext,
  member: MemberInput,
  figures: (MemberFigure | undefined)[],
): Scored {
  const { memberId } = member;
  const submittedAt =
    member.submittedAt === null ? null : parseInstant(member.submittedAt, `submittedAt của ${memberId}`);
  // A second-round score counts as the head's (no copy when there is none).
  const scored = withSecondRound(member, setup.sources.headId);
  // Format 2 not-applicable marks are no points: read apart from the scores (no copy when there are none).
  const unmarked = withoutMarks(scored);
  const scores = collectScores(setup.reg, setup.sources, unmarked ?? scored, setup.warn);
  const marks = unmarked && readMarks(setup.reg, setup.sources.headId, member, setup.warn);
  const facts = readFacts(setup.reg.facts, member, setup.warn);
  const memberFacts: MemberFacts = { submittedAt, figures, scores };
  if (marks && marks.size > 0) memberFacts.notApplicable = marks;
  if (facts.ordered.length > 0) memberFacts.facts = facts.set;
  const card = scoreMember(ctx, memberFacts);
  if (setup.explanationWindowOpen || member.explanations?.length)
    markExplanationRounds(
      card.lines,
      member,
      setup.sources.headId,
      setup.explanationWindowOpen,
      (id) => setup.reg.targets.get(id)?.target.kind,
    );
  return {
    memberId,
    submittedAt,
    card,
    facts: facts.set,
    factList: facts.ordered,
    category: member.category ?? null,
  };
}

/** An ISO 8601 instant with its offset: without one, Date.parse would read the machine's local time. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(text: string, field: string): number {
  const ms = INSTANT.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) throw new RankingInputError(`${field} không phải thời điểm ISO 8601: "${text}"`);
  return ms;
}

/**
 * The member's figures by CompiledCriterion.figureSlot; a figure that is not a decimal counts as missing. The
 * days-late figure (format 2 `source: "daysLate"`) counts as the late deduction does; missing when not submitted.
 */
function readFigures(
  reg: CompiledRegulation,
  member: MemberInput,
  warn: (message: string) => void,
  deadline: number,
): (MemberFigure | undefined)[] {
  return reg.figures.map(({ figure, indicator, field, label, daysLate }) => {
    if (daysLate) {
      if (member.submittedAt === null) return undefined;
      const submittedAt = parseInstant(member.submittedAt, `submittedAt của ${member.memberId}`);
      return memberFigure(label, figureOf({ m: BigInt(daysLateAt(deadline, submittedAt)), scale: 0 }));
    }
    const text = member.indicators[indicator]?.[field];
    const value = parseExact(text);
    if (value === undefined && text !== undefined && text !== null && text !== '') {
      warn(`Đơn vị ${member.memberId}: chỉ tiêu ${figure} = "${text}" không phải số — coi như thiếu số liệu`);
    }
    return value && memberFigure(label, figureOf(value));
  });
}

/**
 * relative_to_leader compares with the highest figure in the group, so it is scored for the group as a whole:
 * each such criterion's leader, by CompiledCriterion.index.
 */
function leadersOf(reg: CompiledRegulation, all: (Figure | undefined)[][]): (Leader | undefined)[] {
  const best = reg.figures.map((_, slot) => {
    let top: Figure | undefined;
    for (const figures of all) {
      const value = figures[slot];
      if (value !== undefined && (top === undefined || compareExact(value.exact, top.exact) > 0)) top = value;
    }
    return top;
  });
  return reg.criteria.map(({ scorer, figureSlot }) => {
    const top = best[figureSlot];
    return scorer?.leader && top !== undefined ? scorer.leader(top) : undefined;
  });
}

type Scored = Omit<Ranked, 'rank' | 'tieDecisionBy'>;

/** One comparison per tie-break, in the regulation's order: negative when a ranks above b. */
function tieKeys(reg: CompiledRegulation, tally: VoteTally): ((a: Scored, b: Scored) => number)[] {
  return reg.source.tieBreaks.map((tieBreak): ((a: Scored, b: Scored) => number) => {
    switch (tieBreak.type) {
      case 'criterion': {
        const { index } = reg.criterionById.get(tieBreak.id)!;
        return (a, b) => b.card.criterionPoints[index] - a.card.criterionPoints[index];
      }
      case 'bonus':
        return (a, b) => b.card.bonusPoints - a.card.bonusPoints;
      case 'submittedAt':
        // Earlier first; not submitted comes after every submission.
        return (a, b) => compareSubmitted(a.submittedAt, b.submittedAt);
      case 'vote': {
        const votes = (m: Scored) =>
          tieBreak.awardId === undefined
            ? tally.totalFor(m.memberId)
            : tally.votesFor(tieBreak.awardId, m.memberId);
        return (a, b) => votes(b) - votes(a);
      }
      case 'fact':
        return factOrder(tieBreak.id);
      case 'decision':
        // Members still tied here are ordered by the body's recorded order, after ranking (settleTies).
        return () => 0;
    }
  });
}

/** Negative when a ranks above b: total first, then the regulation's tie-breaks in order. */
function rankOrder(keys: ((a: Scored, b: Scored) => number)[]): (a: Scored, b: Scored) => number {
  return (a, b) => {
    let order = b.card.total - a.card.total;
    for (let i = 0; order === 0 && i < keys.length; i++) order = keys[i](a, b);
    return order;
  };
}

function compareSubmitted(a: number | null, b: number | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return a - b;
}

/** Still tied after every tie-break: same rank, the next rank skipped (1, 1, 3). memberId orders the output only. */
function assignRanks(scored: Scored[], order: (a: Scored, b: Scored) => number): Ranked[] {
  const sorted = [...scored].sort((a, b) => order(a, b) || compareText(a.memberId, b.memberId));
  const ranked: Ranked[] = [];
  sorted.forEach((member, i) => {
    const tied = i > 0 && order(sorted[i - 1], member) === 0;
    // Copied field by field: an object spread here cost more than the rest of the ranking step.
    const { memberId, submittedAt, card, facts, factList, category } = member;
    const rank = tied ? ranked[i - 1].rank : i + 1;
    ranked.push({ memberId, submittedAt, card, rank, facts, factList, category, tieDecisionBy: null });
  });
  return ranked;
}

function toEntry(
  scale: PointScale,
  member: Ranked,
  tally: VoteTally,
  decisions: RankingEntry['awardDecisions'],
): RankingEntry {
  const { card } = member;
  const entry: RankingEntry = {
    memberId: member.memberId,
    rank: member.rank,
    total: scale.text(card.total),
    band: card.band?.label ?? null,
    criteriaPoints: scale.text(card.criteriaPoints),
    bonusPoints: scale.text(card.bonusPoints),
    deductionPoints: scale.text(card.deductionPoints),
    breakdown: card.lines,
    votes: Object.fromEntries(
      tally.awardIds.map((awardId) => [awardId, tally.votesFor(awardId, member.memberId)]),
    ),
    voteResults: tally.awardIds.map((awardId) => ({
      awardId,
      votes: tally.votesFor(awardId, member.memberId),
      base: tally.base,
      passed: tally.passed(awardId, member.memberId),
    })),
    proposals: decisions.filter((d) => d.status === 'proposed').map((d) => d.awardId),
    needsDecision: decisions.filter((d) => d.status === 'needsDecision').map((d) => d.awardId),
    awardDecisions: decisions,
    unreviewed: card.unreviewed,
    summary: card.summary,
    facts: member.factList,
    tieDecisionBy: member.tieDecisionBy,
    underExplanation: card.lines.filter((l) => l.underExplanation).map((l) => l.id),
  };
  if (card.normalization) {
    const { raw, nominal, applicable, exact } = card.normalization;
    entry.normalization = {
      raw: scale.text(raw),
      nominal: scale.text(nominal),
      applicable: scale.text(applicable),
    };
    if (exact !== null) entry.normalization.exact = exact;
  }
  return entry;
}
