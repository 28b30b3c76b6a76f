// The format 2 criterion methods one by one: linear, and bands with gt bounds (days late: see criteria-format2.spec).
import { parseExact, PointScale, type Exact } from './fixed-point';
import {
  compileMethod,
  figureOf,
  figureScorer,
  memberFigure,
  methodTraits,
  scoreFigure,
  type ComputedMethod,
  type Method,
} from './methods/index';

const scale = new PointScale(2);
const d = (text: string): Exact => parseExact(text)!;
const units = (points: string) => scale.units(d(points))!;
const compiled = (method: Method) => compileMethod(method, scale) as ComputedMethod;
const sut = (method: ComputedMethod, max: string, value?: string, aboveMax = false) => {
  const scorer = figureScorer(method, { max: units(max), maxVi: max, aboveMax }, scale)!;
  const figure = value === undefined ? undefined : memberFigure(method.label, figureOf(d(value)));
  return scoreFigure(method, scorer, figure, undefined);
};
const pointsOf = (method: ComputedMethod, max: string, value: string, aboveMax = false) =>
  scale.text(sut(method, max, value, aboveMax).points);

const ref = { indicator: 'industrial_output_value', field: 'percentOfPlan' } as const;
/** A linear method on ref, compiled; beyond as the schema's default fills it. */
const linearOf = (points: [number, number][], beyond: 'clamp' | 'extrapolate' = 'clamp') =>
  compiled({ type: 'linear', ...ref, points, beyond });

describe('linear', () => {
  // 0 → 0, 100 → 10, 120 → 12: the Ministry of Justice's "điểm chuẩn nhân với % mức độ hoàn thành vượt".
  const pairs: [number, number][] = [
    [0, 0],
    [100, 10],
    [120, 12],
  ];
  const clamp = linearOf(pairs, 'clamp');
  const extrapolate = linearOf(pairs, 'extrapolate');

  it('interpolates between the pairs, exactly on each pair too', () => {
    // 50 lies on (0; 0) – (100; 10): 0 + 10 × 50 / 100 = 5
    expect(pointsOf(clamp, '20', '50')).toBe('5');
    // 110 on (100; 10) – (120; 12): 10 + 2 × 10 / 20 = 11
    expect(pointsOf(clamp, '20', '110')).toBe('11');
    // on a pair: its y
    expect(pointsOf(clamp, '20', '100')).toBe('10');
    expect(pointsOf(clamp, '20', '0')).toBe('0');
    expect(sut(clamp, '20', '110').note).toContain('nội suy theo đoạn (100; 10) – (120; 12)');
  });

  it('rounds the exact fraction half up to the precision once', () => {
    // 10 × 33.35 / 100 = 3.335 exactly → 3.34 half up (3.335 as a double is 3.33499…, which would give 3.33)
    expect(sut(clamp, '20', '33.35')).toMatchObject({ points: 334, exact: '3.335' });
    // 10 × 33.3349 / 100 = 3.33349 → 3.33: rounded once, not 3.3335 first and then 3.34
    expect(sut(clamp, '20', '33.3349')).toMatchObject({ points: 333, exact: '3.33349' });
    // (0; 0) – (8; 1) at 1: 1 / 8 = 0.125 → 0.13 (half up, not to even)
    const eighth = linearOf([
      [0, 0],
      [8, 1],
    ]);
    expect(sut(eighth, '10', '1')).toMatchObject({ points: 13, exact: '0.125' });
  });

  it('clamps beyond the pairs by default', () => {
    // 150 > 120: the last y, 12 (max 20 here)
    expect(pointsOf(clamp, '20', '150')).toBe('12');
    expect(sut(clamp, '20', '150').note).toContain('trên mốc cuối 120: 12 điểm');
    // below the first x (0): the first y
    expect(pointsOf(clamp, '20', '-5')).toBe('0');
    expect(sut(clamp, '20', '-5').note).toContain('dưới mốc đầu 0: 0 điểm');
  });

  it('extrapolates the end segments with beyond "extrapolate"', () => {
    // 150 on the last segment continued: 10 + 2 × (150 − 100) / 20 = 15
    expect(pointsOf(extrapolate, '20', '150')).toBe('15');
    expect(sut(extrapolate, '20', '150').note).toContain('ngoại suy theo đoạn (100; 10) – (120; 12)');
    // Above: [[10, 2], [20, 4]] at 5 continues the first segment: 2 + 2 × (5 − 10) / 10 = 1
    const from10 = linearOf(
      [
        [10, 2],
        [20, 4],
      ],
      'extrapolate',
    );
    expect(pointsOf(from10, '10', '5')).toBe('1');
  });

  it('never gives less than 0', () => {
    // −50 on the first segment continued: 10 × −50 / 100 = −5 → 0
    expect(pointsOf(extrapolate, '20', '-50')).toBe('0');
    expect(sut(extrapolate, '20', '-50').note).toContain('không âm nên tính 0');
  });

  it('caps at the max unless the criterion allows above max', () => {
    // 110 → 11 against max 10: 10, capped
    expect(pointsOf(clamp, '10', '110')).toBe('10');
    expect(sut(clamp, '10', '110').note).toContain('vượt điểm tối đa nên tính 10');
    // allowAboveMax: 11 stays, and the note says so
    expect(pointsOf(clamp, '10', '110', true)).toBe('11');
    expect(sut(clamp, '10', '110', true).note).toContain('vượt điểm tối đa 10, được tính cả phần vượt');
    // and extrapolated beyond: 10 + 2 × 100 / 20 = 20
    expect(pointsOf(extrapolate, '10', '200', true)).toBe('20');
  });

  it('reads a decimal figure exactly where floats would not', () => {
    // (0; 0) – (0.3; 3) at 0.1: 3 × 0.1 / 0.3 = 1 exactly (0.1 / 0.3 × 3 is 1.0000000000000002 in floats)
    const tenths = linearOf([
      [0, 0],
      [0.3, 3],
    ]);
    expect(sut(tenths, '5', '0.1')).toMatchObject({ points: 100, exact: null });
  });

  it('gives 0 with an explanation when the indicator is missing', () => {
    expect(sut(clamp, '10')).toMatchObject({
      points: 0,
      note: 'Thiếu số liệu Giá trị sản xuất công nghiệp (% so với kế hoạch): 0 điểm',
    });
  });
});

describe('bands with gt', () => {
  // "Đạt trên 95%: 2 điểm; từ 75% đến 95%: 1 điểm; dưới 75%: 0"
  const method = compiled({
    type: 'bands',
    indicator: 'online_dossier_rate',
    field: 'value',
    bands: [
      { gt: 95, points: 2 },
      { min: 75, points: 1 },
      { min: 0, points: 0 },
    ],
  });

  it('puts a value exactly on a gt bound in the band below', () => {
    // 95 is not > 95: the next band, min 75 → 1 point
    expect(sut(method, '2', '95')).toMatchObject({ points: 100, inputs: { bandMin: '75' } });
    expect(sut(method, '2', '95').note).toContain('thuộc mức từ 75 trở lên, 1 điểm');
  });

  it('gives the gt band just above its bound', () => {
    // 95.01 > 95 → 2 points
    expect(sut(method, '2', '95.01')).toMatchObject({ points: 200, inputs: { bandGt: '95' } });
    expect(sut(method, '2', '95.01').note).toContain('thuộc mức trên 95, 2 điểm');
  });

  it('gives 0 when no band holds, a gt band lowest', () => {
    const only = compiled({
      type: 'bands',
      indicator: 'online_dossier_rate',
      field: 'value',
      bands: [{ gt: 50, points: 1 }],
    });
    // 50 is not > 50
    expect(sut(only, '2', '50')).toMatchObject({ points: 0 });
    expect(sut(only, '2', '50').note).toContain('không trên mức thấp nhất (50), 0 điểm');
  });

  it('reads a min band the way format 1 does', () => {
    // 75 ≥ 75 → 1 point: the min bound is inclusive
    expect(sut(method, '2', '75')).toMatchObject({ points: 100 });
    expect(sut(method, '2', '74.99')).toMatchObject({ points: 0 });
  });
});

describe('methodTraits', () => {
  it('tells code outside the library what each method is, without switching on its type', () => {
    expect(methodTraits({ type: 'manual' })).toEqual({
      computed: false,
      allOrNothing: false,
      each: undefined,
    });
    expect(methodTraits({ type: 'pass_fail' })).toEqual({
      computed: false,
      allOrNothing: true,
      each: undefined,
    });
    // per_item's points per item as the document writes them, decimals kept
    expect(methodTraits({ type: 'per_item', points: 2.5 })).toEqual({
      computed: false,
      allOrNothing: false,
      each: 2.5,
    });
    expect(methodTraits({ type: 'per_item', points: 0.125 }).each).toBe(0.125);
    expect(methodTraits({ type: 'rate', ...ref, target: 100 }).computed).toBe(true);
    expect(
      methodTraits({
        type: 'linear',
        ...ref,
        points: [
          [0, 0],
          [1, 1],
        ],
        beyond: 'clamp',
      }).computed,
    ).toBe(true);
    expect(methodTraits({ type: 'bands', source: 'daysLate', bands: [{ min: 0, points: 1 }] }).computed).toBe(
      true,
    );
  });
});
