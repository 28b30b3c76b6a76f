import { auditDiff, MAX_PATHS, MAX_VALUE_CHARS, MORE_KEY } from './audit-diff';

const report = (body: string) => ({
  version: 3,
  content: {
    sections: [
      { title: 'I. Kết quả', body: 'Đạt 100% kế hoạch.' },
      { title: 'II. Tồn tại', body },
    ],
    indicators: [{ key: 'revenue', value: '12,5' }],
  },
});

describe('auditDiff', () => {
  it('stores only the changed paths of an update, with their old and new values', () => {
    const diff = auditDiff(report('Chưa có.'), { ...report('Còn chậm.'), version: 4 });
    expect(diff).toEqual({
      before: { version: 3, 'content.sections.1.body': 'Chưa có.' },
      after: { version: 4, 'content.sections.1.body': 'Còn chậm.' },
    });
  });

  it('sees a section added or emptied, whatever the order of keys', () => {
    const before = report('Chưa có.');
    const added = { ...before, content: { ...before.content, sections: [...before.content.sections, null] } };
    expect(auditDiff(before, added).after).toEqual({ 'content.sections.2': null });
    const reordered = {
      content: { indicators: before.content.indicators, sections: before.content.sections },
      version: 3,
    };
    expect(auditDiff(before, reordered)).toEqual({ before: {}, after: {} });
  });

  it('bounds a 1 MB section: its size and hash, not its text', () => {
    const mb = 'Sở Công Thương đã chủ động triển khai. '.repeat(27_000);
    const diff = auditDiff(report('Chưa có.'), report(mb));
    const stored = JSON.stringify(diff);
    expect(stored.length).toBeLessThan(2 * MAX_VALUE_CHARS);
    expect(diff.after!['content.sections.1.body']).toEqual(
      expect.objectContaining({
        truncated: true,
        chars: JSON.stringify(mb).length,
        sha256: expect.any(String),
      }),
    );
    expect(diff.before!['content.sections.1.body']).toBe('Chưa có.');
  });

  it('keeps what the change is about even when it did not change', () => {
    const score = { memberId: 'm', criterionId: '1.4', points: '8', reason: null };
    expect(auditDiff(score, { ...score, points: '9.5' }, ['memberId', 'criterionId'])).toEqual({
      before: { memberId: 'm', criterionId: '1.4', points: '8' },
      after: { memberId: 'm', criterionId: '1.4', points: '9.5' },
    });
  });

  it('counts the changes beyond its limit instead of storing them', () => {
    const many = (n: number) => Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, n]));
    const diff = auditDiff(many(1), many(2));
    expect(Object.keys(diff.before!)).toHaveLength(MAX_PATHS);
    expect(diff.after![MORE_KEY]).toBe(100 - MAX_PATHS);
  });

  it('stores a creation or a deletion as its one side, each field bounded, dates as text', () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    expect(auditDiff(null, { state: 'SUBMITTED', at, body: 'x'.repeat(5000) })).toEqual({
      before: null,
      after: { state: 'SUBMITTED', at: at.toISOString(), body: expect.objectContaining({ truncated: true }) },
    });
    expect(auditDiff({ id: 'e' }, null)).toEqual({ before: { id: 'e' }, after: null });
    expect(auditDiff(null, null)).toEqual({ before: null, after: null });
  });
});
