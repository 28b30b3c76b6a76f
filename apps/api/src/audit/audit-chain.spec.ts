import { ChainRow, ChainWalker } from './audit-chain';
import { AuditProblem } from './audit.types';

/** A sound chain of n events: each hash is "h<seq>", each links to the one before. */
const chain = (n: number): ChainRow[] =>
  Array.from({ length: n }, (_, i) => ({
    id: String(100 + i),
    seq: String(i + 1),
    occurred_at: new Date(Date.UTC(2023, 6, 1, 0, i)),
    prev_hash: i === 0 ? null : `h${i}`,
    hash: `h${i + 1}`,
    expected_hash: `h${i + 1}`,
  }));

const walk = (rows: ChainRow[]) => {
  const walker = new ChainWalker();
  rows.forEach((r) => walker.take(r));
  return walker;
};

describe('ChainWalker', () => {
  it('finds nothing wrong in a sound chain, and counts it', () => {
    const w = walk(chain(5));
    expect({ checked: w.checked, broken: w.firstBroken }).toEqual({ checked: 5, broken: null });
  });

  it('names the event whose content no longer hashes to its stored hash', () => {
    const rows = chain(5);
    rows[2].expected_hash = 'changed';
    rows[4].expected_hash = 'changed too';
    expect(walk(rows).firstBroken).toEqual({
      eventId: '102',
      position: 3,
      occurredAt: rows[2].occurred_at,
      problem: AuditProblem.HASH_MISMATCH,
    });
  });

  it('names the event that no longer links to the one before it', () => {
    const rows = chain(4);
    rows[3].prev_hash = 'forged';
    expect(walk(rows).firstBroken).toMatchObject({
      eventId: '103',
      problem: AuditProblem.PREVIOUS_HASH_MISMATCH,
    });
  });

  it('names the event after a gap, at the position of the missing one, the first event included', () => {
    const rows = chain(5);
    const gap = walk([...rows.slice(0, 2), ...rows.slice(3)]);
    expect(gap.firstBroken).toMatchObject({
      eventId: '103',
      position: 3,
      problem: AuditProblem.MISSING_SEQUENCE,
    });
    expect(gap.checked).toBe(4);
    expect(walk(rows.slice(1)).firstBroken).toMatchObject({ eventId: '101', position: 1 });
  });
});
