// Format 2's member-level rules through rankGroup: facts, fixed and per_item deductions, deductionsMax, gt and
// require bands, bandRules, fact and decision tie-breaks.
import { FORMAT2_RULES_REGULATION } from './fixtures/format2-rules.regulation';
import { memberInput, rankingInput, regulationOf } from './fixtures/ranking-input.fixture';
import { rankGroup } from './ranking';
import type { MemberInput, MemberScoreInput, RankingEntry, RankingInput } from './ranking.types';
import type { RegulationDocument } from './regulation.schema';
import { checkScoreInput, regulationFact, scoreTarget } from './score-input';

const f2 = regulationOf(FORMAT2_RULES_REGULATION);
const HEAD = 'h';
const ON_TIME = '2025-11-20T10:00:00+07:00';
const AFTER = '2025-12-20T10:00:00+07:00';

/** Leaf points 1.1, 1.2, 1.3, 2 given by the head, submitted on time unless told. */
function member(
  memberId: string,
  [p11, p12, p13, p2]: [string, string, string, string],
  fields: Partial<MemberInput> & { extra?: MemberScoreInput[] } = {},
): MemberInput {
  const { extra = [], ...rest } = fields;
  const score = (criterionId: string, points: string): MemberScoreInput => ({
    scorerId: HEAD,
    criterionId,
    points,
  });
  return memberInput(memberId, {
    submittedAt: ON_TIME,
    scores: [score('1.1', p11), score('1.2', p12), score('1.3', p13), score('2', p2), ...extra],
    ...rest,
  });
}

function rank(members: MemberInput[], fields: Partial<RankingInput> = {}, regulation = f2) {
  return rankGroup(rankingInput(regulation, members, { headId: HEAD, computedAt: AFTER, ...fields }));
}

function entryOf(m: MemberInput, regulation = f2): RankingEntry {
  return rank([m], {}, regulation).entries[0];
}

const line = (entry: RankingEntry, id: string) => entry.breakdown.find((l) => l.id === id)!;
const FULL: [string, string, string, string] = ['30', '20', '5', '45'];

function variant(changes: Partial<RegulationDocument>) {
  return regulationOf({ ...FORMAT2_RULES_REGULATION, ...changes } as RegulationDocument);
}

describe('facts', () => {
  it('lists the true facts in the regulation order and ignores an undeclared one with a warning', () => {
    const result = rank([member(HEAD, FULL, { facts: ['FEMALE_70', 'NOPE', 'TTLDXS'] })]);
    expect(result.entries[0].facts).toEqual(['TTLDXS', 'FEMALE_70']);
    expect(result.warnings).toEqual(['Đơn vị h: dữ kiện "NOPE" không có trong quy chế — không tính']);
  });

  it('gives an empty list and no tie decision under format 1 fields', () => {
    const entry = entryOf(member(HEAD, FULL));
    expect(entry).toMatchObject({ facts: [], tieDecisionBy: null });
  });

  it('tells the API who sets a declared fact', () => {
    expect(regulationFact(f2, 'UNDER_REVIEW')).toEqual({
      id: 'UNDER_REVIEW',
      title: 'Đang bị xem xét kỷ luật',
      setBy: 'BOARD',
    });
    expect(regulationFact(f2, 'TTLDXS')?.setBy).toBe('HEAD');
    expect(regulationFact(f2, 'NOPE')).toBeUndefined();
  });
});

describe('fixed and per_item deductions', () => {
  it('charges a fixed deduction in full when the final scorer applies it, and nothing when it gives 0', () => {
    // D4 applied: 8 points; but deductionsMax 3 caps the sum: 100 − 3 = 97.
    const applied = entryOf(
      member(HEAD, FULL, { extra: [{ scorerId: HEAD, criterionId: 'D4', points: '8' }] }),
    );
    expect(line(applied, 'D4')).toMatchObject({ method: 'fixed', result: '8', inputs: { points: '8' } });
    expect(applied.deductionPoints).toBe('3');
    const notApplied = entryOf(
      member(HEAD, FULL, { extra: [{ scorerId: HEAD, criterionId: 'D4', points: '0' }] }),
    );
    expect(line(notApplied, 'D4').result).toBe('0');
    expect(notApplied.total).toBe('100');
  });

  it('charges count × points for per_item, capped at its max, and says so', () => {
    // 3 × 0.5 = 1.5; 5 × 0.5 = 2.5 → capped at 2.
    const three = entryOf(
      member(HEAD, FULL, { extra: [{ scorerId: HEAD, criterionId: 'D5', points: '1.5', count: 3 }] }),
    );
    expect(line(three, 'D5')).toMatchObject({
      method: 'per_item',
      result: '1.5',
      inputs: { pointsEach: '0.5' },
    });
    expect(line(three, 'D5').note).toMatch(/^3 lần × 0,5 — /);
    expect(three.total).toBe('98.5');
    const five = entryOf(
      member(HEAD, FULL, { extra: [{ scorerId: HEAD, criterionId: 'D5', points: '2', count: 5 }] }),
    );
    expect(line(five, 'D5')).toMatchObject({ result: '2', capped: true });
    expect(line(five, 'D5').note).toMatch(/^5 lần × 0,5, tối đa 2 — /);
  });

  it('caps the sum of every kind at deductionsMax after each one’s own cap, showing both sums', () => {
    // Late 2 days (D1: 2) + missing none + manual D3 1.5 + fixed D4 8 + per_item D5 5 × 0.5 = 2.5 → 2 (own cap)
    // sum 2 + 1.5 + 8 + 2 = 13.5 → deductionsMax 3; total 100 − 3 = 97.
    const entry = entryOf(
      member(HEAD, FULL, {
        submittedAt: '2025-11-22T09:00:00+07:00',
        extra: [
          { scorerId: HEAD, criterionId: 'D3', points: '1.5' },
          { scorerId: HEAD, criterionId: 'D4', points: '8' },
          { scorerId: HEAD, criterionId: 'D5', points: '2', count: 5 },
        ],
      }),
    );
    expect(['D1', 'D2', 'D3', 'D4', 'D5'].map((id) => line(entry, id).result)).toEqual([
      '2',
      '0',
      '1.5',
      '8',
      '2',
    ]);
    expect(entry).toMatchObject({ deductionPoints: '3', total: '97' });
    expect(entry.summary).toContain('− 3 (điểm trừ) = 97; điểm trừ 13,5 vượt mức trừ tối đa nên tính 3');
  });

  it('leaves the deductions uncapped below deductionsMax', () => {
    const entry = entryOf(
      member(HEAD, FULL, { extra: [{ scorerId: HEAD, criterionId: 'D3', points: '2' }] }),
    );
    expect(entry).toMatchObject({ deductionPoints: '2', total: '98' });
    expect(entry.summary).not.toContain('mức trừ tối đa');
  });

  it('lets the API check setScore for D4 with 0 or its points and D5 with a count', () => {
    expect(scoreTarget(f2, 'D4')).toMatchObject({
      kind: 'deduction',
      method: 'fixed',
      allowedPoints: ['0', '8'],
    });
    expect(scoreTarget(f2, 'D5')).toMatchObject({
      method: 'per_item',
      pointsEach: '0.5',
      requiresCount: true,
    });
    expect(checkScoreInput(f2, { criterionId: 'D4', points: '8' })).toEqual([]);
    expect(checkScoreInput(f2, { criterionId: 'D4', points: '0' })).toEqual([]);
    expect(checkScoreInput(f2, { criterionId: 'D4', points: '4' })).toEqual([
      { path: 'points', message: 'Khoản trừ cố định chỉ nhận 0 hoặc 8 điểm' },
    ]);
    expect(checkScoreInput(f2, { criterionId: 'D5', points: '1.5', count: 3 })).toEqual([]);
    expect(checkScoreInput(f2, { criterionId: 'D5', points: '2', count: 9 })).toEqual([]);
    expect(checkScoreInput(f2, { criterionId: 'D5', points: '1.5' })).toEqual([
      { path: 'count', message: 'Cần nhập số lần (count) cho khoản trừ tính theo số lần' },
    ]);
    expect(checkScoreInput(f2, { criterionId: 'D5', points: '1', count: 3 })).toEqual([
      { path: 'points', message: 'Điểm phải bằng số lượng × 0,5 (tối đa 2) = 1,5' },
    ]);
  });
});

describe('classification bands', () => {
  it('reads gt strictly: a total exactly on the bound falls to the next band', () => {
    // 30 + 20 + 5 + 20 = 75 → not "trên 75" → Không hoàn thành; 75.01 → Hoàn thành.
    expect(entryOf(member(HEAD, ['30', '20', '5', '20'])).band).toBe('Không hoàn thành');
    const above = entryOf(member(HEAD, ['30', '20', '5', '20.01']));
    expect(above.band).toBe('Hoàn thành');
    expect(above.summary).toContain('; xếp loại Hoàn thành (trên 75 điểm)');
  });

  it('tries the next band down when noZeroLeaf and minLeafRatio fail, naming the leaves', () => {
    // 30 + 20 + 0 + 45 = 95: 1.3 scored 0 → not Xuất sắc; 0 < 50% × 5 → not Tốt; 95 > 75 → Hoàn thành.
    const entry = entryOf(member(HEAD, ['30', '20', '0', '45']));
    expect(entry.band).toBe('Hoàn thành');
    expect(entry.summary).toContain(
      '; không xếp loại Hoàn thành xuất sắc vì tiêu chí 1.3 được 0 điểm' +
        '; không xếp loại Hoàn thành tốt vì tiêu chí 1.3 (0/5) dưới 50% điểm tối đa' +
        '; xếp loại Hoàn thành (trên 75 điểm)',
    );
  });

  it('takes a leaf at exactly the ratio as meeting it', () => {
    // 1.2 = 10 = 50% × 20: 30 + 10 + 5 + 45 = 90 → Hoàn thành tốt; 9.99 → 89.99, ratio fails → Hoàn thành.
    expect(entryOf(member(HEAD, ['30', '10', '5', '45'])).band).toBe('Hoàn thành tốt');
    expect(entryOf(member(HEAD, ['30', '9.99', '5', '45'])).band).toBe('Hoàn thành');
  });
});

describe('bandRules', () => {
  it('puts a member without a report after the deadline in the setBand, whatever its total', () => {
    // 100 − 3 (missing 10, capped by deductionsMax) = 97, but K1 sets Không hoàn thành.
    const entry = entryOf(member(HEAD, FULL, { submittedAt: null }));
    expect(entry).toMatchObject({ total: '97', band: 'Không hoàn thành' });
    expect(entry.summary).toContain(
      '; xếp loại Không hoàn thành theo quy tắc K1 (Không tự đánh giá, chấm điểm: không nộp báo cáo trước hạn)',
    );
  });

  it('does not count a missing report before the deadline', () => {
    const input = [member(HEAD, FULL, { submittedAt: null })];
    const early = rank(input, { computedAt: '2025-11-19T10:00:00+07:00' }).entries[0];
    expect(early.band).toBe('Hoàn thành xuất sắc');
  });

  it('starts the selection at maxBand, says which rule moved the band, and checks its condition there', () => {
    // 100 with REPRIMAND → at most Hoàn thành tốt.
    const capped = entryOf(member(HEAD, FULL, { facts: ['REPRIMAND'] }));
    expect(capped.band).toBe('Hoàn thành tốt');
    expect(capped.summary).toContain(
      '; quy tắc H1 (Người đứng đầu bị kỷ luật: Người đứng đầu bị kỷ luật Khiển trách): xếp loại tối đa Hoàn thành tốt' +
        '; xếp loại Hoàn thành tốt (từ 85 điểm)',
    );
    // 30 + 9 + 5 + 45 = 89: 1.2 under 50% → not Tốt even from the cap → Hoàn thành.
    expect(entryOf(member(HEAD, ['30', '9', '5', '45'], { facts: ['REPRIMAND'] })).band).toBe('Hoàn thành');
  });

  it('says nothing of a maxBand that does not move the band', () => {
    const entry = entryOf(member(HEAD, ['30', '5', '5', '40'], { facts: ['REPRIMAND'] }));
    expect(entry.band).toBe('Hoàn thành');
    expect(entry.summary).not.toContain('quy tắc H1');
  });

  it('lets setBand win over maxBand, even when setBand names the higher band', () => {
    // S1 sets Hoàn thành on TTLDXS, M1 caps at Không hoàn thành on REPRIMAND: with both, Hoàn thành.
    const reg = variant({
      bandRules: [
        { id: 'M1', title: 'Hạn chế', if: { fact: 'REPRIMAND' }, effect: { maxBand: 'Không hoàn thành' } },
        { id: 'S1', title: 'Đặt mức', if: { fact: 'TTLDXS' }, effect: { setBand: 'Hoàn thành' } },
      ],
    });
    expect(entryOf(member(HEAD, FULL, { facts: ['REPRIMAND'] }), reg).band).toBe('Không hoàn thành');
    expect(entryOf(member(HEAD, FULL, { facts: ['REPRIMAND', 'TTLDXS'] }), reg).band).toBe('Hoàn thành');
  });

  it('counts the lowest of several maxBands and the lowest of several setBands', () => {
    const reg = variant({
      bandRules: [
        { id: 'M1', title: 'A', if: { fact: 'REPRIMAND' }, effect: { maxBand: 'Hoàn thành' } },
        { id: 'M2', title: 'B', if: { fact: 'FEMALE_70' }, effect: { maxBand: 'Hoàn thành tốt' } },
        { id: 'S1', title: 'C', if: { fact: 'TTLDXS' }, effect: { setBand: 'Hoàn thành' } },
        { id: 'S2', title: 'D', if: { fact: 'PARTY_GOOD' }, effect: { setBand: 'Hoàn thành tốt' } },
      ],
    });
    const maxed = entryOf(member(HEAD, FULL, { facts: ['REPRIMAND', 'FEMALE_70'] }), reg);
    expect(maxed.band).toBe('Hoàn thành');
    expect(maxed.summary).toContain('quy tắc M1');
    const set = entryOf(member(HEAD, FULL, { facts: ['TTLDXS', 'PARTY_GOOD'] }), reg);
    expect(set.band).toBe('Hoàn thành');
    expect(set.summary).toContain('theo quy tắc S1');
  });
});

describe('tie-breaks', () => {
  // Everyone 100 points, criterion 1 equal: FEMALE_70 decides, then the board.
  it('ranks members with the fact true first', () => {
    const result = rank([member(HEAD, FULL), member('b', FULL, { facts: ['FEMALE_70'] })]);
    expect(result.entries.map((e) => [e.memberId, e.rank, e.tieDecisionBy])).toEqual([
      ['b', 1, null],
      [HEAD, 2, null],
    ]);
    expect(result.entries[0].summary).toMatch(
      /; cùng tổng điểm với h, xếp trên nhờ có dữ kiện "Tỷ lệ nữ từ 70% trở lên"$/,
    );
    expect(result.entries[1].summary).toMatch(
      /; cùng tổng điểm với b, xếp dưới vì không có dữ kiện "Tỷ lệ nữ từ 70% trở lên"$/,
    );
  });

  it('leaves members still tied to the decision body, sharing the rank', () => {
    const result = rank([member(HEAD, FULL), member('b', FULL), member('c', FULL, { facts: ['FEMALE_70'] })]);
    expect(result.entries.map((e) => [e.memberId, e.rank, e.tieDecisionBy])).toEqual([
      ['c', 1, null],
      ['b', 2, 'BOARD'],
      [HEAD, 2, 'BOARD'],
    ]);
    expect(result.entries[1].summary).toMatch(
      /; đồng hạng 2, chờ cơ quan thi đua – khen thưởng quyết định thứ tự$/,
    );
  });

  it('takes the recorded order naming exactly the tied members, and leaves other tied groups as they are', () => {
    // b, c, h tied at 100; d, e tied at 90. The board orders c, h, b; d and e stay tied.
    const members = [
      member(HEAD, FULL),
      member('b', FULL),
      member('c', FULL),
      member('d', ['30', '20', '5', '35']),
      member('e', ['30', '20', '5', '35']),
    ];
    const result = rank(members, { tieDecisions: [{ by: 'BOARD', order: ['c', HEAD, 'b'] }] });
    expect(result.entries.map((e) => [e.memberId, e.rank, e.tieDecisionBy])).toEqual([
      ['c', 1, null],
      [HEAD, 2, null],
      ['b', 3, null],
      ['d', 4, 'BOARD'],
      ['e', 4, 'BOARD'],
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.entries[1].summary).toMatch(
      /; đồng điểm với 2 đơn vị khác, thứ tự do cơ quan thi đua – khen thưởng quyết định$/,
    );
  });

  it('leaves out an order from the wrong body, or one that no longer matches a tied group, with a warning', () => {
    const members = [member(HEAD, FULL), member('b', FULL), member('c', ['30', '20', '5', '40'])];
    const result = rank(members, {
      tieDecisions: [
        { by: 'HEAD', order: ['b', HEAD] },
        { by: 'BOARD', order: ['c', 'b'] },
      ],
    });
    expect(result.entries.map((e) => [e.memberId, e.rank, e.tieDecisionBy])).toEqual([
      ['b', 1, 'BOARD'],
      [HEAD, 1, 'BOARD'],
      ['c', 3, null],
    ]);
    expect(result.warnings).toEqual([
      'Thứ tự đồng hạng (b, h) do cụm/khối trưởng ghi nhận không được tính: quy chế giao cơ quan thi đua – khen thưởng quyết định',
      'Thứ tự đồng hạng (c, b) không còn khớp nhóm đơn vị đồng hạng nào — không tính',
    ]);
  });

  it('counts no order when two different orders name the same members', () => {
    const result = rank([member(HEAD, FULL), member('b', FULL)], {
      tieDecisions: [
        { by: 'BOARD', order: ['b', HEAD] },
        { by: 'BOARD', order: [HEAD, 'b'] },
      ],
    });
    expect(result.entries.map((e) => e.rank)).toEqual([1, 1]);
    expect(result.warnings[0]).toContain('Có 2 thứ tự khác nhau');
  });
});
