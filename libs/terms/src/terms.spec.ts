import {
  formatVietnameseDate,
  formatVietnameseDateTime,
  formatVietnameseDecimal,
  MEMBER_ROLE_NAMES,
  memberRoleInSentence,
  PERIOD_TERMS,
  periodNames,
  reportSummary,
  SUBMISSION_STATE_NAMES,
  writeVietnameseDigits,
} from './index';

describe('period terms', () => {
  it('names a mid-year report a Sơ kết and a full-year one a Tổng kết', () => {
    expect(reportSummary('H1', 2023)).toBe('Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023');
    expect(reportSummary('FY', 2023)).toBe('Tổng kết công tác thi đua, khen thưởng năm 2023');
  });

  it('gives each kind its page name, its short name and its year', () => {
    expect(periodNames((t) => t.name)).toEqual({ H1: '6 tháng đầu năm', FY: 'Cả năm' });
    expect(periodNames((t) => t.short)).toEqual({ H1: '6 tháng', FY: 'cả năm' });
    expect(PERIOD_TERMS.FY.ofYear(2024)).toBe('năm 2024');
  });
});

describe('roles and states', () => {
  it('names every role and state', () => {
    expect(MEMBER_ROLE_NAMES.HEAD).toBe('Cụm/khối trưởng');
    expect(memberRoleInSentence('DEPUTY')).toBe('cụm/khối phó');
    expect(SUBMISSION_STATE_NAMES.RETURNED).toBe('Bị trả lại');
  });
});

describe('Vietnamese numbers', () => {
  it.each([
    ['14103.4', '14.103,4'],
    ['14103.40', '14.103,4'],
    ['1234567', '1.234.567'],
    ['-0.50', '-0,5'],
    ['-0.0', '0'],
    ['007', '7'],
    [0.5, '0,5'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [1e-7, '0,0000001'],
  ])('writes %p as %s', (value, text) => {
    expect(formatVietnameseDecimal(value)).toBe(text);
  });

  it('keeps the digits it is given when asked to', () => {
    expect(writeVietnameseDigits('61.670')).toBe('61,670');
    expect(writeVietnameseDigits('-1234.5')).toBe('-1.234,5');
  });

  it('refuses what is not a plain decimal', () => {
    expect(() => formatVietnameseDecimal('1,5')).toThrow(RangeError);
    expect(() => formatVietnameseDecimal(Number.NaN)).toThrow(RangeError);
  });
});

describe('Vietnamese dates', () => {
  it('writes dd/mm/yyyy in Vietnam’s time', () => {
    expect(formatVietnameseDate(new Date('2026-12-02T17:30:00Z'))).toBe('03/12/2026');
    expect(formatVietnameseDate(new Date('2023-06-20T10:00:00+07:00'))).toBe('20/06/2023');
  });

  it('writes a deadline as dd/mm/yyyy HH:mm, midnight as 00', () => {
    expect(formatVietnameseDateTime(new Date('2026-12-02T17:30:00Z'))).toBe('03/12/2026 00:30');
    expect(formatVietnameseDateTime(new Date('2023-06-20T10:05:00+07:00'))).toBe('20/06/2023 10:05');
  });
});
