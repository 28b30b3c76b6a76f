// The checks the admin's forms make before asking the server, mirroring the server's rules so that most
// mistakes get their sentence at once. The server checks again (and more: mergers, the password's content).

export type Values = Record<string, string>;

/** A key of `admin.validation` in the catalogs. */
export type ValidationKey =
  | 'organizationCode'
  | 'groupCode'
  | 'email'
  | 'passwordLength'
  | 'passwordKinds'
  | 'date'
  | 'sameOrganization';

export type Check = (value: string, values: Values) => ValidationKey | null;

const test =
  (pattern: RegExp, key: ValidationKey): Check =>
  (value) =>
    pattern.test(value.trim()) ? null : key;

export const organizationCode = test(/^[a-z0-9][a-z0-9-]{1,62}$/, 'organizationCode');
export const groupCode = test(/^[A-Z0-9][A-Z0-9-]{1,62}$/, 'groupCode');
export const email = test(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'email');
export const isoDate = test(/^\d{4}-\d{2}-\d{2}$/, 'date');

/** Length and kinds of characters, as the server's password policy counts them. */
export const password: Check = (value) => {
  if ([...value].length < 10) return 'passwordLength';
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((k) => k.test(value)).length;
  return kinds < 3 ? 'passwordKinds' : null;
};

/** The field's value must differ from another field's. */
export const differentFrom =
  (other: string, key: ValidationKey): Check =>
  (value, values) =>
    value && value === values[other] ? key : null;
