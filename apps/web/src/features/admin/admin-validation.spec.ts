import { groupCode, isoDate, organizationCode, password } from './admin-validation';

describe('admin checks', () => {
  it('reads a Vietnamese date and refuses what is no real day', () => {
    expect(isoDate('01/07/2025')).toBe('2025-07-01');
    expect(isoDate(' 1/7/2025 ')).toBe('2025-07-01');
    expect(isoDate('29/02/2025')).toBeNull();
    expect(isoDate('2025-07-01')).toBeNull();
    expect(isoDate('07/13/2025')).toBeNull();
  });

  it('checks codes as the server does', () => {
    expect(organizationCode('sct-quang-tri', {})).toBeNull();
    expect(organizationCode('SCT Quảng Trị', {})).toBe('organizationCode');
    expect(groupCode('CTD-VIII', {})).toBeNull();
    expect(groupCode('ctd-viii', {})).toBe('groupCode');
  });

  it('counts a password’s length and kinds of characters', () => {
    expect(password('Ngắn-1', {})).toBe('passwordLength');
    expect(password('chuthuongdai', {})).toBe('passwordKinds');
    expect(password('Hoa-Mai-2025!', {})).toBeNull();
  });
});
