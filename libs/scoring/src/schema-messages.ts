// Vietnamese wording for zod's shape problems; messages set on the schema itself take precedence.
import type { z } from 'zod';
import { formatPath, type RegulationProblem } from './problems';

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  object: 'đối tượng',
  array: 'danh sách',
};

type RawIssue = z.core.$ZodRawIssue;

function quoteValues(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

export function vietnameseErrorMap(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Thiếu trường bắt buộc';
      return `Phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'array') return `Phải có ít nhất ${String(issue.minimum)} phần tử`;
      if (issue.origin === 'string') return 'Không được để trống';
      return issue.inclusive
        ? `Phải lớn hơn hoặc bằng ${String(issue.minimum)}`
        : `Phải lớn hơn ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `Không được quá ${String(issue.maximum)} phần tử`;
      if (issue.origin === 'string') return `Không được dài quá ${String(issue.maximum)} ký tự`;
      return issue.inclusive
        ? `Phải nhỏ hơn hoặc bằng ${String(issue.maximum)}`
        : `Phải nhỏ hơn ${String(issue.maximum)}`;
    case 'invalid_value':
      return `Giá trị không hợp lệ; chấp nhận: ${quoteValues(issue.values)}`;
    case 'invalid_union':
      // Discriminated unions: the path already ends at the discriminator ("type" / "kind").
      if ('options' in issue && Array.isArray(issue.options)) {
        return `Loại không hợp lệ; chấp nhận: ${quoteValues(issue.options)}`;
      }
      return 'Giá trị không khớp với dạng nào được chấp nhận';
    default:
      return 'Giá trị không hợp lệ';
  }
}

/** One problem per issue, and one per unknown key so each typo is pointed at. */
export function problemsFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): RegulationProblem[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        message: 'Trường không được hỗ trợ',
      }));
    }
    return [{ path: formatPath(path), message: issue.message }];
  });
}
