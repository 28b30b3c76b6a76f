// Points of one member through rankGroup: tree sums, rounding, overrides, bonus, deductions, total and band.
import { CTD_VIII_2023_REGULATION } from './fixtures/ctd-viii-2023.regulation';
import { memberInput, rankingInput, regulationOf, smallRegulation } from './fixtures/ranking-input.fixture';
import { rankGroup } from './ranking';
import type { MemberInput, RankingEntry } from './ranking.types';
import type { Regulation } from './regulation.schema';

const ctd = regulationOf(CTD_VIII_2023_REGULATION);
const HEAD = 'sct-gia-lai';

/** Ranks one member (the head) alone under a regulation and returns its entry. */
function entryOf(
  regulation: Regulation,
  fields: Partial<Omit<MemberInput, 'memberId'>>,
  computedAt?: string,
): RankingEntry {
  const input = rankingInput(regulation, [memberInput(HEAD, fields)], computedAt ? { computedAt } : {});
  return rankGroup(input).entries[0];
}

const deadline = '2023-11-20T17:00:00+07:00'; // FY deadline of CTD-VIII
const line = (entry: RankingEntry, id: string) => entry.breakdown.find((l) => l.id === id)!;

const twoRates = regulationOf(
  smallRegulation({
    criteria: [
      {
        id: 'A',
        title: 'Kinh tế',
        max: 20,
        children: [
          {
            id: 'A.1',
            title: 'Sản xuất',
            max: 10,
            method: { type: 'rate', indicator: 'industrial_output_value', field: 'percentOfPlan', target: 3 },
          },
          {
            id: 'A.2',
            title: 'Xuất khẩu',
            max: 10,
            method: { type: 'rate', indicator: 'export_value', field: 'percentOfPlan', target: 3 },
          },
        ],
      },
      {
        id: 'B',
        title: 'Chi tiết',
        max: 1,
        method: { type: 'rate', indicator: 'import_value', field: 'value', target: 8 },
      },
    ],
  }),
);

describe('scoring one member', () => {
  describe('rounding', () => {
    it('rounds each criterion to scoring.precision and sums the rounded values', () => {
      // A.1 = A.2 = 10 × 1 / 3 = 3.333… → 3.33 each; A = 3.33 + 3.33 = 6.66 (the exact sum would round to 6.67)
      const entry = entryOf(twoRates, {
        indicators: { industrial_output_value: { percentOfPlan: '1' }, export_value: { percentOfPlan: '1' } },
      });
      expect(line(entry, 'A.1')).toMatchObject({ result: '3.33', rounding: { precision: 2 } });
      expect(line(entry, 'A.1').rounding!.exact).toMatch(/^3\.3333333/);
      expect(line(entry, 'A')).toMatchObject({ result: '6.66', method: 'sum' });
      expect(entry.total).toBe('6.66');
    });

    it('rounds half up, not to even', () => {
      // B = 1 × 1 / 8 = 0.125 → 0.13 (banker's rounding would give 0.12)
      const entry = entryOf(twoRates, { indicators: { import_value: { value: '1' } } });
      expect(line(entry, 'B')).toMatchObject({ result: '0.13', rounding: { exact: '0.125', precision: 2 } });
    });

    it('leaves no rounding note when the value is already exact', () => {
      const entry = entryOf(twoRates, { indicators: { import_value: { value: '4' } } });
      expect(line(entry, 'B').result).toBe('0.5');
      expect(line(entry, 'B').rounding).toBeUndefined();
    });
  });

  describe('criteria', () => {
    it('lists every criterion in tree order, parents before their children', () => {
      const entry = entryOf(ctd, {});
      expect(entry.breakdown.map((l) => l.id)).toEqual([
        '1',
        '1.1',
        '1.2',
        '1.3',
        '1.4',
        '1.5',
        '2',
        '2.1',
        '2.2',
        '3',
        'B1',
        'B2',
        'D1',
        'D2',
        'D3',
      ]);
      expect(line(entry, '1.3').parentId).toBe('1');
    });

    it('gives 0 with an explanation for a missing indicator', () => {
      const entry = entryOf(ctd, {});
      expect(line(entry, '1.1')).toMatchObject({
        result: '0',
        inputs: { indicator: 'industrial_output_value', field: 'percentOfPlan', value: null },
        note: 'Thiếu số liệu Giá trị sản xuất công nghiệp (% so với kế hoạch): 0 điểm',
      });
    });

    it('counts a computed criterion overridden with a reason and shows both values', () => {
      // 1.3 by bands: 91.2 → 7; the head overrides with 8.
      const entry = entryOf(ctd, {
        indicators: { online_dossier_rate: { value: '91.2' } },
        scores: [{ scorerId: HEAD, criterionId: '1.3', points: '8', reason: 'Số liệu được cập nhật' }],
      });
      expect(line(entry, '1.3')).toMatchObject({
        result: '8',
        overridden: true,
        inputs: { value: '91.2', computed: '7' },
        scores: [{ scorerId: HEAD, role: 'head', points: '8', reason: 'Số liệu được cập nhật' }],
      });
      expect(line(entry, '1.3').note).toContain(
        '7 điểm. Điều chỉnh: Điểm của cụm/khối trưởng 8 (lý do: Số liệu được cập nhật)',
      );
    });

    it("ignores a member's self-score on a computed criterion", () => {
      const entry = entryOf(ctd, {
        indicators: { online_dossier_rate: { value: '91.2' } },
        selfScores: { '1.3': { points: '10' } },
      });
      expect(line(entry, '1.3')).toMatchObject({ result: '7' });
      expect(line(entry, '1.3').overridden).toBeUndefined();
    });

    it('scores per-item criteria from the counted points', () => {
      // 3 × 2.5 = 7.5
      const entry = entryOf(ctd, {
        scores: [{ scorerId: HEAD, criterionId: '2.2', points: '7.5', count: 3 }],
      });
      expect(line(entry, '2.2')).toMatchObject({ result: '7.5', inputs: { pointsEach: '2.5' } });
      expect(line(entry, '2.2').scores).toEqual([{ scorerId: HEAD, role: 'head', points: '7.5', count: 3 }]);
    });

    it('says when a criterion has no score yet', () => {
      expect(line(entryOf(ctd, {}), '1.4')).toMatchObject({ result: '0', note: 'Chưa có điểm: 0 điểm' });
    });
  });

  describe('bonus', () => {
    it('adds the granted bonus items', () => {
      // B1 10 + B2 2.5 = 12.5 ≤ cap 15
      const entry = entryOf(ctd, {
        selfScores: { B1: { points: '10' } },
        scores: [{ scorerId: HEAD, criterionId: 'B2', points: '2.5' }],
      });
      expect(entry.bonusPoints).toBe('12.5');
      expect(line(entry, 'B1')).toMatchObject({ result: '10', unreviewed: true });
    });

    it('caps the bonus sum at bonus.max', () => {
      // 10 + 10 = 20 > cap 15 → 15
      const doc = regulationOf(
        smallRegulation({
          bonus: {
            max: 15,
            items: [
              { id: 'T1', title: 'Cờ thi đua năm trước', points: 10 },
              { id: 'T2', title: 'Mô hình mới', points: 10 },
            ],
          },
        }),
      );
      const entry = entryOf(doc, {
        scores: [
          { scorerId: HEAD, criterionId: 'T1', points: '10' },
          { scorerId: HEAD, criterionId: 'T2', points: '10' },
        ],
      });
      expect(entry.bonusPoints).toBe('15');
      expect(entry.total).toBe('15');
      expect(entry.summary).toContain('điểm thưởng 20 vượt mức tối đa nên tính 15');
    });
  });

  describe('deductions', () => {
    it('does not charge a report submitted on the deadline', () => {
      const entry = entryOf(ctd, { submittedAt: deadline });
      expect(line(entry, 'D1')).toMatchObject({ result: '0', note: 'Nộp đúng hạn' });
    });

    it('charges one day for one second late', () => {
      // 17:00:01 → 1 started day × 1 point = 1
      const entry = entryOf(ctd, { submittedAt: '2023-11-20T10:00:01Z' });
      expect(line(entry, 'D1')).toMatchObject({ result: '1', inputs: { days: 1, pointsPerDay: '1' } });
      expect(line(entry, 'D1').note).toBe(
        'Nộp lúc 17:00:01 20/11/2023, hạn 17:00:00 20/11/2023: chậm 1 ngày × 1 = 1',
      );
    });

    it('counts started 24-hour blocks and caps at max', () => {
      // 48 h + 1 s → 3 days → 3; 8 days → 8 > max 5 → 5
      expect(line(entryOf(ctd, { submittedAt: '2023-11-22T17:00:01+07:00' }), 'D1').result).toBe('3');
      const capped = line(entryOf(ctd, { submittedAt: '2023-11-28T09:00:00+07:00' }), 'D1');
      expect(capped).toMatchObject({ result: '5', capped: true, inputs: { days: 8 } });
    });

    it('charges a missing report once the deadline has passed when ranking', () => {
      expect(line(entryOf(ctd, {}, '2023-11-20T17:00:01+07:00'), 'D2')).toMatchObject({ result: '10' });
      expect(line(entryOf(ctd, {}, '2023-11-20T16:00:00+07:00'), 'D2')).toMatchObject({
        result: '0',
        note: 'Chưa nộp báo cáo, chưa đến hạn 17:00:00 20/11/2023',
      });
      // Not submitted is "missing", never "late".
      expect(line(entryOf(ctd, {}, '2023-12-20T10:00:00+07:00'), 'D1').result).toBe('0');
    });

    it('takes a manual deduction from the head, not from the self-score', () => {
      const entry = entryOf(ctd, {
        submittedAt: deadline,
        selfScores: { D3: { points: '1' } },
        scores: [{ scorerId: HEAD, criterionId: 'D3', points: '2.5' }],
      });
      expect(line(entry, 'D3').result).toBe('2.5');
      expect(
        entryOf(ctd, { submittedAt: deadline, selfScores: { D3: { points: '1' } } }).deductionPoints,
      ).toBe('0');
    });
  });

  describe('total and band', () => {
    it('is criteria + bonus − deductions', () => {
      // 1.4: 18 + 3: 14 = 32 criteria; B1 10; late 2 days × 1 = 2 → 32 + 10 − 2 = 40
      const entry = entryOf(ctd, {
        submittedAt: '2023-11-22T08:00:00+07:00',
        scores: [
          { scorerId: HEAD, criterionId: '1.4', points: '18' },
          { scorerId: HEAD, criterionId: '3', points: '14' },
          { scorerId: HEAD, criterionId: 'B1', points: '10' },
        ],
      });
      expect(entry).toMatchObject({
        criteriaPoints: '32',
        bonusPoints: '10',
        deductionPoints: '2',
        total: '40',
        band: 'Trung bình',
      });
      expect(entry.summary).toBe(
        'Tổng điểm = 32 (tiêu chí) + 10 (điểm thưởng) − 2 (điểm trừ) = 40; xếp loại Trung bình (từ 0 điểm)',
      );
    });

    it('never goes below 0', () => {
      // 0 + 0 − (10 missing + 10 manual) = −20 → 0
      const entry = entryOf(ctd, { scores: [{ scorerId: HEAD, criterionId: 'D3', points: '10' }] });
      expect(entry).toMatchObject({ total: '0', deductionPoints: '20' });
      expect(entry.summary).toContain('tổng điểm không âm nên tính 0');
    });

    it('takes the first band whose min ≤ total, a boundary included', () => {
      // criteria: 1.1 10 × 50 / 100 = 5, 1.4 20, 1.5 10, 2.1 10, 2.2 15, 3 15 → 75;
      // bonus 10 + 2.5 = 12.5; D3 2.5 → 75 + 12.5 − 2.5 = 85 → "Tốt" (min 85)
      const entry = entryOf(ctd, {
        submittedAt: deadline,
        indicators: { industrial_output_value: { percentOfPlan: '50' } },
        scores: [
          { scorerId: HEAD, criterionId: '1.4', points: '20' },
          { scorerId: HEAD, criterionId: '1.5', points: '10' },
          { scorerId: HEAD, criterionId: '2.1', points: '10' },
          { scorerId: HEAD, criterionId: '2.2', points: '15', count: 6 },
          { scorerId: HEAD, criterionId: '3', points: '15' },
          { scorerId: HEAD, criterionId: 'B1', points: '10' },
          { scorerId: HEAD, criterionId: 'B2', points: '2.5' },
          { scorerId: HEAD, criterionId: 'D3', points: '2.5' },
        ],
      });
      expect(entry).toMatchObject({ total: '85', band: 'Tốt' });
    });

    it('has no band when the total is below every band', () => {
      const doc = regulationOf(smallRegulation({ bands: [{ label: 'Khá', min: 5 }] }));
      expect(entryOf(doc, {}).band).toBeNull();
    });
  });
});
