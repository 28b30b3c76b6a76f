// Lateness as REGULATION.md counts it: whole days in started 24-hour blocks after the deadline.
const DAY_MS = 24 * 60 * 60 * 1000;

/** 0 when on time (or not submitted); 1 second late is 1 day, exactly 24 hours late is 1 day. */
export function daysLate(deadlineIso: string, submittedAtIso: string | null): number {
  if (!submittedAtIso) return 0;
  return daysLateAt(Date.parse(deadlineIso), Date.parse(submittedAtIso));
}

/** The same on epoch milliseconds, for the ranking's hot path. */
export function daysLateAt(deadline: number, submittedAt: number): number {
  const late = submittedAt - deadline;
  return late > 0 ? Math.ceil(late / DAY_MS) : 0;
}
