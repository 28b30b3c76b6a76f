import { parseExact, PointScale } from './fixed-point';
import type { FinalScoreRule } from './regulation.schema';
import { finalScore, type FinalScore, type TargetScores, type ScoreRecord } from './score-layers';

const scale = new PointScale(2);
const units = (points: string) => scale.units(parseExact(points)!)!;
const score = (scorerId: string, points: string, reason: string | null = null): ScoreRecord => ({
  scorerId,
  units: units(points),
  count: null,
  reason,
});
const sut = (rule: FinalScoreRule, scores: TargetScores, full?: string) =>
  finalScore(rule, scores, scale, full === undefined ? undefined : units(full));
/** The exact points of a final score, as text. */
const pointsOf = (result: FinalScore | undefined) => scale.fractionText(result!.num, result!.den);

describe('finalScore', () => {
  describe('HEAD', () => {
    it("counts the head's score and shows the self-score beside it", () => {
      const result = sut('HEAD', { self: score('kt', '18'), scorers: [score('gl', '17.5')] })!;
      expect(pointsOf(result)).toBe('17.5');
      expect(result.unreviewed).toBe(false);
      expect(result.scores).toEqual([
        { scorerId: 'kt', role: 'self', points: '18' },
        { scorerId: 'gl', role: 'head', points: '17.5' },
      ]);
    });

    it('falls back to the self-score, marked unreviewed', () => {
      const result = sut('HEAD', { self: score('kt', '18'), scorers: [] })!;
      expect(pointsOf(result)).toBe('18');
      expect(result.unreviewed).toBe(true);
      expect(result.note).toBe('Điểm tự chấm 18 (cụm/khối trưởng chưa chấm)');
    });

    it('gives nothing when nobody scored', () => {
      expect(sut('HEAD', { scorers: [] })).toBeUndefined();
    });

    it("quotes the head's reason", () => {
      expect(sut('HEAD', { scorers: [score('gl', '8', 'Số liệu chưa thẩm định')] })!.note).toBe(
        'Điểm của cụm/khối trưởng 8 (lý do: Số liệu chưa thẩm định)',
      );
    });
  });

  describe('CROSS_MEAN', () => {
    it("takes the mean of the other members' scores, exactly", () => {
      // (8 + 9 + 9) / 3 = 8.666… (rounded later with the criterion)
      const result = sut('CROSS_MEAN', { scorers: [score('a', '8'), score('b', '9'), score('c', '9')] })!;
      expect(pointsOf(result)).toBe('8.666666666666…');
      expect(result.note).toContain('Trung bình điểm chấm chéo của 3 đơn vị');
    });
  });

  describe('CROSS_TRIMMED_MEAN', () => {
    it('drops one highest and one lowest score when there are at least three', () => {
      // 4, 7, 8, 10 → drop 4 and 10 → (7 + 8) / 2 = 7.5
      const result = sut('CROSS_TRIMMED_MEAN', {
        scorers: [score('d', '10'), score('a', '4'), score('c', '8'), score('b', '7')],
      })!;
      expect(pointsOf(result)).toBe('7.5');
      expect(result.scores.filter((s) => s.dropped).map((s) => s.scorerId)).toEqual(['a', 'd']);
    });

    it('drops only one of equal extremes', () => {
      // 5, 5, 9 → drop one 5 and the 9 → 5
      const result = sut('CROSS_TRIMMED_MEAN', {
        scorers: [score('a', '5'), score('b', '5'), score('c', '9')],
      })!;
      expect(pointsOf(result)).toBe('5');
      expect(result.scores.filter((s) => s.dropped)).toHaveLength(2);
    });

    it('keeps every score when there are fewer than three', () => {
      // (6 + 9) / 2 = 7.5
      const result = sut('CROSS_TRIMMED_MEAN', { scorers: [score('a', '6'), score('b', '9')] })!;
      expect(pointsOf(result)).toBe('7.5');
      expect(result.note).toContain('dưới 3 điểm chấm');
    });

    it('falls back to the self-score, unreviewed, when no cross-score came in', () => {
      const result = sut('CROSS_TRIMMED_MEAN', { self: score('m', '40'), scorers: [] })!;
      expect(result).toMatchObject({ unreviewed: true, note: 'Điểm tự chấm 40 (chưa có điểm chấm chéo)' });
    });
  });

  it('grants an all-or-nothing score in full when the mean reaches half of it', () => {
    const full = '10';
    // 10, 10, 0 → mean 6.67 ≥ 5 → 10; 10, 0, 0 → 3.33 < 5 → 0; 10, 0 → exactly 5 → 10
    expect(
      pointsOf(sut('CROSS_MEAN', { scorers: [score('a', '10'), score('b', '10'), score('c', '0')] }, full)),
    ).toBe('10');
    expect(
      pointsOf(sut('CROSS_MEAN', { scorers: [score('a', '10'), score('b', '0'), score('c', '0')] }, full)),
    ).toBe('0');
    expect(pointsOf(sut('CROSS_MEAN', { scorers: [score('a', '10'), score('b', '0')] }, full))).toBe('10');
  });
});
