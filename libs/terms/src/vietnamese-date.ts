// Dates as Vietnamese documents and messages write them: dd/mm/yyyy, in Vietnam's time (UTC+7).

const DATE = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** 2026-12-02T17:30:00Z → "03/12/2026" (already the next day in Vietnam). */
export const formatVietnameseDate = (date: Date) => DATE.format(date);

const TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 2026-12-02T17:30:00Z → "03/12/2026 00:30": a deadline as the pages show it (dd/mm/yyyy HH:mm). */
export const formatVietnameseDateTime = (date: Date) => `${DATE.format(date)} ${TIME.format(date)}`;
