import { decideSuccession, nextYearDraft } from './succession';

const tally = (head: Record<string, number>, deputy: Record<string, number>) => ({
  head: Object.entries(head).map(([candidateId, votes]) => ({ candidateId, votes })),
  deputy: Object.entries(deputy).map(([candidateId, votes]) => ({ candidateId, votes })),
});

describe('decideSuccession', () => {
  it('elects the most votes for each office, the deputy counted without the head', () => {
    expect(decideSuccession(tally({ a: 3, b: 1 }, { a: 2, c: 1, b: 0 }))).toEqual({
      ok: true,
      headId: 'a',
      deputyId: 'c',
    });
  });

  it('refuses a tie until one of the tied is named, and a settlement where there is no tie', () => {
    const t = tally({ b: 2, a: 2, c: 1 }, { c: 3 });
    expect(decideSuccession(t)).toEqual({ ok: false, problem: 'TIED', office: 'HEAD', tied: ['a', 'b'] });
    expect(decideSuccession(t, { headId: 'c' })).toMatchObject({ problem: 'TIED' });
    expect(decideSuccession(t, { headId: 'b' })).toEqual({ ok: true, headId: 'b', deputyId: 'c' });
    expect(decideSuccession(t, { headId: 'b', deputyId: 'a' })).toEqual({
      ok: false,
      problem: 'NOT_TIED',
      office: 'DEPUTY',
      candidateId: 'a',
    });
  });

  it('needs ballots, and a deputy named when every deputy vote went to the head', () => {
    expect(decideSuccession(tally({}, {}))).toEqual({ ok: false, problem: 'NO_BALLOTS' });
    expect(decideSuccession(tally({ a: 1 }, { a: 1 }))).toEqual({ ok: false, problem: 'NO_DEPUTY' });
    expect(decideSuccession(tally({ a: 1 }, { a: 1 }), { deputyId: 'b' })).toMatchObject({ deputyId: 'b' });
  });
});

describe('nextYearDraft', () => {
  it('moves the year, the deadlines and the title on, and empties the decision', () => {
    const draft = nextYearDraft(
      {
        year: 2023,
        title: 'Quy chế năm 2023',
        decision: { number: '12/QĐ', date: '2023-01-10' },
        periods: [
          { kind: 'H1', deadline: '2023-06-20T17:00:00+07:00' },
          { kind: 'FY', deadline: '2024-02-29T17:00:00+07:00' },
        ],
        criteria: [{ id: '1' }],
      },
      2023,
    );
    expect(draft).toEqual({
      year: 2024,
      title: 'Quy chế năm 2024',
      decision: { number: '', date: '' },
      periods: [
        { kind: 'H1', deadline: '2024-06-20T17:00:00+07:00' },
        { kind: 'FY', deadline: '2025-02-28T17:00:00+07:00' },
      ],
      criteria: [{ id: '1' }],
    });
  });
});
