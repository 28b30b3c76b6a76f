// Both demo regulations, scoring a whole group worked out by hand.
import { CTD_VIII_2023_REGULATION } from './fixtures/ctd-viii-2023.regulation';
import { KTD_KT_GIA_LAI_2023_REGULATION } from './fixtures/ktd-kt-gia-lai-2023.regulation';
import { memberInput, regulationOf } from './fixtures/ranking-input.fixture';
import { rankGroup } from './ranking';
import type { MemberInput, MemberScoreInput, RankingInput } from './ranking.types';

/** Scores by one scorer: "1.4=19", "2.2=10x4" (points 10, count 4), "1.3=8!reason". */
function scoresBy(scorerId: string, ...specs: string[]): MemberScoreInput[] {
  return specs.map((spec) => {
    const [criterionId, rest] = spec.split('=');
    const [points, count] = rest.split('x');
    return { scorerId, criterionId, points, count: count === undefined ? null : Number(count) };
  });
}

describe('Cụm thi đua số VIII (HEAD scoring, precision 2)', () => {
  const regulation = regulationOf(CTD_VIII_2023_REGULATION);
  const HEAD = 'sct-gia-lai';
  const onTime = '2023-11-18T09:00:00+07:00';
  const member = (id: string, fields: Partial<MemberInput>) =>
    memberInput(id, { submittedAt: onTime, ...fields });
  const indicators = (output: string, retail: string | null, online: string) => ({
    industrial_output_value: { percentOfPlan: output },
    retail_sales: { percentOfPlan: retail },
    online_dossier_rate: { value: online },
  });

  // 1.2 relative to the leader: best retail figure is 112 (Kon Tum).
  const input: RankingInput = {
    regulation,
    periodKind: 'FY',
    computedAt: '2023-12-15T08:00:00+07:00',
    headId: HEAD,
    members: [
      member('sct-gia-lai', {
        indicators: indicators('98.37', '104.5', '96'),
        scores: scoresBy(HEAD, '1.4=19', '1.5=10', '2.1=9', '2.2=10x4', '3=14', 'B1=10'),
      }),
      member('sct-kon-tum', {
        indicators: indicators('105', '112', '91.2'),
        scores: scoresBy(HEAD, '1.4=18', '1.5=10', '2.1=9', '2.2=7.5x3', '3=14.5', 'B1=10', 'B2=2.5'),
      }),
      member('sct-dak-lak', {
        submittedAt: '2023-11-22T09:00:00+07:00',
        indicators: indicators('95.5', '100', '85'),
        scores: scoresBy(HEAD, '1.4=16', '1.5=10', '2.1=8', '2.2=5x2', '3=13', 'B2=2.5'),
      }),
      member('sct-dak-nong', {
        indicators: indicators('80', '90', '97'),
        scores: scoresBy(HEAD, '1.4=15', '1.5=0', '2.1=7', '2.2=2.5x1', '3=12', 'D3=3'),
      }),
      member('sct-lam-dong', {
        submittedAt: null,
        indicators: indicators('101', null, '70'),
        scores: scoresBy(HEAD, '1.4=17', '1.5=10', '2.1=8', '2.2=15x6', '3=13'),
      }),
    ],
    votes: ['sct-kon-tum', 'sct-dak-lak', 'sct-dak-nong', 'sct-lam-dong'].map((voterId) => ({
      voterId,
      awardId: 'GOV_FLAG',
      candidateId: HEAD,
    })),
  };
  const result = rankGroup(input);
  const entry = (id: string) => result.entries.find((e) => e.memberId === id)!;

  it('computes every total by hand', () => {
    // Gia Lai: 1 = 9.84 (10 × 98.37 %) + 6.88 (5 + 5 × 4.5 / 12 = 6.875) + 10 (96 ≥ 95) + 19 + 10 = 55.72;
    //   2 = 9 + 10 = 19; 3 = 14 → 88.72; bonus 10 → 98.72
    // Kon Tum: 10 + 10 (leader) + 7 (91.2 ≥ 90) + 18 + 10 = 55; 9 + 7.5 = 16.5; 14.5 → 86; bonus 12.5 → 98.5
    // Đắk Lắk: 9.55 + 5 (on target) + 4 (85 ≥ 80) + 16 + 10 = 44.55; 8 + 5 = 13; 13 → 70.55; bonus 2.5;
    //   2 days late × 1 = 2 → 71.05
    // Đắk Nông: 8 + 4.5 (0.5 × 10 × 90 / 100) + 10 + 15 + 0 = 37.5; 7 + 2.5 = 9.5; 12 → 59; D3 3 → 56
    // Lâm Đồng: 10 + 0 (no retail figure) + 0 (70 < 80) + 17 + 10 = 37; 8 + 15 = 23; 13 → 73; missing report 10 → 63
    expect(result.entries.map((e) => [e.memberId, e.rank, e.total, e.band])).toEqual([
      ['sct-gia-lai', 1, '98.72', 'Xuất sắc'],
      ['sct-kon-tum', 2, '98.5', 'Xuất sắc'],
      ['sct-dak-lak', 3, '71.05', 'Khá'],
      ['sct-lam-dong', 4, '63', 'Trung bình'],
      ['sct-dak-nong', 5, '56', 'Trung bình'],
    ]);
    expect(entry('sct-dak-lak')).toMatchObject({
      criteriaPoints: '70.55',
      bonusPoints: '2.5',
      deductionPoints: '2',
    });
    expect(result.warnings).toEqual([]);
  });

  it('proposes the flags to the voted leader and the merit within 40 % of the members', () => {
    // GOV_FLAG: 4 votes ≥ 0.8 × 4 = 3.2, rank 1, 98.72 ≥ 95. MIN_FLAG: rank 1, Xuất sắc.
    // MERIT: 40 % × 5 = 2 places, band ≥ Tốt, not holding MIN_FLAG → Kon Tum only.
    expect(result.entries.map((e) => [e.memberId, e.proposals])).toEqual([
      ['sct-gia-lai', ['GOV_FLAG', 'MIN_FLAG']],
      ['sct-kon-tum', ['MERIT']],
      ['sct-dak-lak', []],
      ['sct-lam-dong', []],
      ['sct-dak-nong', []],
    ]);
    expect(entry('sct-gia-lai').votes).toEqual({ GOV_FLAG: 4 });
  });

  it('explains the relative-to-leader figure and its rounding', () => {
    expect(entry('sct-gia-lai').breakdown.find((l) => l.id === '1.2')).toMatchObject({
      result: '6.88',
      rounding: { exact: '6.875', precision: 2 },
      inputs: { value: '104.5', target: '100', best: '112' },
    });
  });
});

describe('Khối thi đua các sở, ngành kinh tế tỉnh Gia Lai (CROSS_TRIMMED_MEAN, precision 1, 1000 points)', () => {
  const regulation = regulationOf(KTD_KT_GIA_LAI_2023_REGULATION);
  const HEAD = 'ban-qlkkt';
  const SCT = 'so-cong-thuong';
  const others = ['ban-qlkkt', 'quy-bvptr', 'so-xay-dung', 'so-gtvt'];
  const onTime = '2023-12-01T09:00:00+07:00';
  const indicators = (tasks: string, online: string, resolved: string | null, growth: string) => ({
    assigned_tasks_completed: { percentOfPlan: tasks },
    online_dossier_rate: { value: online },
    admin_dossiers_resolved: { percentOfPlan: resolved },
    online_dossiers: { changeVsSamePeriodPercent: growth },
  });
  /** One cross-score per other member, in the order of `others`. */
  const crossScores = (criterionId: string, points: string[], counts?: number[]): MemberScoreInput[] =>
    others.map((scorerId, i) => ({ scorerId, criterionId, points: points[i], count: counts?.[i] ?? null }));

  const input: RankingInput = {
    regulation,
    periodKind: 'FY',
    computedAt: '2023-12-20T08:00:00+07:00',
    headId: HEAD,
    members: [
      memberInput(SCT, {
        category: 'SO',
        submittedAt: '2023-12-06T08:00:00+07:00',
        indicators: indicators('96.5', '92.3', '99.13', '25'),
        selfScores: { T2: { points: '20' } },
        scores: [
          ...crossScores('II.1', ['50', '50', '0', '50']),
          ...crossScores('II.2', ['50', '75', '50', '100'], [2, 3, 2, 4]),
          ...crossScores('II.3', ['45', '40', '42', '48']),
          ...crossScores('III.1', ['45', '45', '45', '45']),
          ...crossScores('III.2', ['50', '50', '50', '50']),
          ...crossScores('III.3', ['30', '30', '30', '30'], [3, 3, 3, 3]),
          ...crossScores('IV', ['140', '135.5', '137.2', '131']),
          { scorerId: HEAD, criterionId: 'T1', points: '30' },
        ],
      }),
      memberInput(HEAD, {
        category: 'KHAC',
        facts: ['TTLDXS'],
        submittedAt: onTime,
        indicators: indicators('100', '88', '100', '40'),
        selfScores: {
          'II.1': { points: '50' },
          'II.2': { points: '100', count: 4 },
          'II.3': { points: '50' },
          'III.1': { points: '50' },
          'III.2': { points: '50' },
          'III.3': { points: '50', count: 5 },
          IV: { points: '150' },
        },
      }),
      memberInput('quy-bvptr', {
        category: 'KHAC',
        submittedAt: onTime,
        indicators: indicators('90', '50', null, '10'),
      }),
      memberInput('so-xay-dung', {
        category: 'SO',
        submittedAt: null,
        indicators: indicators('85.25', '75', '97.46', '4'),
      }),
      memberInput('so-gtvt', {
        category: 'SO',
        facts: ['UNDER_REVIEW'],
        submittedAt: onTime,
        indicators: indicators('100', '95', '100', '-2'),
      }),
    ],
    votes: [SCT, 'quy-bvptr', 'so-gtvt'].map((voterId) => ({
      voterId,
      awardId: 'PROVINCE_FLAG',
      candidateId: HEAD,
    })),
  };
  const result = rankGroup(input);
  const sct = result.entries.find((e) => e.memberId === SCT)!;
  const line = (id: string) => sct.breakdown.find((l) => l.id === id)!;

  it("scores the Sở Công Thương from trimmed means of the other members' scores", () => {
    // I.1 200 × 96.5 % = 193; I.2 92.3 ≥ 90 → 100; I.3 100 × 99.13 % = 99.13 → 99.1;
    // I.4 growth 25 above target 10, leader 40: 50 + 50 × 15 / 30 = 75 → I = 467.1
    expect(['I.1', 'I.2', 'I.3', 'I.4', 'I'].map((id) => line(id).result)).toEqual([
      '193',
      '100',
      '99.1',
      '75',
      '467.1',
    ]);
    // II.1 pass/fail 50, 50, 0, 50 → drop 0 and a 50 → mean 50 ≥ 25 → 50
    // II.2 50, 75, 50, 100 → drop 50 and 100 → 62.5; II.3 42, 45 kept → 43.5 → II = 156
    expect(['II.1', 'II.2', 'II.3', 'II'].map((id) => line(id).result)).toEqual([
      '50',
      '62.5',
      '43.5',
      '156',
    ]);
    // III = 45 + 50 + 30 = 125; IV: 135.5, 137.2 kept → 136.35 → 136.4 (half up)
    expect(line('III').result).toBe('125');
    expect(line('IV')).toMatchObject({ result: '136.4', rounding: { exact: '136.35', precision: 1 } });
    expect(
      line('IV')
        .scores!.filter((s) => s.dropped)
        .map((s) => s.points),
    ).toEqual(['140', '131']);
    // criteria 467.1 + 156 + 125 + 136.4 = 884.5; bonus T1 30 (head) + T2 20 (self, unreviewed) = 50 ≤ cap 50;
    // submitted 15 h after the deadline → 1 day × 10 = 10 → 884.5 + 50 − 10 = 924.5
    expect(sct).toMatchObject({
      criteriaPoints: '884.5',
      bonusPoints: '50',
      deductionPoints: '10',
      total: '924.5',
      band: 'Tốt',
      unreviewed: true,
    });
  });

  it('ranks the bloc and proposes the province flag and the chairman merit', () => {
    // Ban QLKKT: I = 200 + 80 + 100 + 100 (leader) = 480, self-scores 200 + 150 + 150 → 980 (unreviewed)
    // Quỹ: 180 + 30 + 0 (no figure) + 50 (on target) = 260; Sở XD: 170.5 + 60 + 97.5 + 20 = 348, missing − 100 = 248;
    // Sở GTVT: 200 + 100 + 100 + 0 (−2 % growth) = 400.
    expect(result.entries.map((e) => [e.memberId, e.rank, e.total, e.band])).toEqual([
      [HEAD, 1, '980', 'Xuất sắc'],
      [SCT, 2, '924.5', 'Tốt'],
      ['so-gtvt', 3, '400', 'Yếu'],
      ['quy-bvptr', 4, '260', 'Yếu'],
      ['so-xay-dung', 5, '248', 'Yếu'],
    ]);
    // Province flag: 3 votes ≥ 0.7 × 4 = 2.8, and Ban QLKKT holds TTLĐXS (its prerequisite); "Xuất sắc" needs no
    // leaf at 0, and none is. Chairman merit: 2 places for departments (SO), 1 for other agencies (KHAC), band
    // ≥ Tốt; the flag holder (KHAC) excluded → Sở Công Thương (SO) only.
    expect(result.entries.map((e) => e.proposals)).toEqual([
      ['PROVINCE_FLAG'],
      ['CHAIRMAN_MERIT'],
      [],
      [],
      [],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('records why the rules of its format 2 regulation decided what they did', () => {
    const head = result.entries.find((e) => e.memberId === HEAD)!;
    expect(head.facts).toEqual(['TTLDXS']);
    // Sở GTVT is under review: blocked from both awards, whatever its band.
    const gtvt = result.entries.find((e) => e.memberId === 'so-gtvt')!;
    expect(gtvt.facts).toEqual(['UNDER_REVIEW']);
    expect(gtvt.awardDecisions.map((d) => d.status)).toEqual(['blocked', 'blocked']);
    // Without the title the leader is not proposed for the flag; it then takes the one merit of the other
    // agencies (KHAC), while Sở Công Thương keeps one of the departments' two.
    const without = rankGroup({
      ...input,
      members: input.members.map((m) => (m.memberId === HEAD ? { ...m, facts: [] } : m)),
    });
    expect(without.entries.map((e) => e.proposals)).toEqual([
      ['CHAIRMAN_MERIT'],
      ['CHAIRMAN_MERIT'],
      [],
      [],
      [],
    ]);
  });
});
