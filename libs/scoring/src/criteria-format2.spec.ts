// Format 2 criterion rules through rankGroup: declared indicators, days-late bands, allowAboveMax, optional criteria
// with not-applicable marks and normalize, board-scored criteria. Worked examples in the comments.
import { memberInput, rankingInput, regulationOf, smallRegulation } from './fixtures/ranking-input.fixture';
import { rankGroup } from './ranking';
import type {
  MemberInput,
  MemberScoreInput,
  RankingEntry,
  RankingInput,
  RankingResult,
} from './ranking.types';
import type { Regulation, RegulationDocument } from './regulation.schema';

const HEAD = 'head';
const BOARD = 'ban-tdkt';
const DEADLINE = '2023-11-20T17:00:00+07:00'; // FY deadline of smallRegulation

type CriterionDoc = RegulationDocument['criteria'][number];
const format2 = (criteria: CriterionDoc[], fields: Partial<RegulationDocument> = {}): Regulation =>
  regulationOf(smallRegulation({ format: 2, criteria, ...fields }));

function rank(
  regulation: Regulation,
  members: MemberInput[],
  fields: Partial<RankingInput> = {},
): RankingResult {
  return rankGroup(rankingInput(regulation, members, { headId: HEAD, ...fields }));
}
/** The head's own entry when it is ranked alone. */
function entryOf(
  regulation: Regulation,
  fields: Partial<Omit<MemberInput, 'memberId'>>,
  input = {},
): RankingEntry {
  return rank(regulation, [memberInput(HEAD, fields)], input).entries[0];
}
const line = (entry: RankingEntry, id: string) => entry.breakdown.find((l) => l.id === id)!;
const headScore = (criterionId: string, points: string, more: Partial<MemberScoreInput> = {}) => ({
  scorerId: HEAD,
  criterionId,
  points,
  ...more,
});
const notApplicable = (criterionId: string, reason = 'Đơn vị không có nhiệm vụ này') =>
  headScore(criterionId, '0', { notApplicable: true, reason });

describe('format 2 criteria', () => {
  describe('indicators of the group', () => {
    const regulation = format2(
      [
        {
          id: 'A',
          title: 'Giải quyết việc',
          max: 10,
          method: { type: 'rate', indicator: 'cases_resolved', field: 'percentOfPlan', target: 100 },
        },
      ],
      { indicators: [{ key: 'cases_resolved', label: 'Tỷ lệ việc giải quyết so với chỉ tiêu', unit: '%' }] },
    );

    it('reads a declared indicator like a common one and names it by its label', () => {
      // 10 × 80 / 100 = 8
      const entry = entryOf(regulation, { indicators: { cases_resolved: { percentOfPlan: '80' } } });
      expect(line(entry, 'A')).toMatchObject({
        result: '8',
        inputs: { indicator: 'cases_resolved', field: 'percentOfPlan', value: '80' },
      });
      expect(line(entry, 'A').note).toContain(
        'Tỷ lệ việc giải quyết so với chỉ tiêu (% so với kế hoạch) = 80',
      );
    });

    it('explains a missing declared figure with its label', () => {
      expect(line(entryOf(regulation, {}), 'A').note).toBe(
        'Thiếu số liệu Tỷ lệ việc giải quyết so với chỉ tiêu (% so với kế hoạch): 0 điểm',
      );
    });
  });

  describe('bands by days late', () => {
    // "Gửi đúng hạn 2; chậm 01-02 ngày 1,5; 03-05 ngày 1; 06-10 ngày 0,5; từ 11 ngày 0"
    const regulation = format2([
      {
        id: 'R',
        title: 'Báo cáo đúng thời hạn',
        max: 2,
        method: {
          type: 'bands',
          source: 'daysLate',
          bands: [
            { min: 11, points: 0 },
            { min: 6, points: 0.5 },
            { min: 3, points: 1 },
            { min: 1, points: 1.5 },
            { min: 0, points: 2 },
          ],
        },
      },
    ]);
    const submitted = (submittedAt: string | null) => line(entryOf(regulation, { submittedAt }), 'R');

    it('gives the on-time band for a report exactly at the deadline (0 days late)', () => {
      expect(submitted(DEADLINE)).toMatchObject({ result: '2', inputs: { source: 'daysLate', value: '0' } });
      expect(submitted('2023-11-20T09:00:00Z')).toMatchObject({ result: '2', inputs: { value: '0' } });
    });

    it('counts 1 second late as 1 day, as the late deduction does', () => {
      // 17:00:01 is one started 24-hour block after 17:00:00 → 1 day → 1.5
      expect(submitted('2023-11-20T17:00:01+07:00')).toMatchObject({ result: '1.5', inputs: { value: '1' } });
      expect(submitted('2023-11-20T17:00:01+07:00').note).toBe(
        'Số ngày nộp chậm = 1: thuộc mức từ 1 trở lên, 1,5 điểm',
      );
      // exactly 72 hours late is 3 days → 1; 72 hours and a second is 4 days → still 1
      expect(submitted('2023-11-23T17:00:00+07:00')).toMatchObject({ result: '1', inputs: { value: '3' } });
      expect(submitted('2023-11-23T17:00:01+07:00')).toMatchObject({ result: '1', inputs: { value: '4' } });
      // 11 days → 0
      expect(submitted('2023-12-01T17:00:00+07:00')).toMatchObject({ result: '0', inputs: { value: '11' } });
    });

    it('gives 0 with an explanation when there is no submission', () => {
      expect(submitted(null)).toMatchObject({ result: '0', inputs: { source: 'daysLate', value: null } });
      expect(submitted(null).note).toContain('Chưa nộp báo cáo');
    });

    it('takes no self-score for a days-late criterion', () => {
      const entry = entryOf(regulation, {
        submittedAt: '2023-11-25T17:00:00+07:00',
        selfScores: { R: { points: '2' } },
      });
      // 5 days late → 1; the self-score of 2 only informs
      expect(line(entry, 'R')).toMatchObject({ result: '1' });
      expect(line(entry, 'R').unreviewed).toBeUndefined();
    });
  });

  describe('allowAboveMax', () => {
    // 1 (max 20) ⊃ 1.1 (max 15) ⊃ 1.1.1 linear, max 10, may exceed; 1.1.2 manual max 5; 1.2 manual max 5.
    const regulation = format2([
      {
        id: '1',
        title: 'Nhiệm vụ chuyên môn',
        max: 20,
        children: [
          {
            id: '1.1',
            title: 'Giải quyết việc',
            max: 15,
            children: [
              {
                id: '1.1.1',
                title: 'Vượt chỉ tiêu giải quyết việc',
                max: 10,
                allowAboveMax: true,
                method: {
                  type: 'linear',
                  indicator: 'assigned_tasks_completed',
                  field: 'percentOfPlan',
                  points: [
                    [0, 0],
                    [100, 10],
                  ],
                  beyond: 'extrapolate',
                },
              },
              { id: '1.1.2', title: 'Hồ sơ', max: 5, method: { type: 'manual' } },
            ],
          },
          { id: '1.2', title: 'Khác', max: 5, method: { type: 'manual' } },
        ],
      },
      { id: '2', title: 'Khác', max: 10, method: { type: 'manual' } },
    ]);
    const figures = (percent: string) => ({ assigned_tasks_completed: { percentOfPlan: percent } });

    it('carries a leaf excess through two levels of parents into the total', () => {
      // 1.1.1 at 130 %: 13 (excess 3). 1.1 = min(10 + 5, 15) + 3 = 18 (excess 3).
      // 1 = min(15 + 5, 20) + 3 = 23 (excess 3). Total = 23 + 10 = 33 over a scale of 30.
      const entry = entryOf(regulation, {
        indicators: figures('130'),
        scores: [headScore('1.1.2', '5'), headScore('1.2', '5'), headScore('2', '10')],
      });
      expect(line(entry, '1.1.1').result).toBe('13');
      expect(line(entry, '1.1')).toMatchObject({ result: '18', inputs: { excess: '3' } });
      expect(line(entry, '1.1').note).toContain('cộng điểm vượt tối đa của tiêu chí con 3: 18');
      expect(line(entry, '1')).toMatchObject({ result: '23', inputs: { excess: '3' } });
      expect(entry.total).toBe('33');
    });

    it('lets a parent with room absorb the excess, which then stops there', () => {
      // 1.1.1 = 13 (excess 3), 1.1.2 = 0: 1.1 = min(10 + 0, 15) + 3 = 13, within its max 15: no excess.
      // 1 = min(13 + 0, 20) = 13 — the excess is not counted twice.
      const entry = entryOf(regulation, { indicators: figures('130') });
      expect(line(entry, '1.1').result).toBe('13');
      expect(line(entry, '1').result).toBe('13');
      expect(line(entry, '1').inputs.excess).toBeUndefined();
      expect(entry.total).toBe('13');
    });

    it('counts the head’s override above max, passed up as excess like a computed one', () => {
      // The head overrides 1.1.1 (figure 100 %: 10) with 12.5, a reason given: excess 2.5.
      // 1.1 = min(12.5 → 10 + 0, 15) + 2.5 = 12.5; 1 = min(12.5 → 10 + 0, 20) + 2.5 = 12.5: no excess left.
      const entry = entryOf(regulation, {
        indicators: figures('100'),
        scores: [headScore('1.1.1', '12.5', { reason: 'Số liệu cập nhật sau kỳ báo cáo' })],
      });
      expect(line(entry, '1.1.1').result).toBe('12.5');
      expect(line(entry, '1.1')).toMatchObject({ result: '12.5', inputs: { excess: '2.5' } });
      expect(entry.total).toBe('12.5');
    });

    it('still caps the children within their max at the parent', () => {
      // The head gives 1.1.2 its 5 and 1.2 its 5; at 100 % no excess: 1.1 = 15, 1 = 20, as format 1.
      const entry = entryOf(regulation, {
        indicators: figures('100'),
        scores: [headScore('1.1.2', '5'), headScore('1.2', '5')],
      });
      expect(line(entry, '1').result).toBe('20');
      expect(line(entry, '1').note).toBe('Tổng điểm các tiêu chí con: 20');
    });
  });

  describe('optional criteria', () => {
    // 1 (max 60) ⊃ 1.1 manual 40, 1.2 optional parent (max 20) ⊃ 1.2.1, 1.2.2 manual 10 each; 2 optional manual 40.
    const criteria: CriterionDoc[] = [
      {
        id: '1',
        title: 'Chuyên môn',
        max: 60,
        children: [
          { id: '1.1', title: 'Nhiệm vụ chung', max: 40, method: { type: 'manual' } },
          {
            id: '1.2',
            title: 'Bồi thường nhà nước',
            max: 20,
            optional: true,
            children: [
              { id: '1.2.1', title: 'Giải quyết yêu cầu', max: 10, method: { type: 'manual' } },
              { id: '1.2.2', title: 'Báo cáo', max: 10, method: { type: 'manual' } },
            ],
          },
        ],
      },
      { id: '2', title: 'Xây dựng ngành', max: 40, optional: true, method: { type: 'manual' } },
    ];
    const plain = format2(criteria);
    const normalized = format2(criteria, {
      scoring: { final: 'HEAD', precision: 2, normalize: 'percentOfApplicable' },
      bonus: { max: 5, items: [{ id: 'B1', title: 'Sáng kiến', points: 5 }] },
    });
    const scores = [
      headScore('1.1', '35'),
      headScore('1.2.1', '8'),
      headScore('1.2.2', '7'),
      headScore('2', '30'),
    ];

    it('scores a not-applicable parent and its subtree 0 without normalize, and marks the lines', () => {
      const entry = entryOf(plain, { scores: [...scores, notApplicable('1.2')] });
      for (const id of ['1.2', '1.2.1', '1.2.2']) {
        expect(line(entry, id)).toMatchObject({ result: '0', notApplicable: true });
      }
      expect(line(entry, '1.2').note).toBe(
        'Không áp dụng đối với đơn vị (lý do: Đơn vị không có nhiệm vụ này): 0 điểm',
      );
      expect(line(entry, '1.2.1').note).toBe('Không áp dụng đối với đơn vị, theo tiêu chí 1.2: 0 điểm');
      // 1 = 35 + 0; total 35 + 30 = 65; no normalization
      expect(entry.total).toBe('65');
      expect(entry.normalization).toBeUndefined();
      expect(line(entry, '1.1').notApplicable).toBeUndefined();
    });

    it('normalizes with a not-applicable parent counted once, at its highest node', () => {
      // Not applicable: 1.2 (max 20) — its children are not counted again. Applicable scale 100 − 20 = 80.
      // Criteria 35 + 30 = 65 → 65 × 100 / 80 = 81.25; + bonus 5 = 86.25.
      const entry = entryOf(normalized, {
        scores: [...scores, notApplicable('1.2'), notApplicable('1.2.1'), headScore('B1', '5')],
      });
      expect(entry.criteriaPoints).toBe('81.25');
      expect(entry.total).toBe('86.25');
      expect(entry.normalization).toEqual({ raw: '65', nominal: '100', applicable: '80' });
      expect(entry.summary).toContain('quy đổi theo các tiêu chí áp dụng: 65 × 100 / 80');
    });

    it('rounds the normalized points half up once', () => {
      // 2 not applicable: scale 100 − 40 = 60. Criteria 35 + 15 = 50 → 50 × 100 / 60 = 83.333… → 83.33.
      const entry = entryOf(normalized, { scores: [...scores, notApplicable('2')] });
      expect(entry.criteriaPoints).toBe('83.33');
      expect(entry.normalization).toMatchObject({ raw: '50', applicable: '60', exact: '83.333333333333…' });
      // 1.2.1 = 8, 1.2.2 = 7 → 1.2 = 15; 1 = 35 + 15 = 50.
      // Without any mark nothing is scaled: 50 + 30 = 80.
      expect(entryOf(normalized, { scores }).criteriaPoints).toBe('80');
      expect(entryOf(normalized, { scores }).normalization).toBeUndefined();
    });

    it('gives 0 criteria points when nothing is applicable, and scales nothing', () => {
      // Every top-level criterion optional and marked: applicable scale 0, criteria 0, total = bonus 5.
      const allOptional = format2(
        [
          { id: 'X', title: 'X', max: 50, optional: true, method: { type: 'manual' } },
          { id: 'Y', title: 'Y', max: 50, optional: true, method: { type: 'manual' } },
        ],
        {
          scoring: { final: 'HEAD', precision: 2, normalize: 'percentOfApplicable' },
          bonus: { max: 5, items: [{ id: 'B1', title: 'Sáng kiến', points: 5 }] },
        },
      );
      const entry = entryOf(allOptional, {
        scores: [notApplicable('X'), notApplicable('Y'), headScore('B1', '5')],
      });
      expect(entry.criteriaPoints).toBe('0');
      expect(entry.total).toBe('5');
      expect(entry.normalization).toEqual({ raw: '0', nominal: '100', applicable: '0' });
    });

    it('normalizes with a not-applicable leaf under an applicable parent', () => {
      // 1 (max 60) ⊃ 1.1 (40), 1.2 optional (20); 2 (40). 1.2 not applicable: scale 100 − 20 = 80.
      // 1 = 35, 2 = 31: 66 × 100 / 80 = 82.5
      const leafOptional = format2(
        [
          {
            id: '1',
            title: 'Chuyên môn',
            max: 60,
            children: [
              { id: '1.1', title: 'Chung', max: 40, method: { type: 'manual' } },
              { id: '1.2', title: 'Riêng', max: 20, optional: true, method: { type: 'manual' } },
            ],
          },
          { id: '2', title: 'Khác', max: 40, method: { type: 'manual' } },
        ],
        { scoring: { final: 'HEAD', precision: 2, normalize: 'percentOfApplicable' } },
      );
      const entry = entryOf(leafOptional, {
        scores: [headScore('1.1', '35'), headScore('1.2', '20'), headScore('2', '31'), notApplicable('1.2')],
      });
      expect(line(entry, '1')).toMatchObject({ result: '35' });
      expect(entry.criteriaPoints).toBe('82.5');
      expect(entry.normalization).toEqual({ raw: '66', nominal: '100', applicable: '80' });
    });

    it('ignores the points of a not-applicable leaf', () => {
      const entry = entryOf(plain, { scores: [headScore('2', '30'), notApplicable('2')] });
      expect(line(entry, '2')).toMatchObject({ result: '0', notApplicable: true });
    });

    it('ignores a mark on a criterion that is not optional, with a warning', () => {
      const result = rank(plain, [
        memberInput(HEAD, { scores: [headScore('1.1', '35'), notApplicable('1.1')] }),
      ]);
      expect(line(result.entries[0], '1.1')).toMatchObject({ result: '35' });
      expect(line(result.entries[0], '1.1').notApplicable).toBeUndefined();
      expect(result.warnings).toEqual([expect.stringContaining('không phải tiêu chí tùy chọn (optional)')]);
    });

    it('ignores a mark without a reason or not from the head, with a warning', () => {
      const result = rank(plain, [
        memberInput(HEAD, {
          scores: [
            headScore('2', '30', { notApplicable: true, reason: ' ' }),
            { scorerId: 'other', criterionId: '1.2', points: '0', notApplicable: true, reason: 'x' },
          ],
        }),
        memberInput('other'),
      ]);
      const entry = result.entries.find((e) => e.memberId === HEAD)!;
      expect(line(entry, '2').notApplicable).toBeUndefined();
      expect(line(entry, '1.2').notApplicable).toBeUndefined();
      expect(result.warnings).toEqual([
        expect.stringContaining('chỉ cụm/khối trưởng được đánh dấu'),
        expect.stringContaining('phải có lý do'),
      ]);
    });
  });

  describe('board-scored criteria', () => {
    const regulation = format2([
      { id: 'A', title: 'Chuyên môn', max: 10, method: { type: 'manual' } },
      {
        id: 'K',
        title: 'Hồ sơ khen thưởng đúng thời hạn',
        max: 5,
        scoredBy: 'BOARD',
        method: { type: 'manual' },
      },
    ]);

    it("counts the board's score as final and shows it as the board's", () => {
      const entry = entryOf(
        regulation,
        { selfScores: { K: { points: '5' } }, scores: [{ scorerId: BOARD, criterionId: 'K', points: '3' }] },
        { boardId: BOARD },
      );
      expect(line(entry, 'K')).toMatchObject({
        result: '3',
        scores: [
          { scorerId: HEAD, role: 'self', points: '5' },
          { scorerId: BOARD, role: 'board', points: '3' },
        ],
        note: 'Điểm của cơ quan thi đua – khen thưởng 3',
      });
      expect(entry.unreviewed).toBe(false);
    });

    it("ignores the head's score with a warning, and counts the self-score as unreviewed until the board scores", () => {
      const result = rank(
        regulation,
        [memberInput(HEAD, { selfScores: { K: { points: '4' } }, scores: [headScore('K', '5')] })],
        { boardId: BOARD },
      );
      const entry = result.entries[0];
      expect(line(entry, 'K')).toMatchObject({ result: '4', unreviewed: true });
      expect(line(entry, 'K').note).toBe('Điểm tự chấm 4 (cơ quan thi đua – khen thưởng chưa chấm)');
      expect(entry.unreviewed).toBe(true);
      expect(result.warnings).toEqual([expect.stringContaining('điểm của cụm/khối trưởng không được tính')]);
    });

    it("ignores the board's score on a criterion it does not score, with a warning", () => {
      const result = rank(
        regulation,
        [memberInput(HEAD, { scores: [{ scorerId: BOARD, criterionId: 'A', points: '9' }] })],
        { boardId: BOARD },
      );
      expect(line(result.entries[0], 'A').result).toBe('0');
      expect(result.warnings).toEqual([expect.stringContaining('chỉ chấm các tiêu chí scoredBy BOARD')]);
    });

    it('listens to the board under cross rules too', () => {
      const cross = format2(
        [
          { id: 'A', title: 'Chuyên môn', max: 10, method: { type: 'manual' } },
          { id: 'K', title: 'Hồ sơ', max: 5, scoredBy: 'BOARD', method: { type: 'manual' } },
        ],
        { scoring: { final: 'CROSS_MEAN', precision: 2 } },
      );
      const result = rank(
        cross,
        [
          memberInput(HEAD, {
            scores: [
              { scorerId: 'm2', criterionId: 'K', points: '1' },
              { scorerId: BOARD, criterionId: 'K', points: '4' },
            ],
          }),
          memberInput('m2'),
        ],
        { boardId: BOARD },
      );
      const entry = result.entries.find((e) => e.memberId === HEAD)!;
      // only the board counts: 4, not the mean with m2's 1
      expect(line(entry, 'K').result).toBe('4');
    });
  });

  describe('self-scores of computed criteria', () => {
    // Format 1 already ignores them; format 2 too, for linear as well.
    const criteria: CriterionDoc[] = [
      {
        id: 'L',
        title: 'Tuyến tính',
        max: 10,
        method: {
          type: 'linear',
          indicator: 'retail_sales',
          field: 'value',
          points: [
            [0, 0],
            [10, 10],
          ],
        },
      },
      {
        id: 'R',
        title: 'Tỷ lệ',
        max: 10,
        method: { type: 'rate', indicator: 'export_value', field: 'value', target: 10 },
      },
    ];

    it.each([1, 2] as const)('never counts one in format %i', (format) => {
      const docCriteria = format === 1 ? criteria.slice(1) : criteria;
      const regulation = regulationOf(smallRegulation({ format, criteria: docCriteria }));
      const entry = entryOf(regulation, {
        indicators: { retail_sales: { value: '4' }, export_value: { value: '3' } },
        selfScores: { L: { points: '10' }, R: { points: '10' } },
      });
      // R = 10 × 3 / 10 = 3, L = 4: the self-scores of 10 do not count
      expect(line(entry, 'R')).toMatchObject({ result: '3' });
      expect(line(entry, 'R').unreviewed).toBeUndefined();
      if (format === 2) expect(line(entry, 'L').result).toBe('4');
      expect(entry.unreviewed).toBe(false);
    });
  });
});
