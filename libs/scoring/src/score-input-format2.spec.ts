// checkScoreInput and checkScoreInputAs on format 2 inputs: not-applicable marks, board-scored criteria, roles.
import { regulationOf, smallRegulation } from './fixtures/ranking-input.fixture';
import {
  checkScoreInput,
  checkScoreInputAs as sut,
  isBoardScored,
  isOptionalCriterion,
  isScoreMarkWithdrawal,
  scoreTarget,
  type ScoreInput,
  type ScorerRole,
} from './score-input';

/** A linear leaf of max 10 on retail sales. */
function linearLeaf(
  id: string,
  points: [number, number][],
  more: { allowAboveMax?: boolean } = {},
  beyond: 'clamp' | 'extrapolate' = 'clamp',
) {
  const method = {
    type: 'linear' as const,
    indicator: 'retail_sales',
    field: 'value' as const,
    points,
    beyond,
  };
  return { id, title: `Tuyến tính ${id}`, max: 10, ...more, method };
}

const reg = regulationOf(
  smallRegulation({
    format: 2,
    criteria: [
      { id: 'A', title: 'Chuyên môn', max: 10, method: { type: 'manual' } },
      { id: 'K', title: 'Khen thưởng', max: 5, scoredBy: 'BOARD', method: { type: 'manual' } },
      {
        id: 'O',
        title: 'Tùy chọn',
        max: 10,
        optional: true,
        children: [{ id: 'O.1', title: 'Con', max: 10, method: { type: 'manual' } }],
      },
      // allowAboveMax with clamped lines (at most 12), with a rising extrapolation, and a line without it.
      linearLeaf(
        'L',
        [
          [0, 0],
          [100, 10],
          [120, 12],
        ],
        { allowAboveMax: true },
      ),
      linearLeaf(
        'E',
        [
          [0, 0],
          [100, 10],
        ],
        { allowAboveMax: true },
        'extrapolate',
      ),
      linearLeaf('N', [
        [0, 0],
        [120, 12],
      ]),
      {
        id: 'R',
        title: 'Tỷ lệ',
        max: 10,
        method: { type: 'rate', indicator: 'retail_sales', field: 'value', target: 10 },
      },
    ],
    bonus: { max: 5, items: [{ id: 'B1', title: 'Thưởng', points: 5 }] },
    deductions: [{ id: 'D3', title: 'Vi phạm', kind: 'manual', max: 5 }],
  }),
);
const paths = (input: ScoreInput, role?: ScorerRole) =>
  (role ? sut(reg, input, role) : checkScoreInput(reg, input)).map((p) => `${p.path}: ${p.message}`);
const mark = (criterionId: string, reason: string | null = 'Không có nhiệm vụ', notApplicable = true) => ({
  criterionId,
  points: '0',
  notApplicable,
  reason,
});

describe('format 2 score inputs', () => {
  it('tells which criteria are board-scored and optional', () => {
    expect(isBoardScored(reg, 'K')).toBe(true);
    expect(isBoardScored(reg, 'A')).toBe(false);
    expect(isOptionalCriterion(reg, 'O')).toBe(true);
    expect(isOptionalCriterion(reg, 'O.1')).toBe(false);
    expect(scoreTarget(reg, 'K')).toMatchObject({ scoredBy: 'BOARD' });
    expect(scoreTarget(reg, 'A')).not.toHaveProperty('scoredBy');
  });

  describe('not-applicable marks', () => {
    it('accepts a mark with a reason on an optional parent, its points unread', () => {
      expect(paths({ ...mark('O'), points: 'not a number' })).toEqual([]);
      expect(paths(mark('O'), 'HEAD')).toEqual([]);
    });

    it('refuses a mark on a criterion that is not optional, or without a reason', () => {
      expect(paths(mark('A'))).toEqual([
        'notApplicable: Tiêu chí "A" không phải tiêu chí tùy chọn (optional): không thể đánh dấu không áp dụng',
      ]);
      expect(paths(mark('O', ' '))).toEqual(['reason: Đánh dấu tiêu chí không áp dụng phải có lý do']);
      expect(paths(mark('X'))).toEqual(['criterionId: Quy chế không có tiêu chí nào mã "X"']);
    });

    it('refuses a mark from anyone but the head', () => {
      for (const role of ['SELF', 'CROSS', 'BOARD'] as const) {
        expect(paths(mark('O'), role)).toEqual([
          'notApplicable: Chỉ cụm/khối trưởng được đánh dấu tiêu chí không áp dụng',
        ]);
      }
    });
  });

  describe('withdrawing a mark', () => {
    const withdraw = (criterionId: string, reason: string | null = 'Có nhiệm vụ') =>
      mark(criterionId, reason, false);

    it('takes notApplicable: false on an optional parent as a withdrawal, with a reason, the head only', () => {
      expect(isScoreMarkWithdrawal(reg, withdraw('O'))).toBe(true);
      expect(paths(withdraw('O'), 'HEAD')).toEqual([]);
      expect(paths(withdraw('O', ' '))).toEqual(['reason: Bỏ đánh dấu tiêu chí không áp dụng phải có lý do']);
      for (const role of ['SELF', 'CROSS', 'BOARD'] as const) {
        expect(paths(withdraw('O'), role)).toEqual([
          'notApplicable: Chỉ cụm/khối trưởng được bỏ đánh dấu tiêu chí không áp dụng',
        ]);
      }
    });

    it('reads notApplicable: false on a leaf as its score, and absent on a parent as before', () => {
      expect(isScoreMarkWithdrawal(reg, withdraw('O.1'))).toBe(false);
      expect(paths({ ...withdraw('O.1'), points: '11' })).toEqual(['points: Điểm phải từ 0 đến 10']);
      expect(isScoreMarkWithdrawal(reg, { criterionId: 'O', points: '0' })).toBe(false);
      expect(paths({ criterionId: 'O', points: '0' })[0]).toContain('có tiêu chí con');
    });
  });

  describe('allowAboveMax overrides', () => {
    const override = (criterionId: string, points: string) => ({
      criterionId,
      points,
      reason: 'Số liệu cập nhật',
    });

    it('accepts an override above max up to the most the clamped lines give, and refuses more', () => {
      expect(paths(override('L', '12'), 'HEAD')).toEqual([]);
      expect(paths(override('L', '11.25'), 'HEAD')).toEqual([]);
      expect(paths(override('L', '12.01'), 'HEAD')).toEqual([
        'points: Điểm phải từ 0 đến 12 (tiêu chí được tính vượt điểm tối đa 10 theo allowAboveMax)',
      ]);
      expect(paths(override('L', '-1'), 'HEAD')[0]).toContain('phải từ 0 đến 12');
    });

    it('bounds an extrapolated rising line by the system’s limit only', () => {
      expect(paths(override('E', '1000'), 'HEAD')).toEqual([]);
      expect(paths(override('E', '99999999999'), 'HEAD')[0]).toMatch(
        /^points: Điểm phải từ 0 đến 10\.995\.116\.277,76 \(tiêu chí được tính vượt/,
      );
    });

    it('keeps refusing above max where the criterion has no allowAboveMax', () => {
      expect(paths(override('N', '10'), 'HEAD')).toEqual([]);
      expect(paths(override('N', '11'), 'HEAD')).toEqual(['points: Điểm phải từ 0 đến 10']);
      expect(paths(override('R', '10.5'), 'HEAD')).toEqual(['points: Điểm phải từ 0 đến 10']);
    });
  });

  describe('roles', () => {
    it('lets the board score its criteria and nothing else', () => {
      expect(paths({ criterionId: 'K', points: '4' }, 'BOARD')).toEqual([]);
      expect(paths({ criterionId: 'A', points: '4' }, 'BOARD')).toEqual([
        'criterionId: Cơ quan thi đua – khen thưởng chỉ chấm các tiêu chí scoredBy BOARD',
      ]);
    });

    it('refuses the head and cross-scorers on a board-scored criterion, but takes the self-score', () => {
      expect(paths({ criterionId: 'K', points: '4' }, 'HEAD')).toEqual([
        'criterionId: Tiêu chí "K" do cơ quan thi đua – khen thưởng chấm (scoredBy BOARD): cụm/khối trưởng không chấm tiêu chí này',
      ]);
      expect(paths({ criterionId: 'K', points: '4' }, 'CROSS')[0]).toContain('đơn vị chấm chéo không chấm');
      expect(paths({ criterionId: 'K', points: '4' }, 'SELF')).toEqual([]);
    });

    it('refuses a self-score of a computed criterion or a deduction', () => {
      expect(paths({ criterionId: 'R', points: '4' }, 'SELF')).toEqual([
        'criterionId: Tiêu chí "R" được tính tự động từ số liệu: không nhận điểm tự chấm',
      ]);
      expect(paths({ criterionId: 'D3', points: '1' }, 'SELF')).toEqual([
        'criterionId: Khoản trừ "D3" do cụm/khối trưởng chấm, không tự chấm',
      ]);
      // The head overrides a computed criterion with a reason, as in format 1
      expect(paths({ criterionId: 'R', points: '4', reason: 'Số liệu cập nhật' }, 'HEAD')).toEqual([]);
    });

    it('refuses cross-scores of bonus items and deductions, and keeps the value checks', () => {
      expect(paths({ criterionId: 'B1', points: '5' }, 'CROSS')).toEqual([
        'criterionId: Khoản thưởng và khoản trừ do cụm/khối trưởng chấm, không chấm chéo',
      ]);
      expect(paths({ criterionId: 'A', points: '11' }, 'CROSS')).toEqual(['points: Điểm phải từ 0 đến 10']);
    });
  });
});
