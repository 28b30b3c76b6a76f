import { passwordProblems } from './password-policy';

const owner = { email: 'nguyen.van.a@sct-gia-lai.gov.vn', organizationCode: 'sct-gia-lai' };

describe('password policy', () => {
  it('accepts the demo and test passwords', () => {
    expect(passwordProblems('ThiDua@2023', owner)).toEqual([]);
    expect(passwordProblems('ThiDua@Test1', owner)).toEqual([]);
    expect(passwordProblems('Ngựa ăn cỏ 2023', owner)).toEqual([]);
  });

  it('refuses fewer than 10 characters, counting letters with diacritics once', () => {
    expect(passwordProblems('Ab@12345', owner)).toEqual(['Mật khẩu phải có ít nhất 10 ký tự.']);
    expect(passwordProblems('Đắk@Lắk1', owner)).toEqual(['Mật khẩu phải có ít nhất 10 ký tự.']);
    expect(passwordProblems('Đắk@Lắk123', owner)).toEqual([]);
  });

  it('refuses more than 128 characters', () => {
    expect(passwordProblems(`Aa1!${'x'.repeat(125)}`, owner)).toEqual([
      'Mật khẩu không được dài quá 128 ký tự.',
    ]);
    expect(passwordProblems(`Aa1!${'x'.repeat(124)}`, owner)).toEqual([]);
  });

  it('refuses a password of spaces or other white space only', () => {
    expect(passwordProblems(' '.repeat(100_000), owner)).toEqual([
      'Mật khẩu không được dài quá 128 ký tự.',
      'Mật khẩu không được chỉ gồm khoảng trắng.',
    ]);
    expect(passwordProblems('\t\n \u00a0\u3000          ', owner)).toEqual([
      'Mật khẩu không được chỉ gồm khoảng trắng.',
    ]);
  });

  it('asks for three kinds of characters', () => {
    const [problem] = passwordProblems('thiduathidua', owner);
    expect(problem).toMatch(/ít nhất 3 trong 4 loại ký tự/);
    expect(passwordProblems('THIDUA2023xx', owner)).toEqual([]);
    expect(passwordProblems('1234567890', owner)).toHaveLength(1);
  });

  it("refuses the organization's code, however it is written", () => {
    expect(passwordProblems('Sct-Gia-Lai@2023', owner)).toEqual([
      'Mật khẩu không được chứa mã đơn vị ("sct-gia-lai").',
    ]);
    expect(passwordProblems('2023!SCTGIALAI', owner)).toHaveLength(1);
  });

  it('refuses the e-mail or its name part', () => {
    expect(passwordProblems('Nguyen.Van.A#1', owner)).toEqual([
      'Mật khẩu không được chứa địa chỉ email hay phần tên trước dấu @.',
    ]);
    expect(passwordProblems('Admin@12345', { email: 'admin@test.thidua.vn', organizationCode: 'x' })).toEqual(
      ['Mật khẩu không được chứa địa chỉ email hay phần tên trước dấu @.'],
    );
  });

  it('names every problem at once', () => {
    expect(passwordProblems('sctgialai', owner)).toHaveLength(3);
  });
});
