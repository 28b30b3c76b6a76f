// The one table of what an argument may hold, by what it means. The input gate (input-gate.ts) reads it for
// every argument and input field of the schema, so a new operation is limited without touching this file.

export interface StringRule {
  /** Longest accepted value, in UTF-16 code units (what String.length counts). */
  max: number;
  /** What the field holds, for the message ("Mã", "Tiêu đề"…). */
  label: string;
  /** The refusal when the value is too long, where a count of characters would not help (an upload's size). */
  tooLong?: string;
  /** A calendar date written YYYY-MM-DD: parsed here once, so services and renderers get only real dates. */
  date?: true;
}

export interface IntRule {
  min: number;
  max: number;
  label: string;
}

export interface InputLimits {
  /** Looked up by the field's name, then by the last word of it ("successorCode" is a code). */
  strings: Record<string, StringRule>;
  /** Any string argument the table does not name. */
  defaultString: StringRule;
  ints: Record<string, IntRule>;
  /** Items in any list argument, unless `lists` names it. */
  defaultListItems: number;
  lists: Record<string, number>;
  /** JSON arguments (regulation documents): nesting, values and the length of each string in them. */
  json: { maxDepth: number; maxNodes: number; maxString: number };
}

const CODE: StringRule = { max: 64, label: 'Mã' };
const NAME: StringRule = { max: 255, label: 'Tên' };
const DATE: StringRule = { max: 10, label: 'Ngày', date: true };
const LONG_TEXT: StringRule = { max: 4000, label: 'Nội dung' };

/** Base64 text of the largest upload: 4 characters per 3 bytes, and the line breaks MIME encoders add every 76. */
export function base64Length(maxBytes: number): number {
  const chars = Math.ceil(maxBytes / 3) * 4;
  return chars + Math.ceil(chars / 76) * 2;
}

export function inputLimits(uploadMaxBytes: number): InputLimits {
  return {
    strings: {
      code: CODE,
      codes: CODE,
      id: { max: 64, label: 'Mã tiêu chí' },
      awardId: { max: 64, label: 'Mã danh hiệu' },
      // Format 2: a member's category of the year (quota.byCategory), and the codes settleTie orders.
      category: { max: 64, label: 'Nhóm đơn vị' },
      order: CODE,
      key: { max: 100, label: 'Mã chỉ tiêu' },
      keys: { max: 100, label: 'Mã chỉ tiêu' },
      kind: { max: 32, label: 'Loại' },
      name: NAME,
      fileName: { max: 255, label: 'Tên tệp' },
      email: { max: 254, label: 'Email' },
      // Hashing a longer secret only costs time; the password policy (length, content) lives with accounts.
      password: { max: 256, label: 'Mật khẩu' },
      province: { max: 100, label: 'Tỉnh' },
      place: { max: 100, label: 'Địa danh' },
      number: { max: 100, label: 'Số, ký hiệu' },
      decisionNumber: { max: 100, label: 'Số quyết định' },
      title: { max: 500, label: 'Tiêu đề' },
      signerTitle: { max: 255, label: 'Chức vụ người ký' },
      recipients: { max: 255, label: 'Nơi nhận' },
      path: { max: 100, label: 'Mục' },
      label: { max: 500, label: 'Tên chỉ tiêu' },
      unit: { max: 50, label: 'Đơn vị tính' },
      qualifier: { max: 50, label: 'Từ chỉ mức độ' },
      source: LONG_TEXT,
      reason: LONG_TEXT,
      note: LONG_TEXT,
      // A section of a report: the longest of the demo report is 9,000 characters; 1 MB is never a section.
      body: { max: 200_000, label: 'Nội dung mục' },
      from: DATE,
      date: DATE,
      contentBase64: {
        max: base64Length(uploadMaxBytes),
        label: 'Nội dung tệp',
        tooLong: `Tệp quá lớn: tối đa ${(uploadMaxBytes / 1048576).toFixed(0)} MB.`,
      },
    },
    defaultString: { max: 1000, label: 'Giá trị' },
    ints: {
      year: { min: 2000, max: 2100, label: 'Năm' },
      count: { min: 0, max: 1_000_000, label: 'Số lượng' },
      version: { min: 0, max: 2_147_483_647, label: 'Phiên bản' },
    },
    defaultListItems: 200,
    lists: { sections: 500, indicators: 500, selfScores: 500, keys: 500, criteria: 500 },
    json: { maxDepth: 32, maxNodes: 50_000, maxString: 10_000 },
  };
}
