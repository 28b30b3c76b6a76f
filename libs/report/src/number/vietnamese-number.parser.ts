// Reads one number written the Vietnamese way ("14.103,4", "61,67", "04") into an exact decimal string.
import Decimal from 'decimal.js';

export type VietnameseNumberErrorCode =
  'EMPTY' | 'NOT_A_NUMBER' | 'MISPLACED_SEPARATOR' | 'BAD_GROUPING' | 'MIXED_SEPARATORS';

const MESSAGES: Record<VietnameseNumberErrorCode, string> = {
  EMPTY: 'Chưa có số.',
  NOT_A_NUMBER: 'Không phải là số.',
  MISPLACED_SEPARATOR: 'Dấu chấm hoặc dấu phẩy đặt sai chỗ.',
  BAD_GROUPING: 'Nhóm chữ số không hợp lệ: dấu chấm ngăn cách hàng nghìn phải đứng trước đúng 3 chữ số.',
  MIXED_SEPARATORS: 'Không xác định được dấu thập phân: có nhiều hơn một dấu thập phân.',
};

export class VietnameseNumberError extends Error {
  override readonly name = 'VietnameseNumberError';

  constructor(
    readonly code: VietnameseNumberErrorCode,
    readonly input: string,
  ) {
    super(`${MESSAGES[code]} (“${input}”)`);
  }
}

const THOUSANDS = /^[1-9]\d{0,2}$/;
const GROUP = /^\d{3}$/;

/** True when "1.234.567"-style groups split by `separator` are well formed (no leading zero group). */
function isGrouped(integerPart: string, separator: string): boolean {
  const [first, ...rest] = integerPart.split(separator);
  return THOUSANDS.test(first) && rest.length > 0 && rest.every((g) => GROUP.test(g));
}

function canonical(integerPart: string, fraction: string | null, negative: boolean): string {
  const value = new Decimal(fraction === null ? integerPart : `${integerPart}.${fraction}`);
  return (negative ? value.negated() : value).toFixed();
}

/**
 * Vietnamese writing: "." groups thousands, "," is the decimal mark. A lone comma is always a decimal mark
 * ("55,041" is 55.041); dots must group exactly three digits, so "1.2345" and "1.93.5" are refused rather than
 * guessed. English writing is accepted only when it cannot be misread: both marks with the dot last
 * ("14,103.4") or several well-grouped commas ("1,234,567").
 */
export function parseVietnameseNumber(input: string): string {
  const text = input.trim();
  if (text === '') throw new VietnameseNumberError('EMPTY', input);
  const negative = /^[-−–]/.test(text);
  const body = negative ? text.slice(1).trim() : text;
  if (!/^[\d.,]+$/.test(body)) throw new VietnameseNumberError('NOT_A_NUMBER', input);
  if (/^[.,]|[.,]$|[.,]{2}/.test(body)) throw new VietnameseNumberError('MISPLACED_SEPARATOR', input);

  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (dots === 0 && commas === 0) return canonical(body, null, negative);

  if (dots > 0 && commas > 0) {
    const englishOrder = body.lastIndexOf('.') > body.lastIndexOf(',');
    const [group, decimal] = englishOrder ? [',', '.'] : ['.', ','];
    const decimalCount = englishOrder ? dots : commas;
    if (decimalCount > 1) throw new VietnameseNumberError('MIXED_SEPARATORS', input);
    const [integerPart, fraction] = body.split(decimal);
    if (!isGrouped(integerPart, group)) throw new VietnameseNumberError('BAD_GROUPING', input);
    return canonical(integerPart.split(group).join(''), fraction, negative);
  }

  if (commas === 1) {
    const [integerPart, fraction] = body.split(',');
    return canonical(integerPart, fraction, negative);
  }
  const separator = commas > 1 ? ',' : '.';
  if (!isGrouped(body, separator)) throw new VietnameseNumberError('BAD_GROUPING', input);
  return canonical(body.split(separator).join(''), null, negative);
}
