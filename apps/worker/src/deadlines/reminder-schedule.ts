// When a reminder is due (issue 12.4): N days before a deadline for each N of the regulation (7 and 1 by
// default), and once at the deadline. Pure, so the rule is tested without a clock or a database.

export const DEFAULT_REMIND_DAYS_BEFORE: readonly number[] = [7, 1];
const DAY_MS = 86_400_000;
/** A deadline's own reminder is still sent this long after it (a worker that was down catches up). */
const AT_DEADLINE_GRACE_MS = DAY_MS;

export interface DueReminder {
  /** Which reminder: its days before the deadline, 0 for the one at the deadline. A recipient gets each once. */
  offset: number;
  /** Whole days left, counted up (0 once the deadline has passed). */
  daysLeft: number;
}

/**
 * The reminder due at `now`: of those whose time has come, the latest one (a worker that slept through the
 * 7-day reminder sends the 1-day one only). Nothing before the earliest, nor a day after the deadline.
 */
export function dueReminder(
  deadline: Date,
  now: Date,
  daysBefore: readonly number[] = DEFAULT_REMIND_DAYS_BEFORE,
): DueReminder | null {
  const left = deadline.getTime() - now.getTime();
  if (left < -AT_DEADLINE_GRACE_MS) return null;
  const offsets = [...new Set([0, ...daysBefore])].sort((a, b) => a - b);
  const offset = offsets.find((days) => left <= days * DAY_MS);
  if (offset === undefined) return null;
  return { offset, daysLeft: Math.max(0, Math.ceil(left / DAY_MS)) };
}
