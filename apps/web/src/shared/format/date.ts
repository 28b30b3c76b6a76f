// Dates as Vietnamese officers write them (dd/mm/yyyy, 24-hour time), in Vietnam's time zone.

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});

/** `2023-06-15T02:00:00Z` → `15/06/2023`. */
export function formatDate(iso: string | Date): string {
  return dateFormat.format(new Date(iso));
}

/** `2023-06-15T02:00:00Z` → `15/06/2023 09:00` (vi-VN alone would put the time first). */
export function formatDateTime(iso: string | Date): string {
  const date = new Date(iso);
  return `${dateFormat.format(date)} ${timeFormat.format(date)}`;
}

/** A deadline as a date input shows it (yyyy-mm-dd, Vietnam's day); the end of that day is the deadline. */
export const dayOf = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);
export const endOfDay = (day: string) => new Date(`${day}T23:59:59+07:00`).toISOString();
