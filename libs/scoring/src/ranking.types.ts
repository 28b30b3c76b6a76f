// Input and output of rankGroup: plain data, points as exact decimal strings.
import type { ExplanationInput, ExplanationRounds } from './explanation-round';
import type { PeriodKind, Regulation } from './regulation.schema';

export interface IndicatorInput {
  value?: string | null;
  percentOfPlan?: string | null;
  changeVsSamePeriodPercent?: string | null;
}

export interface MemberScoreInput {
  scorerId: string;
  /** A leaf criterion, a bonus item ("B1") or a manual deduction ("D3"). */
  criterionId: string;
  points: string;
  count?: number | null;
  reason?: string | null;
  /**
   * Format 2: the final scorer marks an `optional` criterion (leaf or parent) not applicable to the member;
   * `points` are then ignored.
   */
  notApplicable?: boolean;
}

export interface MemberInput {
  memberId: string;
  /** ISO time of the latest submission; null when the member has not submitted. */
  submittedAt: string | null;
  indicators: Record<string, IndicatorInput>;
  selfScores: Record<string, { points: string; count?: number | null }>;
  scores: MemberScoreInput[];
  /** Format 2: ids of the regulation's facts that are true for the member this period (never set = false). */
  facts?: string[];
  /** Format 2: the member's category in its membership of the year, read by `quota.byCategory`. */
  category?: string | null;
  /** The explanation round: the member's explanations of the head's scores and the head's decisions. */
  explanations?: ExplanationInput[];
}

/** Format 2: an order recorded by settleTie for members tied at one rank, first first. */
export interface TieDecisionInput {
  by: 'BOARD' | 'HEAD';
  order: string[];
}

export interface VoteInput {
  voterId: string;
  awardId: string;
  candidateId: string;
}

export interface RankingInput {
  /** A regulation returned by validateRegulation. */
  regulation: Regulation;
  periodKind: PeriodKind;
  /** ISO; the "missing" deduction applies when this is after the deadline and the member has not submitted. */
  computedAt: string;
  /** The member whose scores count under scoring.final = HEAD. */
  headId: string | null;
  /** Every member of the group that year. */
  members: MemberInput[];
  votes?: VoteInput[];
  /** Format 2: the scorer id of the group's award board; its scores are final for `scoredBy: BOARD` criteria. */
  boardId?: string | null;
  /** Format 2: the orders recorded for ties a `decision` tie-break leaves to a body. */
  tieDecisions?: TieDecisionInput[];
  /** The group's explanation window for the period is open: disputed scores may still change. */
  explanationWindowOpen?: boolean;
}

export interface ExplanationScore {
  scorerId: string;
  /** 'board': the award board, for a format 2 `scoredBy: "BOARD"` criterion. */
  role: 'self' | 'head' | 'cross' | 'board';
  points: string;
  count?: number | null;
  reason?: string | null;
  /** Left out of a trimmed mean as the highest or lowest score. */
  dropped?: boolean;
}

/** Where one number of an entry comes from. */
export interface ExplanationLine {
  kind: 'criterion' | 'bonus' | 'deduction';
  id: string;
  title: string;
  /** Parent criterion, for drawing the tree; null for top-level criteria, bonus items and deductions. */
  parentId: string | null;
  /** Criterion method, 'sum' for a parent, 'fixed' for a bonus item, the deduction kind for a deduction. */
  method: string;
  max: string | null;
  inputs: Record<string, string | number | null>;
  /** The scores behind a final score: head, self or cross-scores. */
  scores?: ExplanationScore[];
  result: string;
  /** Present when rounding to scoring.precision changed the exact value. */
  rounding?: { exact: string; precision: number };
  /** Vietnamese, for the member to read. */
  note: string;
  /** The member's own score counts because the final scorer has not scored yet. */
  unreviewed?: boolean;
  /** A computed criterion replaced by the final scorer's score (inputs show both). */
  overridden?: boolean;
  /** The result was cut down to the maximum. */
  capped?: boolean;
  /** Not scored yet: it needs other members' figures (a relative_to_leader criterion before publication). */
  pending?: boolean;
  /**
   * Format 2: the criterion is not applicable to the member (marked by the head, or under a marked parent): 0 points,
   * the note says why; under scoring.normalize its max leaves the applicable scale (see RankingEntry.normalization).
   */
  notApplicable?: boolean;
  /** The explanation round: the first round, the member's explanation and the second round. */
  rounds?: ExplanationRounds;
  /** The score may still change in the explanation round (explained and undecided, or the window open). */
  underExplanation?: boolean;
}

/** `blocked` (format 2): a fact of the award's blockedByFacts is true; skipped, not counted against the quota. */
export type AwardStatus = 'proposed' | 'needsDecision' | 'notEligible' | 'excluded' | 'quotaFull' | 'blocked';

export interface AwardDecision {
  awardId: string;
  status: AwardStatus;
  /** Vietnamese: why. */
  note: string;
}

export interface RankingEntry {
  memberId: string;
  rank: number;
  total: string;
  band: string | null;
  criteriaPoints: string;
  bonusPoints: string;
  deductionPoints: string;
  /** One line per criterion (parents too, in tree order), bonus item and deduction. */
  breakdown: ExplanationLine[];
  /** Valid votes received, per award that requires a vote. */
  votes: Record<string, number>;
  /** Per award that requires a vote: votes received, the base the threshold is taken on, and whether it passed. */
  voteResults: { awardId: string; votes: number; base: number; passed: boolean }[];
  /** Award ids proposed, in the regulation's order. */
  proposals: string[];
  /** Award ids where members tied on rank straddle the quota: the members must decide. */
  needsDecision: string[];
  /** One decision per award, in the regulation's order. */
  awardDecisions: AwardDecision[];
  /** Some counted score is still the member's own self-score. */
  unreviewed: boolean;
  /** Vietnamese: how the total is made up. */
  summary: string;
  /**
   * Format 2 scoring.normalize, present when some criterion was not applicable: criteriaPoints is
   * round_half_up(raw × nominal / applicable); `exact` the value before rounding when rounding changed it.
   */
  normalization?: { raw: string; nominal: string; applicable: string; exact?: string };
  /** Format 2: the facts true for the member, in the regulation's order (empty under format 1). */
  facts: string[];
  /** Format 2: the body that must still order the member's tie (a `decision` tie-break); null when none. */
  tieDecisionBy: 'BOARD' | 'HEAD' | null;
  /** Ids of the lines still under explanation (see ExplanationLine.underExplanation). */
  underExplanation: string[];
}

export interface RankingResult {
  /** In rank order; members sharing a rank are ordered by memberId. */
  entries: RankingEntry[];
  /** Vietnamese: inputs that were left out and why. */
  warnings: string[];
}
