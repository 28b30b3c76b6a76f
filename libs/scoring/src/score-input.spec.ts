import { CTD_VIII_2023_REGULATION } from './fixtures/ctd-viii-2023.regulation';
import { regulationOf } from './fixtures/ranking-input.fixture';
import { checkScoreInput as sut, scoreTarget } from './score-input';

const reg = regulationOf(CTD_VIII_2023_REGULATION);

function messages(input: Parameters<typeof sut>[1]): string[] {
  return sut(reg, input).map((p) => `${p.path}: ${p.message}`);
}

describe('scoreTarget', () => {
  it('describes a leaf criterion, a bonus item and a manual deduction', () => {
    expect(scoreTarget(reg, '2.2')).toEqual({
      kind: 'criterion',
      id: '2.2',
      title: 'Điển hình tiên tiến được nhân rộng',
      method: 'per_item',
      max: '15',
      pointsEach: '2.5',
      requiresCount: true,
      requiresReason: false,
    });
    expect(scoreTarget(reg, '1.5')).toMatchObject({ method: 'pass_fail', allowedPoints: ['0', '10'] });
    expect(scoreTarget(reg, '1.1')).toMatchObject({ method: 'rate', requiresReason: true });
    expect(scoreTarget(reg, 'B2')).toMatchObject({
      kind: 'bonus',
      method: 'fixed',
      max: '2.5',
      allowedPoints: ['0', '2.5'],
    });
    expect(scoreTarget(reg, 'D3')).toMatchObject({ kind: 'deduction', method: 'manual', max: '10' });
  });

  it('has nothing for parents, automatic deductions and unknown ids', () => {
    expect(scoreTarget(reg, '1')).toBeUndefined();
    expect(scoreTarget(reg, 'D1')).toBeUndefined();
    expect(scoreTarget(reg, 'X')).toBeUndefined();
  });
});

describe('checkScoreInput', () => {
  it('accepts a manual score within 0..max', () => {
    expect(messages({ criterionId: '1.4', points: '17.5' })).toEqual([]);
    expect(messages({ criterionId: '1.4', points: '0' })).toEqual([]);
    expect(messages({ criterionId: '1.4', points: '20' })).toEqual([]);
  });

  it('refuses a score above the criterion maximum or below 0', () => {
    expect(messages({ criterionId: '1.4', points: '20.5' })).toEqual(['points: Điểm phải từ 0 đến 20']);
    expect(messages({ criterionId: '1.4', points: '-1' })).toEqual(['points: Điểm phải từ 0 đến 20']);
  });

  it('refuses points that are not a plain decimal or finer than scoring.precision', () => {
    expect(messages({ criterionId: '1.4', points: '17,5' })).toEqual([
      'points: Điểm phải là số thập phân dùng dấu chấm, ví dụ 12.5',
    ]);
    expect(messages({ criterionId: '1.4', points: '1e1' })).toHaveLength(1);
    expect(messages({ criterionId: '1.4', points: '17.125' })).toEqual([
      'points: Điểm chỉ được có tối đa 2 chữ số thập phân',
    ]);
  });

  it('refuses a pass/fail score other than 0 or max', () => {
    expect(messages({ criterionId: '1.5', points: '10' })).toEqual([]);
    expect(messages({ criterionId: '1.5', points: '0' })).toEqual([]);
    expect(messages({ criterionId: '1.5', points: '5' })).toEqual([
      'points: Tiêu chí đạt/không đạt chỉ nhận 0 hoặc 10 điểm',
    ]);
  });

  it('requires the count of a per-item criterion and points equal to count × points, capped', () => {
    // 3 × 2.5 = 7.5; 7 × 2.5 = 17.5 is capped at 15.
    expect(messages({ criterionId: '2.2', points: '7.5', count: 3 })).toEqual([]);
    expect(messages({ criterionId: '2.2', points: '15', count: 7 })).toEqual([]);
    expect(messages({ criterionId: '2.2', points: '7.5' })).toEqual([
      'count: Cần nhập số lượng (count) cho tiêu chí tính điểm theo số lần',
    ]);
    expect(messages({ criterionId: '2.2', points: '7', count: 3 })).toEqual([
      'points: Điểm phải bằng số lượng × 2,5 (tối đa 15) = 7,5',
    ]);
    expect(messages({ criterionId: '2.2', points: '0', count: -1 })).toEqual([
      'count: Số lượng phải là số nguyên không âm',
    ]);
    expect(messages({ criterionId: '2.2', points: '2.5', count: 1.5 })).toEqual([
      'count: Số lượng phải là số nguyên không âm',
    ]);
  });

  it('refuses a count on a criterion that is not per-item', () => {
    expect(messages({ criterionId: '1.4', points: '10', count: 2 })).toEqual([
      'count: Chỉ tiêu chí tính điểm theo số lần (per_item) mới có số lượng',
    ]);
  });

  it('refuses an override of a computed criterion without reason', () => {
    expect(messages({ criterionId: '1.3', points: '8' })).toEqual([
      'reason: Điều chỉnh điểm của tiêu chí tính tự động phải có lý do',
    ]);
    expect(messages({ criterionId: '1.3', points: '8', reason: '   ' })).toHaveLength(1);
    expect(
      messages({ criterionId: '1.3', points: '8', reason: 'Số liệu báo cáo chưa được thẩm định' }),
    ).toEqual([]);
  });

  it('accepts a bonus item only at its points or 0', () => {
    expect(messages({ criterionId: 'B2', points: '2.5' })).toEqual([]);
    expect(messages({ criterionId: 'B2', points: '0' })).toEqual([]);
    expect(messages({ criterionId: 'B2', points: '1' })).toEqual([
      'points: Khoản thưởng chỉ nhận 0 hoặc 2,5 điểm',
    ]);
    expect(messages({ criterionId: 'B1', points: '15' })).toEqual(['points: Điểm phải từ 0 đến 10']);
  });

  it('accepts a manual deduction within 0..max', () => {
    expect(messages({ criterionId: 'D3', points: '2.5' })).toEqual([]);
    expect(messages({ criterionId: 'D3', points: '11' })).toEqual(['points: Điểm trừ phải từ 0 đến 10']);
  });

  it('refuses an unknown id, a parent criterion and an automatic deduction, saying why', () => {
    expect(messages({ criterionId: '9.9', points: '1' })).toEqual([
      'criterionId: Quy chế không có tiêu chí, khoản thưởng hay khoản trừ nào mã "9.9"',
    ]);
    expect(messages({ criterionId: '1', points: '1' })).toEqual([
      'criterionId: Tiêu chí "1" có tiêu chí con: điểm của nó là tổng điểm các tiêu chí con, không chấm trực tiếp',
    ]);
    expect(messages({ criterionId: 'D1', points: '1' })).toEqual([
      'criterionId: Khoản trừ "D1" được tính tự động theo thời điểm nộp báo cáo, không chấm trực tiếp',
    ]);
  });
});
