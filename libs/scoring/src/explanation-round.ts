// The explanation round (giải trình): where the head's score departs from the self-score the member may explain,
// and the head either gives a second-round score, which then counts, or keeps the first.
import { compareExact, exactText, parseExact } from './fixed-point';
import type { ExplanationLine, MemberInput, MemberScoreInput } from './ranking.types';

/** The head's answer to one explanation: a new score for the second round, or the first round kept. */
export type SecondRoundDecision =
  | { keep: false; points: string; count?: number | null; reason: string }
  | { keep: true; reason: string | null };

/** A member's explanation of one id (criterion, bonus item or deduction) the head scored. */
export interface ExplanationInput {
  criterionId: string;
  text: string;
  /** null while the head has not decided. */
  decision: SecondRoundDecision | null;
}

/** How one breakdown line went through the explanation round. */
export interface ExplanationRounds {
  first: { points: string; count?: number | null; reason: string | null };
  /** The member's explanation; null when it did not explain (the window is still open). */
  explanation: string | null;
  /** null while undecided; `kept` when the head kept the first round. */
  second: { points: string; count?: number | null; reason: string | null; kept: boolean } | null;
}

/** The head's first-round score of an id, when it gave one (a not-applicable mark is no score). */
export function headScoreOf(member: MemberInput, headId: string | null, criterionId: string) {
  return member.scores.find(
    (s) => s.scorerId === headId && s.criterionId === criterionId && s.notApplicable !== true,
  );
}

/** What an id of the regulation is (ScoreTarget.kind); undefined for an id it does not know. */
export type TargetKindOf = (id: string) => 'criterion' | 'bonus' | 'deduction' | undefined;

/**
 * The ids whose head's score departs from the self-score, in id order. Without a self-score the member claimed
 * nothing, except against a deduction: a deduction it did not declare is one it disputes. The head's own scores
 * are nobody's to explain.
 */
export function disputedIds(member: MemberInput, headId: string | null, kindOf: TargetKindOf): string[] {
  if (member.memberId === headId) return [];
  const ids = member.scores
    .filter((s) => s.scorerId === headId && s.notApplicable !== true)
    .filter((s) => {
      const self = member.selfScores[s.criterionId]?.points;
      if (self !== undefined) return !samePoints(s.points, self);
      return kindOf(s.criterionId) === 'deduction' && !samePoints(s.points, '0');
    })
    .map((s) => s.criterionId);
  return [...new Set(ids)].sort();
}

/** Points as a member reads them: PostgreSQL's "12.0000" is 12. */
function plain(points: string): string {
  const exact = parseExact(points);
  return exact === undefined ? points : exactText(exact);
}

function samePoints(a: string, b: string): boolean {
  const x = parseExact(a);
  const y = parseExact(b);
  return x !== undefined && y !== undefined ? compareExact(x, y) === 0 : a === b;
}

/**
 * The member's scores with each second-round score in place of the head's first: the engine then counts it as
 * the head's final score. The member itself when nothing changed (nearly always: nothing is copied).
 */
export function withSecondRound(member: MemberInput, headId: string | null): MemberInput {
  const changed = (member.explanations ?? []).filter((e) => e.decision && !e.decision.keep);
  if (changed.length === 0) return member;
  const scores = member.scores.map((s): MemberScoreInput => {
    const decision = changed.find((e) => e.criterionId === s.criterionId)?.decision;
    if (!decision || decision.keep || s.scorerId !== headId || s.notApplicable === true) return s;
    return { ...s, points: decision.points, count: decision.count ?? null, reason: decision.reason };
  });
  return { ...member, scores };
}

/**
 * Marks the lines of the round: `rounds` on every explained line (first round, explanation, second round), and
 * `underExplanation` where the score may still change — explained and undecided, or, while the window is open,
 * disputed and not explained yet.
 */
export function markExplanationRounds(
  lines: ExplanationLine[],
  member: MemberInput,
  headId: string | null,
  windowOpen: boolean,
  kindOf: TargetKindOf,
): void {
  const explanations = member.explanations ?? [];
  const disputed = windowOpen ? disputedIds(member, headId, kindOf) : [];
  if (explanations.length === 0 && disputed.length === 0) return;
  for (const line of lines) {
    const explanation = explanations.find((e) => e.criterionId === line.id);
    const head = headScoreOf(member, headId, line.id);
    if (explanation && head) line.rounds = rounds(head, explanation);
    if (explanation ? explanation.decision === null : disputed.includes(line.id))
      line.underExplanation = true;
  }
}

function rounds(head: MemberScoreInput, { text, decision }: ExplanationInput): ExplanationRounds {
  const first = { points: plain(head.points), count: head.count ?? null, reason: head.reason ?? null };
  if (!decision) return { first, explanation: text, second: null };
  const second = decision.keep
    ? { ...first, reason: decision.reason, kept: true }
    : { points: plain(decision.points), count: decision.count ?? null, reason: decision.reason, kept: false };
  return { first, explanation: text, second };
}
