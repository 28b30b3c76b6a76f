import { dueReminder } from './reminder-schedule';

const deadline = new Date('2023-06-20T10:00:00Z');
const at = (iso: string) => new Date(iso);

describe('dueReminder', () => {
  it('sends nothing before the earliest reminder', () => {
    expect(dueReminder(deadline, at('2023-06-13T09:59:59Z'))).toBeNull();
  });

  it('sends the 7-day reminder from 7 days before, counting the days left up', () => {
    expect(dueReminder(deadline, at('2023-06-13T10:00:00Z'))).toEqual({ offset: 7, daysLeft: 7 });
    expect(dueReminder(deadline, at('2023-06-14T09:00:00Z'))).toEqual({ offset: 7, daysLeft: 7 });
    expect(dueReminder(deadline, at('2023-06-15T10:00:00Z'))).toEqual({ offset: 7, daysLeft: 5 });
  });

  it('sends the 1-day reminder, then the one at the deadline, until a day after it', () => {
    expect(dueReminder(deadline, at('2023-06-19T12:00:00Z'))).toEqual({ offset: 1, daysLeft: 1 });
    expect(dueReminder(deadline, at('2023-06-20T10:00:00Z'))).toEqual({ offset: 0, daysLeft: 0 });
    expect(dueReminder(deadline, at('2023-06-21T10:00:00Z'))).toEqual({ offset: 0, daysLeft: 0 });
    expect(dueReminder(deadline, at('2023-06-21T10:00:01Z'))).toBeNull();
  });

  it('uses the regulation’s days instead of the defaults', () => {
    expect(dueReminder(deadline, at('2023-06-13T10:00:00Z'), [3])).toBeNull();
    expect(dueReminder(deadline, at('2023-06-17T11:00:00Z'), [3])).toEqual({ offset: 3, daysLeft: 3 });
    expect(dueReminder(deadline, at('2023-06-19T12:00:00Z'), [3])).toEqual({ offset: 3, daysLeft: 1 });
  });

  it('sends only the latest due reminder after a worker slept through the earlier ones', () => {
    expect(dueReminder(deadline, at('2023-06-19T23:00:00Z'), [14, 7, 1])).toEqual({
      offset: 1,
      daysLeft: 1,
    });
  });
});
