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

/** `01/07/2025` → `2025-07-01`; null when it is no real dd/mm/yyyy date. */
export function isoDate(typed: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** A date as Vietnamese officers write it (a date picker would follow the browser's language, not the portal's). */
export const vietnameseDate: Check = (value) => (isoDate(value) ? null : 'date');

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
