// validateRegulation on the format 2 criterion rules: one problem at a time, each with its path and Vietnamese text.
import { smallRegulation } from './fixtures/ranking-input.fixture';
import type { RegulationProblem } from './problems';
import type { RegulationDocument } from './regulation.schema';
import { regulationIndicators } from './regulation-indicators';
import { validateRegulation as sut } from './regulation.validation';

type CriterionDoc = RegulationDocument['criteria'][number];
const doc = (criteria: CriterionDoc[], fields: Partial<RegulationDocument> = {}): RegulationDocument =>
  smallRegulation({ format: 2, criteria, ...fields });

function problemsOf(document: unknown): RegulationProblem[] {
  const result = sut(document);
  return result.ok ? [] : result.problems;
}
const problem = (path: string, message: string) => ({ path, message: expect.stringContaining(message) });

const linear = (points: [number, number][], extra: Record<string, unknown> = {}): CriterionDoc => ({
  id: 'L',
  title: 'Tuyến tính',
  max: 10,
  method: { type: 'linear', indicator: 'retail_sales', field: 'percentOfPlan', points, beyond: 'clamp' },
  ...extra,
});
const bandsOf = (
  bands: { min?: number; gt?: number; points: number }[],
  extra: Record<string, unknown> = {},
) =>
  doc([
    {
      id: 'B',
      title: 'Mức',
      max: 2,
      method: { type: 'bands', indicator: 'online_dossier_rate', field: 'value', bands, ...extra },
    },
  ]);

describe('validateRegulation, format 2 criteria', () => {
  it('accepts format 2 with every criterion rule, and format 1 as before', () => {
    const full = doc(
      [
        {
          id: '1',
          title: 'Chuyên môn',
          max: 20,
          children: [
            linear(
              [
                [0, 0],
                [100, 10],
                [120, 12],
              ],
              { allowAboveMax: true },
            ),
            { id: 'K', title: 'Khen thưởng', max: 5, scoredBy: 'BOARD', method: { type: 'manual' } },
            { id: 'O', title: 'Tùy chọn', max: 5, optional: true, method: { type: 'manual' } },
          ],
        },
        {
          id: '2',
          title: 'Báo cáo',
          max: 2,
          method: {
            type: 'bands',
            source: 'daysLate',
            bands: [
              { min: 3, points: 0 },
              { gt: 0, points: 1 },
              { min: 0, points: 2 },
            ],
          },
        },
        {
          id: '3',
          title: 'Riêng',
          max: 5,
          method: { type: 'rate', indicator: 'cases_resolved', field: 'value', target: 100 },
        },
      ],
      {
        indicators: [{ key: 'cases_resolved', label: 'Việc đã giải quyết', unit: 'việc' }],
        scoring: { final: 'HEAD', precision: 2, normalize: 'percentOfApplicable' },
      },
    );
    expect(sut(full)).toMatchObject({ ok: true, warnings: [] });
    expect(sut(smallRegulation())).toMatchObject({ ok: true, warnings: [] });
  });

  it('refuses the format 2 criterion fields in a format 1 document, each at its path', () => {
    const format1 = {
      ...doc([
        {
          id: '1',
          title: 'Cha',
          max: 12,
          optional: true,
          children: [
            linear(
              [
                [0, 0],
                [1, 10],
              ],
              { allowAboveMax: true },
            ),
            { id: 'K', title: 'K', max: 2, scoredBy: 'BOARD', method: { type: 'manual' } },
          ],
        },
        {
          id: '2',
          title: 'Mức',
          max: 2,
          method: {
            type: 'bands',
            source: 'daysLate',
            bands: [
              { gt: 0, points: 0 },
              { min: 0, points: 2 },
            ],
          },
        },
      ]),
      format: 1,
    };
    const only2 = 'chỉ dùng trong quy chế format 2';
    expect(problemsOf(format1)).toEqual([
      problem('criteria[0].optional', only2),
      problem('criteria[0].children[0].allowAboveMax', only2),
      problem('criteria[0].children[0].method.type', 'Phương pháp linear chỉ dùng trong quy chế format 2'),
      problem('criteria[0].children[1].scoredBy', only2),
      problem('criteria[1].method.source', only2),
      problem('criteria[1].method.bands[0].gt', only2),
    ]);
    const indicators = { ...smallRegulation({ indicators: [{ key: 'own', label: 'Riêng' }] }) };
    expect(problemsOf(indicators)).toEqual([problem('indicators', only2)]);
  });

  describe('indicators', () => {
    it('refuses a method naming an indicator neither common nor declared', () => {
      const document = doc([
        {
          id: 'A',
          title: 'A',
          max: 10,
          method: { type: 'rate', indicator: 'cases', field: 'value', target: 1 },
        },
      ]);
      expect(problemsOf(document)).toEqual([
        problem(
          'criteria[0].method.indicator',
          'Chỉ tiêu "cases" không phải chỉ tiêu chung và không được khai báo',
        ),
      ]);
    });

    it('refuses a declared key that repeats a common one or itself', () => {
      const document = doc([{ id: 'A', title: 'A', max: 10, method: { type: 'manual' } }], {
        indicators: [
          { key: 'retail_sales', label: 'Bán lẻ' },
          { key: 'own', label: 'Riêng' },
          { key: 'own', label: 'Riêng nữa' },
        ],
      });
      expect(problemsOf(document)).toEqual([
        problem('indicators[0].key', 'đã là chỉ tiêu chung'),
        problem('indicators[2].key', 'đã được khai báo tại indicators[1]'),
      ]);
    });

    it('refuses a declared key that is not a plain identifier', () => {
      const document = doc([{ id: 'A', title: 'A', max: 10, method: { type: 'manual' } }], {
        indicators: [{ key: 'tỷ lệ', label: 'Tỷ lệ' }],
      });
      expect(problemsOf(document)).toEqual([
        problem('indicators[0].key', 'Mã chỉ tiêu phải bắt đầu bằng chữ cái'),
      ]);
    });

    it('lists the common indicators and the declared ones with their labels', () => {
      const all = regulationIndicators({ indicators: [{ key: 'own', label: 'Chỉ tiêu riêng', unit: '%' }] });
      expect(all[0]).toEqual({
        key: 'industrial_production_index',
        label: 'Chỉ số sản xuất công nghiệp (IIP)',
        unit: null,
        common: true,
      });
      expect(all.at(-1)).toEqual({ key: 'own', label: 'Chỉ tiêu riêng', unit: '%', common: false });
      expect(regulationIndicators({}).every((i) => i.common)).toBe(true);
    });
  });

  describe('linear', () => {
    it('refuses points whose x does not strictly increase', () => {
      expect(
        problemsOf(
          doc([
            linear([
              [0, 0],
              [100, 10],
              [100, 12],
              [90, 5],
            ]),
          ]),
        ),
      ).toEqual([
        problem('criteria[0].method.points[2][0]', 'x tăng dần: 100 không lớn hơn mốc trước (100)'),
        problem('criteria[0].method.points[3][0]', 'x tăng dần: 90 không lớn hơn mốc trước (100)'),
      ]);
    });

    it('refuses fewer than two pairs and a point with more decimals than the precision', () => {
      expect(problemsOf(doc([linear([[0, 0]])]))).toEqual([
        problem('criteria[0].method.points', 'Phải có ít nhất 2 phần tử'),
      ]);
      expect(
        problemsOf(
          doc([
            linear([
              [0, 0],
              [100, 9.999],
            ]),
          ]),
        ),
      ).toEqual([problem('criteria[0].method.points[1][1]', 'nhiều hơn 2 chữ số thập phân')]);
    });

    it('warns of a point above max without allowAboveMax, not with it', () => {
      const pairs: [number, number][] = [
        [0, 0],
        [120, 12],
      ];
      expect(sut(doc([linear(pairs)])).warnings).toEqual([
        problem('criteria[0].method.points[1][1]', 'vượt quá điểm tối đa của tiêu chí (10)'),
      ]);
      expect(sut(doc([linear(pairs, { allowAboveMax: true })])).warnings).toEqual([]);
    });

    it('refuses an unknown beyond', () => {
      const document = doc([
        {
          ...linear([
            [0, 0],
            [1, 1],
          ]),
          method: {
            type: 'linear',
            indicator: 'retail_sales',
            field: 'value',
            points: [
              [0, 0],
              [1, 1],
            ],
            beyond: 'wrap',
          },
        } as unknown as CriterionDoc,
      ]);
      expect(problemsOf(document)).toEqual([problem('criteria[0].method.beyond', '"clamp", "extrapolate"')]);
    });
  });

  describe('bands', () => {
    it('refuses gt and min both on one band, and a band with neither', () => {
      expect(
        problemsOf(bandsOf([{ gt: 95, min: 95, points: 2 }, { points: 1 }, { min: 0, points: 0 }])),
      ).toEqual([
        problem('criteria[0].method.bands[0].gt', 'chỉ được có một trong hai: min (từ … trở lên) hoặc gt'),
        problem('criteria[0].method.bands[1].min', 'mỗi mức cần min (từ … trở lên) hoặc gt (trên …)'),
      ]);
    });

    it('accepts gt then min on the same value, and refuses min then gt on it', () => {
      // "trên 95" then "từ 95 trở lên": exactly 95 gets the second band — high to low.
      expect(
        problemsOf(
          bandsOf([
            { gt: 95, points: 2 },
            { min: 95, points: 1 },
            { min: 0, points: 0 },
          ]),
        ),
      ).toEqual([]);
      // "từ 95 trở lên" then "trên 95": the second can never apply
      expect(
        problemsOf(
          bandsOf([
            { min: 95, points: 2 },
            { gt: 95, points: 1 },
            { min: 0, points: 0 },
          ]),
        ),
      ).toEqual([
        problem('criteria[0].method.bands[1].gt', 'mức "trên 95" không thấp hơn mức trước ("từ 95 trở lên")'),
      ]);
    });

    it('still checks the order high to low across gt bands', () => {
      expect(
        problemsOf(
          bandsOf([
            { gt: 75, points: 1 },
            { gt: 95, points: 2 },
          ]),
        ),
      ).toEqual([
        problem('criteria[0].method.bands[1].gt', 'mức "trên 95" không thấp hơn mức trước ("trên 75")'),
      ]);
    });

    it('warns when a lowest gt band leaves values out', () => {
      expect(sut(bandsOf([{ gt: 0, points: 1 }])).warnings).toEqual([
        problem('criteria[0].method.bands[0].gt', 'Giá trị từ 0 trở xuống không thuộc mức nào'),
      ]);
    });

    it('needs an indicator and field unless the source is daysLate, and none with it', () => {
      const noIndicator = doc([
        { id: 'B', title: 'Mức', max: 2, method: { type: 'bands', bands: [{ min: 0, points: 1 }] } },
      ]);
      expect(problemsOf(noIndicator)).toEqual([
        problem('criteria[0].method.indicator', 'Thiếu trường bắt buộc'),
        problem('criteria[0].method.field', 'Thiếu trường bắt buộc'),
      ]);
      expect(problemsOf(bandsOf([{ min: 0, points: 1 }], { source: 'daysLate' }))).toEqual([
        problem('criteria[0].method.indicator', 'không đọc chỉ tiêu: bỏ indicator và field'),
        problem('criteria[0].method.field', 'không đọc chỉ tiêu: bỏ indicator và field'),
      ]);
    });

    it('refuses an unknown source', () => {
      expect(problemsOf(bandsOf([{ min: 0, points: 1 }], { source: 'daysEarly' }))).toEqual([
        problem('criteria[0].method.source', '"daysLate"'),
      ]);
    });
  });

  describe('allowAboveMax, scoredBy, optional, normalize', () => {
    it('refuses allowAboveMax on a parent', () => {
      const document = doc([
        {
          id: '1',
          title: 'Cha',
          max: 10,
          allowAboveMax: true,
          children: [
            linear(
              [
                [0, 0],
                [1, 10],
              ],
              { allowAboveMax: true },
            ),
          ],
        },
      ]);
      expect(problemsOf(document)).toEqual([
        problem(
          'criteria[0].allowAboveMax',
          'Chỉ tiêu chí lá chấm theo phương pháp linear mới được allowAboveMax',
        ),
      ]);
    });

    it('lets bands and award thresholds above the nominal scale stand when a criterion may exceed its max', () => {
      // Scale 10; 1.1 may score 12: a band from 11 and an award from 11 are reachable.
      const fields = {
        bands: [
          { label: 'Vượt', min: 11 },
          { label: 'Đạt', min: 0 },
        ],
        awards: [{ id: 'A', title: 'Cờ', quota: { count: 1 }, eligibility: { minTotal: 11 } }],
      };
      const pairs: [number, number][] = [
        [0, 0],
        [120, 12],
      ];
      expect(sut(doc([linear(pairs, { allowAboveMax: true })], fields))).toMatchObject({
        ok: true,
        warnings: [],
      });
      // Without allowAboveMax both are out of reach, as in format 1
      expect(problemsOf(doc([linear(pairs)], fields))).toEqual([
        problem('awards[0].eligibility.minTotal', 'Không thể đạt'),
      ]);
    });

    it('refuses allowAboveMax on another method', () => {
      const document = doc([
        { id: 'A', title: 'A', max: 10, allowAboveMax: true, method: { type: 'manual' } },
      ]);
      expect(problemsOf(document)).toEqual([problem('criteria[0].allowAboveMax', 'không dùng với "manual"')]);
    });

    it('refuses scoredBy on a parent and an unknown scorer', () => {
      const parent = doc([
        {
          id: '1',
          title: 'Cha',
          max: 10,
          scoredBy: 'BOARD',
          children: [{ id: '1.1', title: 'Con', max: 10, method: { type: 'manual' } }],
        },
      ]);
      expect(problemsOf(parent)).toEqual([
        problem('criteria[0].scoredBy', 'Chỉ tiêu chí lá mới có người chấm riêng'),
      ]);
      const unknown = doc([
        {
          id: 'A',
          title: 'A',
          max: 10,
          scoredBy: 'HEAD',
          method: { type: 'manual' },
        } as unknown as CriterionDoc,
      ]);
      expect(problemsOf(unknown)).toEqual([problem('criteria[0].scoredBy', '"BOARD"')]);
    });

    it('warns that normalize without an optional criterion has no effect, and refuses an unknown normalize', () => {
      const manual: CriterionDoc = { id: 'A', title: 'A', max: 10, method: { type: 'manual' } };
      const normalize = (value: string) =>
        doc([manual], {
          scoring: { final: 'HEAD', precision: 2, normalize: value as 'percentOfApplicable' },
        });
      expect(sut(normalize('percentOfApplicable'))).toMatchObject({
        ok: true,
        warnings: [problem('scoring.normalize', 'Không có tiêu chí tùy chọn (optional)')],
      });
      expect(problemsOf(normalize('percent'))).toEqual([
        problem('scoring.normalize', '"percentOfApplicable"'),
      ]);
    });
  });
});
