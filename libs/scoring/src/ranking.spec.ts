import { RankingInputError } from './errors';
import { CTD_VIII_2023_REGULATION } from './fixtures/ctd-viii-2023.regulation';
import { memberInput, rankingInput, regulationOf, smallRegulation } from './fixtures/ranking-input.fixture';
import { rankGroup as sut } from './ranking';
import type { MemberInput, RankingResult, VoteInput } from './ranking.types';
import type { RegulationDocument } from './regulation.schema';

const ctd = regulationOf(CTD_VIII_2023_REGULATION);
const HEAD = 'h';

/** A member whose head-given score for criterion A is `points`. */
const scored = (memberId: string, points: string, fields: Partial<MemberInput> = {}): MemberInput =>
  memberInput(memberId, { scores: [{ scorerId: HEAD, criterionId: 'A', points }], ...fields });

const ranks = (result: RankingResult) => result.entries.map((e) => `${e.memberId}:${e.rank}`);

/** Two criteria (A manual, T pass/fail) and a bonus item, with the given tie-breaks. */
function withTieBreaks(tieBreaks: RegulationDocument['tieBreaks'], extra: Partial<RegulationDocument> = {}) {
  return regulationOf(
    smallRegulation({
      criteria: [
        { id: 'A', title: 'Tiêu chí A', max: 10, method: { type: 'manual' } },
        { id: 'T', title: 'Tiêu chí T', max: 5, method: { type: 'manual' } },
      ],
      bonus: { max: 5, items: [{ id: 'X', title: 'Thưởng', points: 5 }] },
      tieBreaks,
      ...extra,
    }),
  );
}

describe('rankGroup', () => {
  describe('rank', () => {
    it('ranks by total, high to low', () => {
      const reg = withTieBreaks([]);
      const result = sut(
        rankingInput(reg, [scored('h', '5'), scored('a', '9'), scored('b', '7')], { headId: HEAD }),
      );
      expect(ranks(result)).toEqual(['a:1', 'b:2', 'h:3']);
    });

    it('lets members still tied share a rank and skips the next (1, 1, 3)', () => {
      const reg = withTieBreaks([]);
      const result = sut(
        rankingInput(reg, [scored('h', '5'), scored('b', '9'), scored('a', '9')], { headId: HEAD }),
      );
      // a and b tie at 9: both rank 1, listed by memberId; h is third.
      expect(ranks(result)).toEqual(['a:1', 'b:1', 'h:3']);
    });

    it('breaks a tie on a criterion, higher first', () => {
      const reg = withTieBreaks([{ type: 'criterion', id: 'T' }]);
      // a: A 6 + T 3 = 9; b: A 8 + T 1 = 9 → a ranks first on T (3 > 1)
      const a = memberInput('a', {
        scores: [
          { scorerId: HEAD, criterionId: 'A', points: '6' },
          { scorerId: HEAD, criterionId: 'T', points: '3' },
        ],
      });
      const b = memberInput('b', {
        scores: [
          { scorerId: HEAD, criterionId: 'A', points: '8' },
          { scorerId: HEAD, criterionId: 'T', points: '1' },
        ],
      });
      expect(ranks(sut(rankingInput(reg, [b, a, scored('h', '0')], { headId: HEAD })))).toEqual([
        'a:1',
        'b:2',
        'h:3',
      ]);
    });

    it('breaks a tie on bonus points, higher first', () => {
      const reg = withTieBreaks([{ type: 'bonus' }]);
      // a: A 4 + X 5 = 9; b: A 9 = 9 → a first on bonus
      const a = memberInput('a', {
        scores: [
          { scorerId: HEAD, criterionId: 'A', points: '4' },
          { scorerId: HEAD, criterionId: 'X', points: '5' },
        ],
      });
      expect(
        ranks(sut(rankingInput(reg, [scored('b', '9'), a, scored('h', '0')], { headId: HEAD }))),
      ).toEqual(['a:1', 'b:2', 'h:3']);
    });

    it('breaks a tie on submission time, earlier first, not submitted last', () => {
      const reg = withTieBreaks([{ type: 'submittedAt' }]);
      const members = [
        scored('a', '9', { submittedAt: '2023-11-19T10:00:00+07:00' }),
        scored('b', '9', { submittedAt: '2023-11-18T10:00:00+07:00' }),
        scored('c', '9'),
        scored('h', '0'),
      ];
      expect(ranks(sut(rankingInput(reg, members, { headId: HEAD })))).toEqual(['b:1', 'a:2', 'c:3', 'h:4']);
    });

    it('breaks a tie on votes, more first', () => {
      const reg = withTieBreaks([{ type: 'vote' }], {
        voting: { enabled: true, threshold: 0.5, base: 'ALL_MEMBERS', selfVote: false },
        awards: [{ id: 'FLAG', title: 'Cờ', quota: { count: 1 }, eligibility: { requiresVote: true } }],
      });
      const votes: VoteInput[] = [
        { voterId: 'h', awardId: 'FLAG', candidateId: 'b' },
        { voterId: 'a', awardId: 'FLAG', candidateId: 'b' },
        { voterId: 'b', awardId: 'FLAG', candidateId: 'a' },
      ];
      const result = sut(
        rankingInput(reg, [scored('a', '9'), scored('b', '9'), scored('h', '0')], { headId: HEAD, votes }),
      );
      expect(ranks(result)).toEqual(['b:1', 'a:2', 'h:3']);
      expect(result.entries[0].votes).toEqual({ FLAG: 2 });
    });

    it('applies tie-breaks in the listed order and only while still tied', () => {
      const reg = withTieBreaks([{ type: 'criterion', id: 'T' }, { type: 'submittedAt' }]);
      // a and b tie on total 9 and on T (0): the earlier submission (b) wins; c has 10 and stays first.
      const members = [
        scored('a', '9', { submittedAt: '2023-11-19T10:00:00+07:00' }),
        scored('b', '9', { submittedAt: '2023-11-18T10:00:00+07:00' }),
        scored('c', '10', { submittedAt: '2023-11-30T10:00:00+07:00' }),
        scored('h', '0'),
      ];
      expect(ranks(sut(rankingInput(reg, members, { headId: HEAD })))).toEqual(['c:1', 'b:2', 'a:3', 'h:4']);
    });
  });

  describe('score layers', () => {
    const cross = (final: 'CROSS_MEAN' | 'CROSS_TRIMMED_MEAN') =>
      regulationOf(
        smallRegulation({
          scoring: { final, precision: 2 },
          bonus: { max: 5, items: [{ id: 'X', title: 'Thưởng', points: 5 }] },
        }),
      );

    it("uses the mean of the other members' scores and ignores the member's own", () => {
      // scores for m from a 6, b 7, c 9, and m itself 10 → (6 + 7 + 9) / 3 = 7.333… → 7.33
      const m = memberInput('m', {
        selfScores: { A: { points: '10' } },
        scores: ['a:6', 'b:7', 'c:9', 'm:10'].map((s) => {
          const [scorerId, points] = s.split(':');
          return { scorerId, criterionId: 'A', points };
        }),
      });
      const members = [m, memberInput('a'), memberInput('b'), memberInput('c')];
      const entry = sut(rankingInput(cross('CROSS_MEAN'), members, { headId: 'a' })).entries.find(
        (e) => e.memberId === 'm',
      )!;
      expect(entry.breakdown[0]).toMatchObject({ result: '7.33', rounding: { precision: 2 } });
      expect(entry.breakdown[0].scores!.map((s) => `${s.role}:${s.scorerId}`)).toEqual([
        'self:m',
        'cross:a',
        'cross:b',
        'cross:c',
      ]);
    });

    it('drops the highest and lowest cross-score under CROSS_TRIMMED_MEAN', () => {
      // 6, 7, 9 → drop 6 and 9 → 7
      const m = memberInput('m', {
        scores: [
          { scorerId: 'a', criterionId: 'A', points: '6' },
          { scorerId: 'b', criterionId: 'A', points: '7' },
          { scorerId: 'c', criterionId: 'A', points: '9' },
        ],
      });
      const members = [m, memberInput('a'), memberInput('b'), memberInput('c')];
      const entry = sut(rankingInput(cross('CROSS_TRIMMED_MEAN'), members, { headId: 'a' })).entries.find(
        (e) => e.memberId === 'm',
      )!;
      expect(entry.total).toBe('7');
    });

    it('keeps bonus items with the head under cross-scoring', () => {
      // a is head: its grant counts; b's does not.
      const m = memberInput('m', {
        scores: [
          { scorerId: 'b', criterionId: 'X', points: '5' },
          { scorerId: 'a', criterionId: 'X', points: '0' },
        ],
      });
      const result = sut(
        rankingInput(cross('CROSS_MEAN'), [m, memberInput('a'), memberInput('b')], { headId: 'a' }),
      );
      expect(result.entries.find((e) => e.memberId === 'm')!.bonusPoints).toBe('0');
    });

    it('leaves out, with a warning, a cross-score from outside the group', () => {
      const m = memberInput('m', { scores: [{ scorerId: 'zz', criterionId: 'A', points: '9' }] });
      const result = sut(rankingInput(cross('CROSS_MEAN'), [m, memberInput('a')], { headId: 'a' }));
      expect(result.entries.find((e) => e.memberId === 'm')!.total).toBe('0');
      expect(result.warnings).toEqual([
        'Đơn vị m: điểm mã "A" do zz chấm, không phải thành viên của cụm/khối — không tính',
      ]);
    });

    it('marks an entry unreviewed while a self-score counts', () => {
      const reg = withTieBreaks([]);
      const result = sut(
        rankingInput(reg, [memberInput('a', { selfScores: { A: { points: '7' } } }), scored('h', '5')], {
          headId: HEAD,
        }),
      );
      expect(result.entries.map((e) => [e.memberId, e.total, e.unreviewed])).toEqual([
        ['a', '7', true],
        ['h', '5', false],
      ]);
    });
  });

  describe('bad inputs', () => {
    it('leaves out invalid and conflicting scores with a warning each', () => {
      const reg = withTieBreaks([]);
      const a = memberInput('a', {
        selfScores: { A: { points: '11' }, Z: { points: '1' } },
        scores: [
          { scorerId: HEAD, criterionId: 'T', points: '2' },
          { scorerId: HEAD, criterionId: 'T', points: '3' },
          { scorerId: HEAD, criterionId: 'X', points: '4' },
        ],
      });
      const result = sut(rankingInput(reg, [a, scored('h', '1')], { headId: HEAD }));
      expect(result.entries.find((e) => e.memberId === 'a')!.total).toBe('0');
      expect(result.warnings).toEqual([
        'Đơn vị a: tự chấm mã "A" không hợp lệ (Điểm phải từ 0 đến 10) — không tính',
        'Đơn vị a: tự chấm mã "Z" không phải tiêu chí chấm được của quy chế — không tính',
        'Đơn vị a: điểm mã "T" do h chấm có 2 giá trị khác nhau — không tính',
        'Đơn vị a: điểm mã "X" do h chấm không hợp lệ (Khoản thưởng chỉ nhận 0 hoặc 5 điểm) — không tính',
      ]);
    });

    it('counts a score repeated identically once', () => {
      const reg = withTieBreaks([]);
      const a = scored('a', '4', {
        scores: [0, 1].map(() => ({ scorerId: HEAD, criterionId: 'A', points: '4.0' })),
      });
      const result = sut(rankingInput(reg, [a, scored('h', '1')], { headId: HEAD }));
      expect(result.entries[0]).toMatchObject({ memberId: 'a', total: '4' });
      expect(result.warnings).toEqual([]);
    });

    it('treats an indicator that is not a decimal as missing, with a warning', () => {
      const result = sut(
        rankingInput(ctd, [
          memberInput('a', { indicators: { industrial_output_value: { percentOfPlan: '98,5' } } }),
        ]),
      );
      expect(result.entries[0].breakdown[1]).toMatchObject({
        id: '1.1',
        result: '0',
        inputs: { value: null },
      });
      expect(result.warnings).toContain(
        'Đơn vị a: chỉ tiêu industrial_output_value.percentOfPlan = "98,5" không phải số — coi như thiếu số liệu',
      );
    });

    it('refuses a period the regulation does not have, bad times and duplicate members', () => {
      const fyOnly = regulationOf(
        smallRegulation({ periods: [{ kind: 'FY', deadline: '2023-11-20T17:00:00+07:00' }] }),
      );
      expect(() => sut(rankingInput(fyOnly, [memberInput('a')], { periodKind: 'H1' }))).toThrow(
        RankingInputError,
      );
      expect(() => sut(rankingInput(ctd, [memberInput('a')], { computedAt: 'hôm nay' }))).toThrow(
        'computedAt không phải thời điểm ISO 8601: "hôm nay"',
      );
      expect(() => sut(rankingInput(ctd, [memberInput('a', { submittedAt: '20/11/2023' })]))).toThrow(
        RankingInputError,
      );
      // Without an offset the instant would depend on the machine's time zone.
      expect(() =>
        sut(rankingInput(ctd, [memberInput('a', { submittedAt: '2023-11-20T17:00:00' })])),
      ).toThrow(RankingInputError);
      expect(() => sut(rankingInput(ctd, [memberInput('a'), memberInput('a')]))).toThrow('trùng lặp');
    });

    it('ranks an empty group as empty', () => {
      expect(sut(rankingInput(ctd, []))).toEqual({ entries: [], warnings: [] });
    });
  });

  it('uses the deadline of the period being ranked', () => {
    // Submitted 2023-06-21 09:00: one day late for H1 (deadline 20/06 17:00), on time for FY.
    const member = memberInput('a', { submittedAt: '2023-06-21T09:00:00+07:00' });
    const h1 = sut(
      rankingInput(ctd, [member], { periodKind: 'H1', computedAt: '2023-07-01T00:00:00+07:00' }),
    );
    const fy = sut(rankingInput(ctd, [member], { periodKind: 'FY' }));
    expect(h1.entries[0].deductionPoints).toBe('1');
    expect(fy.entries[0].deductionPoints).toBe('0');
  });
});
