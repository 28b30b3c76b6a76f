// The one password rule, for every way an account gets a password (createUser, changePassword, the seed and
// the first platform admin). Pure: no Nest, no database.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
/** Of lower-case letters, upper-case letters, digits and other characters. */
const KINDS_REQUIRED = 3;
/** Shorter codes and e-mail names would refuse good passwords by chance. */
const MIN_IDENTIFIER_LENGTH = 4;

export interface PasswordOwner {
  email: string;
  organizationCode: string;
}

/** Letters and digits only, lower case: "SCT-Gia-Lai" and "sctgialai" are the same word to a guesser. */
const normalise = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** What is wrong with a password, in Vietnamese, one sentence per problem; empty when it may be used. */
export function passwordProblems(password: string, owner: PasswordOwner): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push(`Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
  if (length > PASSWORD_MAX_LENGTH)
    problems.push(`Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.`);
  if (!password.trim()) {
    problems.push('Mật khẩu không được chỉ gồm khoảng trắng.');
    return problems;
  }
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((k) => k.test(password)).length;
  if (kinds < KINDS_REQUIRED) {
    problems.push(
      `Mật khẩu phải có ít nhất ${KINDS_REQUIRED} trong 4 loại ký tự: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.`,
    );
  }
  const plain = normalise(password);
  const code = normalise(owner.organizationCode);
  if (code.length >= MIN_IDENTIFIER_LENGTH && plain.includes(code)) {
    problems.push(`Mật khẩu không được chứa mã đơn vị ("${owner.organizationCode}").`);
  }
  const name = normalise(owner.email.split('@')[0] ?? '');
  if (name.length >= MIN_IDENTIFIER_LENGTH && plain.includes(name)) {
    problems.push('Mật khẩu không được chứa địa chỉ email hay phần tên trước dấu @.');
  }
  return problems;
}
