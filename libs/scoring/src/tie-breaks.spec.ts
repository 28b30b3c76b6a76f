// checkTieDecision: what the API's settleTie may record against the ranking computed now.
import { CTD_VIII_2023_REGULATION } from './fixtures/ctd-viii-2023.regulation';
import { FORMAT2_RULES_REGULATION } from './fixtures/format2-rules.regulation';
import { regulationOf } from './fixtures/ranking-input.fixture';
import type { RankingEntry } from './ranking.types';
import type { RegulationDocument } from './regulation.schema';
import { checkTieDecision as sut } from './tie-breaks';

const f2 = regulationOf(FORMAT2_RULES_REGULATION);

type Entry = Pick<RankingEntry, 'memberId' | 'rank' | 'tieDecisionBy'>;
/** a 1; b, c, d tied at 2 for the board; e, f tied at 5 for the board; g 7. */
const entries: Entry[] = [
  { memberId: 'a', rank: 1, tieDecisionBy: null },
  { memberId: 'b', rank: 2, tieDecisionBy: 'BOARD' },
  { memberId: 'c', rank: 2, tieDecisionBy: 'BOARD' },
  { memberId: 'd', rank: 2, tieDecisionBy: 'BOARD' },
  { memberId: 'e', rank: 5, tieDecisionBy: 'BOARD' },
  { memberId: 'f', rank: 5, tieDecisionBy: 'BOARD' },
  { memberId: 'g', rank: 7, tieDecisionBy: null },
];

describe('checkTieDecision', () => {
  it('accepts an order naming exactly the members tied at one rank, from the body the tie-break names', () => {
    expect(sut(f2, entries, { by: 'BOARD', order: ['d', 'b', 'c'] })).toEqual([]);
    expect(sut(f2, entries, { by: 'BOARD', order: ['f', 'e'] })).toEqual([]);
  });

  it('refuses an order from the other body', () => {
    expect(sut(f2, entries, { by: 'HEAD', order: ['d', 'b', 'c'] })).toEqual([
      {
        path: 'by',
        message:
          'Chỉ cơ quan thi đua – khen thưởng được quyết định thứ tự các đơn vị đồng hạng của quy chế này',
      },
    ]);
  });

  it('refuses an order that leaves out a tied member or mixes two tied groups', () => {
    const message = 'Thứ tự phải gồm đúng các đơn vị đồng hạng 2 chờ quyết định: b, c, d';
    expect(sut(f2, entries, { by: 'BOARD', order: ['b', 'c'] })).toEqual([{ path: 'order', message }]);
    expect(sut(f2, entries, { by: 'BOARD', order: ['b', 'c', 'd', 'e'] })).toEqual([
      { path: 'order', message },
    ]);
  });

  it('refuses members not tied, unknown or named twice', () => {
    expect(sut(f2, entries, { by: 'BOARD', order: ['a', 'g'] })).toEqual([
      { path: 'order', message: 'Đơn vị a không đồng hạng với đơn vị nào đang chờ quyết định thứ tự' },
    ]);
    expect(sut(f2, entries, { by: 'BOARD', order: ['e', 'x', 'e'] })).toEqual([
      { path: 'order[1]', message: 'Đơn vị x không có trong bảng xếp hạng' },
      { path: 'order[2]', message: 'Đơn vị e được nêu hai lần' },
    ]);
  });

  it('accepts a new order for the members of an order already recorded by the body', () => {
    // After the board ordered e, f they hold ranks 5 and 6 and are no longer marked.
    const settled = entries.map((e) =>
      e.memberId === 'f'
        ? { ...e, rank: 6, tieDecisionBy: null }
        : e.memberId === 'e'
          ? { ...e, tieDecisionBy: null }
          : e,
    );
    expect(sut(f2, settled, { by: 'BOARD', order: ['f', 'e'] })).not.toEqual([]);
    expect(
      sut(f2, settled, { by: 'BOARD', order: ['f', 'e'] }, [{ by: 'BOARD', order: ['e', 'f'] }]),
    ).toEqual([]);
  });

  it('refuses any order under a regulation without a decision tie-break', () => {
    const reg = regulationOf(CTD_VIII_2023_REGULATION as RegulationDocument);
    expect(sut(reg, entries, { by: 'BOARD', order: ['b', 'c', 'd'] })).toEqual([
      {
        path: 'order',
        message: 'Quy chế không giao việc quyết định thứ tự các đơn vị đồng hạng (tie-break decision)',
      },
    ]);
  });
});
