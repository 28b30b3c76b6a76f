import fc from 'fast-check';
import { CTD_VIII_2023_REGULATION } from './fixtures/ctd-viii-2023.regulation';
import { KTD_KT_GIA_LAI_2023_REGULATION } from './fixtures/ktd-kt-gia-lai-2023.regulation';
import { smallRegulation } from './fixtures/ranking-input.fixture';
import type { RegulationProblem } from './problems';
import { validateRegulation as sut } from './regulation.validation';

function problemsOf(doc: unknown): RegulationProblem[] {
  const result = sut(doc);
  return result.ok ? [] : result.problems;
}

function warningsOf(doc: unknown): RegulationProblem[] {
  return sut(doc).warnings;
}

function problem(path: string, message: string) {
  return { path, message: expect.stringContaining(message) };
}

/**
 * A copy of the CTD-VIII example with changes at JSON paths ("criteria[0].max": 50); undefined deletes the field.
 * Used to break one rule at a time.
 */
function ctdWith(changes: Record<string, unknown> = {}): unknown {
  const doc: unknown = structuredClone(CTD_VIII_2023_REGULATION);
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split(/\.|\[(\d+)\]/).filter((key) => key !== undefined && key !== '');
    const last = keys.pop()!;
    const parent = keys.reduce((node: any, key) => node[key], doc); // eslint-disable-line @typescript-eslint/no-explicit-any
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
  return doc;
}

describe('validateRegulation', () => {
  it('accepts the two demo regulations without problems or warnings', () => {
    for (const doc of [CTD_VIII_2023_REGULATION, KTD_KT_GIA_LAI_2023_REGULATION]) {
      expect(sut(doc)).toMatchObject({ ok: true, warnings: [] });
    }
  });

  it('fills in the defaults a short document leaves out', () => {
    const result = sut(smallRegulation());
    expect(result.ok && result.regulation).toMatchObject({
      deductions: [],
      bands: [],
      tieBreaks: [],
      awards: [],
      voting: { enabled: false, base: 'ALL_MEMBERS', selfVote: false },
    });
  });

  describe('shape', () => {
    it('refuses a format other than 1 and 2', () => {
      expect(problemsOf(ctdWith({ format: 3 }))).toEqual([
        problem('format', 'chỉ chấp nhận format 1 hoặc 2'),
      ]);
    });

    it('refuses a document that is not an object', () => {
      expect(problemsOf('quy chế')).toEqual([problem('', 'Phải là đối tượng')]);
    });

    it('names wrong types, missing fields and unknown fields by their path, in Vietnamese', () => {
      const doc = ctdWith({
        'criteria[0].children[0].max': '10',
        'criteria[1].title': undefined,
        'criteria[2].maxx': 15,
      });
      expect(problemsOf(doc)).toEqual([
        problem('criteria[0].children[0].max', 'Phải là số'),
        problem('criteria[1].title', 'Thiếu trường bắt buộc'),
        problem('criteria[2].maxx', 'Trường không được hỗ trợ'),
      ]);
    });

    it('lists the accepted method types when a type is unknown', () => {
      expect(problemsOf(ctdWith({ 'criteria[2].method': { type: 'boolean' } }))).toEqual([
        problem('criteria[2].method.type', '"manual", "pass_fail", "per_item"'),
      ]);
    });

    it('refuses an unknown indicator or indicator field', () => {
      const doc = ctdWith({
        'criteria[0].children[0].method.indicator': 'gdp',
        'criteria[0].children[1].method.field': 'estimate',
      });
      // The field is a shape problem, the indicator a name check after it (format 2 declares its own keys).
      expect(problemsOf(doc)).toEqual([
        problem(
          'criteria[0].children[1].method.field',
          '"value", "percentOfPlan", "changeVsSamePeriodPercent"',
        ),
        problem('criteria[0].children[0].method.indicator', '"industrial_production_index"'),
      ]);
    });

    it('refuses a deadline without a time zone and a period without deadline', () => {
      const doc = ctdWith({ periods: [{ kind: 'H1', deadline: '2023-06-20' }, { kind: 'FY' }] });
      expect(problemsOf(doc)).toEqual([
        problem('periods[0].deadline', 'có múi giờ'),
        problem('periods[1].deadline', 'Thiếu trường bắt buộc'),
      ]);
    });

    it('takes reminder days from 1 to 60, at most five of them', () => {
      const deadline = '2023-06-20T17:00:00+07:00';
      const fy = { kind: 'FY', deadline: '2023-11-20T17:00:00+07:00' };
      expect(
        problemsOf(ctdWith({ periods: [{ kind: 'H1', deadline, remindDaysBefore: [7, 3, 1] }, fy] })),
      ).toEqual([]);
      expect(
        problemsOf(ctdWith({ periods: [{ kind: 'H1', deadline, remindDaysBefore: [0, 1.5] }, fy] })),
      ).toEqual([
        problem('periods[0].remindDaysBefore[0]', 'từ 1 đến 60'),
        problem('periods[0].remindDaysBefore[1]', 'số nguyên'),
      ]);
      expect(
        problemsOf(
          ctdWith({ periods: [{ kind: 'H1', deadline, remindDaysBefore: [1, 2, 3, 4, 5, 6] }, fy] }),
        ),
      ).toEqual([problem('periods[0].remindDaysBefore', 'tối đa 5 lần')]);
    });
  });

  describe('criteria', () => {
    it("refuses children whose maxima add up to more than the parent's", () => {
      // 10 + 10 + 10 + 20 + 10 = 60 > 50
      expect(problemsOf(ctdWith({ 'criteria[0].max': 50 }))).toEqual([
        problem('criteria[0].max', '(60) vượt quá điểm tối đa của tiêu chí (50)'),
      ]);
    });

    it('warns when the children can never reach the parent maximum', () => {
      const doc = ctdWith({ 'criteria[1].max': 30 }); // children 10 + 15 = 25
      expect(sut(doc).ok).toBe(true);
      expect(warningsOf(doc)).toEqual([problem('criteria[1].max', '(25) nhỏ hơn điểm tối đa (30)')]);
    });

    it('refuses a leaf without method and a parent with one', () => {
      const doc = ctdWith({ 'criteria[2].method': undefined, 'criteria[1].method': { type: 'manual' } });
      expect(problemsOf(doc)).toEqual([
        problem('criteria[1].method', 'không được có phương pháp chấm'),
        problem('criteria[2].method', 'phải có phương pháp chấm'),
      ]);
    });

    it('refuses an id used twice among criteria, bonus items and deductions', () => {
      const doc = ctdWith({
        'criteria[1].children[1].id': '1.1',
        'bonus.items[1].id': '3',
        'deductions[2].id': 'B1',
      });
      expect(problemsOf(doc)).toEqual([
        problem('criteria[1].children[1].id', 'đã được dùng tại criteria[0].children[0].id'),
        problem('bonus.items[1].id', 'đã được dùng tại criteria[2].id'),
        problem('deductions[2].id', 'đã được dùng tại bonus.items[0].id'),
      ]);
    });

    it('refuses per-item points above the criterion maximum', () => {
      expect(problemsOf(ctdWith({ 'criteria[1].children[1].method.points': 20 }))).toEqual([
        problem('criteria[1].children[1].method.points', '(20) vượt quá điểm tối đa của tiêu chí (15)'),
      ]);
    });

    it('refuses a rate or relative_to_leader target of 0 or less', () => {
      const doc = ctdWith({
        'criteria[0].children[0].method.target': 0,
        'criteria[0].children[1].method.target': -5,
      });
      expect(problemsOf(doc)).toEqual([
        problem('criteria[0].children[0].method.target', 'phải lớn hơn 0'),
        problem('criteria[0].children[1].method.target', 'phải lớn hơn 0'),
      ]);
    });

    it('refuses method bands that do not strictly descend or give more than the maximum', () => {
      const doc = ctdWith({
        'criteria[0].children[2].method.bands': [
          { min: 90, points: 12 },
          { min: 90, points: 7 },
          { min: 95, points: 4 },
        ],
      });
      expect(problemsOf(doc)).toEqual([
        problem('criteria[0].children[2].method.bands[1].min', 'giảm dần: 90 không nhỏ hơn mức trước (90)'),
        problem('criteria[0].children[2].method.bands[2].min', 'giảm dần: 95 không nhỏ hơn mức trước (90)'),
        problem('criteria[0].children[2].method.bands[0].points', 'Điểm của mức (12) vượt quá'),
      ]);
    });

    it('accepts method bands whose lowest min is above 0, with a warning', () => {
      const doc = ctdWith({
        'criteria[0].children[2].method.bands': [
          { min: 95, points: 10 },
          { min: 80, points: 4 },
        ],
      });
      expect(sut(doc).ok).toBe(true);
      expect(warningsOf(doc)).toEqual([
        problem('criteria[0].children[2].method.bands[1].min', 'Giá trị dưới 80'),
      ]);
    });

    it('refuses points with more decimals than scoring.precision', () => {
      // With one decimal, 2.5 fits and 2.25 does not.
      const doc = ctdWith({ 'scoring.precision': 1, 'criteria[1].children[1].method.points': 2.25 });
      expect(problemsOf(doc)).toEqual([
        problem('criteria[1].children[1].method.points', 'Số điểm 2,25 có nhiều hơn 1 chữ số thập phân'),
      ]);
    });

    it('refuses a scale beyond exact arithmetic: 2^40 units of 10^-precision, per number and in total', () => {
      // At precision 6 the limit is 2^40 / 10^6 = 1.099.511,627776 points; 1e6 + 1e6 + the third root (15) + bonus (15).
      const roots = ctdWith({ 'scoring.precision': 6, 'criteria[0].max': 1e6, 'criteria[1].max': 1e6 });
      expect(problemsOf(roots)).toEqual([
        problem(
          'criteria',
          'Tổng điểm cao nhất có thể đạt (2.000.030, kể cả điểm thưởng) vượt giới hạn 1.099.511,627776',
        ),
      ]);
      expect(problemsOf(ctdWith({ 'scoring.precision': 6, 'deductions[0].max': 2e6 }))).toEqual([
        problem('deductions[0].max', 'Số điểm 2.000.000 vượt giới hạn 1.099.511,627776 điểm'),
      ]);
      expect(problemsOf(ctdWith({ 'scoring.precision': 2, 'deductions[0].max': 2e6 }))).toEqual([]);
    });
  });

  describe('bonus and deductions', () => {
    it('accepts a regulation without bonus points (max 0, no items)', () => {
      const doc = ctdWith({ bonus: { max: 0, items: [] }, tieBreaks: [{ type: 'submittedAt' }] });
      expect(sut(doc)).toMatchObject({ ok: true, warnings: [] });
    });

    it('refuses a bonus item when the bonus cap is 0', () => {
      expect(problemsOf(ctdWith({ 'bonus.max': 0 }))).toContainEqual(
        problem('bonus.items[0].points', 'vượt quá mức thưởng tối đa (0)'),
      );
    });

    it('refuses a bonus item worth more than the bonus cap', () => {
      expect(problemsOf(ctdWith({ 'bonus.items[0].points': 20 }))).toEqual([
        problem('bonus.items[0].points', 'vượt quá mức thưởng tối đa (15)'),
      ]);
    });

    it('refuses two late deductions', () => {
      const doc = ctdWith({
        'deductions[3]': { id: 'D4', title: 'Chậm lần hai', kind: 'late', pointsPerDay: 2, max: 4 },
      });
      expect(problemsOf(doc)).toEqual([
        problem('deductions[3].kind', 'Chỉ được có một khoản trừ loại "late"'),
      ]);
    });
  });

  describe('bands, tie-breaks and voting', () => {
    it('refuses classification bands not strictly descending by min, and repeated labels', () => {
      expect(problemsOf(ctdWith({ 'bands[2]': { label: 'Tốt', min: 90 } }))).toEqual([
        problem('bands[2].label', 'đã có tại bands[1]'),
        problem('bands[2].min', 'giảm dần: 90 không nhỏ hơn mức trước (85)'),
      ]);
    });

    it('warns about a band nobody can reach and about totals left without band', () => {
      const doc = ctdWith({
        bands: [
          { label: 'Xuất sắc', min: 120 },
          { label: 'Khá', min: 50 },
        ],
        'awards[1].eligibility.minBand': 'Khá',
        'awards[2].eligibility.minBand': 'Khá',
      });
      expect(warningsOf(doc)).toEqual([
        problem('bands[0].min', 'tổng điểm cao nhất có thể đạt là 115'),
        problem('bands[1].min', 'Tổng điểm dưới 50 không được xếp loại'),
      ]);
    });

    it('refuses a tie-break on an unknown criterion', () => {
      expect(problemsOf(ctdWith({ 'tieBreaks[0].id': '9' }))).toEqual([
        problem('tieBreaks[0].id', 'Không có tiêu chí mã "9"'),
      ]);
    });

    it('refuses a vote tie-break or an award requiring a vote when voting is off', () => {
      const doc = ctdWith({ voting: { enabled: false }, 'tieBreaks[3]': { type: 'vote' } });
      expect(problemsOf(doc)).toEqual([
        problem('awards[0].eligibility.requiresVote', 'không bật biểu quyết'),
        problem('tieBreaks[3].type', 'không bật biểu quyết'),
      ]);
    });

    it('refuses a vote tie-break on an award decided without vote', () => {
      expect(problemsOf(ctdWith({ 'tieBreaks[3]': { type: 'vote', awardId: 'MERIT' } }))).toEqual([
        problem('tieBreaks[3].awardId', 'không có bỏ phiếu'),
      ]);
    });

    it('refuses a threshold outside (0, 1] and a missing one when voting is on', () => {
      expect(problemsOf(ctdWith({ voting: { enabled: true, threshold: 0 } }))).toEqual([
        problem('voting.threshold', 'phải lớn hơn 0'),
      ]);
      expect(problemsOf(ctdWith({ voting: { enabled: true, threshold: 1.2 } }))).toEqual([
        problem('voting.threshold', 'không được vượt quá 1'),
      ]);
      expect(problemsOf(ctdWith({ voting: { enabled: true } }))).toEqual([
        problem('voting.threshold', 'Thiếu ngưỡng'),
      ]);
    });
  });

  describe('periods', () => {
    it('refuses a period declared twice', () => {
      expect(problemsOf(ctdWith({ 'periods[1].kind': 'H1' }))).toEqual([
        problem('periods[1].kind', 'Kỳ H1 đã được khai báo tại periods[0]'),
      ]);
    });

    it('refuses a mid-year deadline after the year-end one', () => {
      expect(problemsOf(ctdWith({ 'periods[0].deadline': '2023-12-01T17:00:00+07:00' }))).toEqual([
        problem('periods[0].deadline', 'phải trước hạn nộp kỳ tổng kết'),
      ]);
    });
  });

  describe('awards', () => {
    it('refuses a duplicate award id, an unknown minBand and excludes naming no award or itself', () => {
      const doc = ctdWith({
        'awards[1].id': 'GOV_FLAG',
        'awards[2].eligibility.minBand': 'Giỏi',
        'awards[2].excludes': ['NONE', 'MERIT'],
      });
      expect(problemsOf(doc)).toEqual([
        problem('awards[1].id', 'đã được dùng tại awards[0].id'),
        problem('awards[2].eligibility.minBand', 'Không có xếp loại "Giỏi"'),
        problem('awards[2].excludes[0]', 'Không có danh hiệu mã "NONE"'),
        problem('awards[2].excludes[1]', 'không thể loại trừ chính nó'),
      ]);
    });

    it('warns that excluding an award decided later has no effect', () => {
      expect(warningsOf(ctdWith({ 'awards[0].excludes': ['MERIT'] }))).toEqual([
        problem('awards[0].excludes[0]', 'được xét sau'),
      ]);
    });

    it('refuses quotas that can never be met', () => {
      const doc = ctdWith({
        'awards[0].quota': { count: 0 },
        'awards[1].quota': { percent: 0 },
        'awards[2].quota': { percent: 120, rounding: 'floor' },
      });
      expect(problemsOf(doc)).toEqual([
        problem('awards[0].quota.count', 'ít nhất là 1'),
        problem('awards[1].quota.percent', 'phải lớn hơn 0'),
        problem('awards[2].quota.percent', 'không được vượt quá 100'),
      ]);
    });

    it('refuses quotas with both or neither of count and percent, and rounding without percent', () => {
      const doc = ctdWith({
        'awards[0].quota': { count: 1, percent: 10 },
        'awards[1].quota': {},
        'awards[2].quota': { count: 2, rounding: 'ceil' },
      });
      expect(problemsOf(doc)).toEqual([
        problem('awards[0].quota', 'đúng một trong hai'),
        problem('awards[1].quota', 'đúng một trong hai'),
        problem('awards[2].quota.rounding', 'chỉ dùng với chỉ tiêu theo tỷ lệ'),
      ]);
    });

    it('refuses a minimum total above the highest reachable total', () => {
      // 60 + 25 + 15 = 100 points of criteria, plus a bonus cap of 15: 115.
      expect(problemsOf(ctdWith({ 'awards[0].eligibility.minTotal': 116 }))).toEqual([
        problem('awards[0].eligibility.minTotal', 'cao nhất có thể đạt là 115'),
      ]);
    });
  });

  it('never throws, whatever JSON it is given, and always says where a problem is', () => {
    const sections = Object.keys(CTD_VIII_2023_REGULATION);
    const damaged = fc
      .tuple(fc.constantFrom(...sections), fc.jsonValue())
      .map(([key, value]) => ctdWith({ [key]: value }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), damaged), (doc) => {
        const result = sut(doc);
        if (!result.ok)
          for (const p of result.problems)
            expect(typeof p.path === 'string' && p.message.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('lists every problem at once, shape and meaning, across sections', () => {
    const doc = ctdWith({
      year: '2023',
      'criteria[2].max': 'mười lăm',
      'criteria[0].max': 50,
      'awards[2].eligibility.minBand': 'Giỏi',
      'bands[3].min': 90,
    });
    expect(problemsOf(doc)).toEqual([
      problem('year', 'Phải là số'),
      problem('criteria[2].max', 'Phải là số'),
      // The criteria section is malformed, yet its well-formed top-level criteria are still checked.
      problem('criteria[0].max', 'vượt quá điểm tối đa của tiêu chí (50)'),
      problem('bands[3].min', 'giảm dần'),
      problem('awards[2].eligibility.minBand', 'Không có xếp loại "Giỏi"'),
    ]);
  });
});
