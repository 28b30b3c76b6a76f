import { disputedIds, markExplanationRounds, withSecondRound } from './explanation-round';
import { memberInput, rankingInput, regulationOf, smallRegulation } from './fixtures/ranking-input.fixture';
import { rankGroup } from './ranking';
import type { ExplanationLine, MemberInput } from './ranking.types';

const HEAD = 'h';
const kindOf = () => 'criterion' as const;
const reg = regulationOf(
  smallRegulation({
    criteria: [
      { id: 'A', title: 'Tiêu chí A', max: 10, method: { type: 'manual' } },
      { id: 'B', title: 'Tiêu chí B', max: 10, method: { type: 'manual' } },
    ],
  }),
);

/** Self-scores A 9, B 8; the head gave A 6 (with a reason) and B 8. */
const member = (fields: Partial<MemberInput> = {}): MemberInput =>
  memberInput('m', {
    selfScores: { A: { points: '9' }, B: { points: '8.0' } },
    scores: [
      { scorerId: HEAD, criterionId: 'A', points: '6.0000', reason: 'Thiếu minh chứng' },
      { scorerId: HEAD, criterionId: 'B', points: '8' },
    ],
    ...fields,
  });

const entryOf = (m: MemberInput, open = false) =>
  rankGroup(
    rankingInput(reg, [m, memberInput(HEAD)], { headId: HEAD, explanationWindowOpen: open }),
  ).entries.find((e) => e.memberId === 'm')!;
const lineOf = (m: MemberInput, id: string, open = false) =>
  entryOf(m, open).breakdown.find((l) => l.id === id)!;

describe('the explanation round', () => {
  it("finds the ids whose head's score departs from the self-score, equal decimals equal", () => {
    expect(disputedIds(member(), HEAD, kindOf)).toEqual(['A']);
  });

  it("leaves the head's own scores out: nobody explains them", () => {
    expect(disputedIds({ ...member(), memberId: HEAD }, HEAD, kindOf)).toEqual([]);
  });

  it('reads no self-score as no claim, except against a deduction; ignores other scorers and marks', () => {
    const m = memberInput('m', {
      scores: [
        { scorerId: HEAD, criterionId: 'A', points: '3' },
        { scorerId: HEAD, criterionId: 'X', points: '5' },
        { scorerId: HEAD, criterionId: 'D3', points: '2' },
        { scorerId: HEAD, criterionId: 'D4', points: '0' },
        { scorerId: 'x', criterionId: 'B', points: '3' },
        { scorerId: HEAD, criterionId: 'B', points: '0', notApplicable: true, reason: 'Không áp dụng' },
      ],
    });
    const kinds = { A: 'criterion', X: 'bonus', D3: 'deduction', D4: 'deduction' } as const;
    expect(disputedIds(m, HEAD, (id) => kinds[id as keyof typeof kinds])).toEqual(['D3']);
  });

  it("counts a second-round score in place of the head's first, and the total follows", () => {
    // First round: A 6 + B 8 = 14; second round A 8 → 16.
    expect(entryOf(member()).total).toBe('14');
    const m = member({
      explanations: [
        {
          criterionId: 'A',
          text: 'Có quyết định kèm theo',
          decision: { keep: false, points: '8', reason: 'Đã bổ sung' },
        },
      ],
    });
    expect(entryOf(m).total).toBe('16');
    expect(lineOf(m, 'A').rounds).toEqual({
      first: { points: '6', count: null, reason: 'Thiếu minh chứng' },
      explanation: 'Có quyết định kèm theo',
      second: { points: '8', count: null, reason: 'Đã bổ sung', kept: false },
    });
    expect(lineOf(m, 'A').underExplanation).toBeUndefined();
  });

  it('keeps the first round when the head says so, the total unchanged', () => {
    const m = member({
      explanations: [{ criterionId: 'A', text: 'Xin xem lại', decision: { keep: true, reason: null } }],
    });
    expect(entryOf(m).total).toBe('14');
    expect(lineOf(m, 'A').rounds?.second).toEqual({ points: '6', count: null, reason: null, kept: true });
  });

  it('marks an undecided explanation under explanation, open window or not, and counts the first round', () => {
    const m = member({ explanations: [{ criterionId: 'A', text: 'Xin xem lại', decision: null }] });
    expect(lineOf(m, 'A').underExplanation).toBe(true);
    expect(entryOf(m).underExplanation).toEqual(['A']);
    expect(entryOf(m).total).toBe('14');
    expect(lineOf(m, 'A').rounds?.second).toBeNull();
  });

  it('marks a disputed score not yet explained only while the window is open', () => {
    expect(entryOf(member(), true).underExplanation).toEqual(['A']);
    expect(lineOf(member(), 'A', true).rounds).toBeUndefined();
    expect(entryOf(member(), false).underExplanation).toEqual([]);
  });

  it('copies nothing when no second-round score was given', () => {
    const m = member({ explanations: [{ criterionId: 'A', text: 'x', decision: null }] });
    expect(withSecondRound(m, HEAD)).toBe(m);
  });

  it('leaves lines alone when there is nothing to mark', () => {
    const lines = [{ id: 'A' }] as ExplanationLine[];
    markExplanationRounds(lines, member(), HEAD, false, kindOf);
    expect(lines).toEqual([{ id: 'A' }]);
  });
});
