import { daysLate } from './lateness';

describe('daysLate', () => {
  const deadline = '2023-06-20T17:00:00+07:00';

  it('is 0 on time and when not submitted', () => {
    expect(daysLate(deadline, '2023-06-20T17:00:00+07:00')).toBe(0);
    expect(daysLate(deadline, '2023-06-19T08:00:00+07:00')).toBe(0);
    expect(daysLate(deadline, null)).toBe(0);
  });

  it('counts started 24-hour blocks: 1 second late is 1 day, 24 h is 1, 24 h + 1 s is 2', () => {
    expect(daysLate(deadline, '2023-06-20T17:00:01+07:00')).toBe(1);
    expect(daysLate(deadline, '2023-06-21T17:00:00+07:00')).toBe(1);
    expect(daysLate(deadline, '2023-06-21T17:00:01+07:00')).toBe(2);
  });

  it('compares instants, not wall-clock text in different zones', () => {
    // 10:00:01Z is 17:00:01 in Hà Nội.
    expect(daysLate(deadline, '2023-06-20T10:00:01Z')).toBe(1);
  });
});
