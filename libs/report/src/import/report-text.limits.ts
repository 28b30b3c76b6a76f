// The size of a report's text, checked before it is read: the reading is linear, but 10 MB of figures is still
// tens of seconds of it, and no real report comes near either limit.
import type { DocumentLimits } from '../isolation/document-limits';
import { ReportImportError } from './report-import.error';

const NUMBER = /\d+/g;

export function checkReportText(text: string, limits: Pick<DocumentLimits, 'textChars' | 'numbers'>): void {
  if (text.length > limits.textChars) {
    throw new ReportImportError(
      'TOO_LARGE',
      `Báo cáo dài quá ${limits.textChars.toLocaleString('vi-VN')} ký tự: hãy tách báo cáo hoặc bỏ các phụ lục dài.`,
    );
  }
  let numbers = 0;
  NUMBER.lastIndex = 0;
  while (NUMBER.exec(text) !== null) {
    if (++numbers > limits.numbers) {
      throw new ReportImportError(
        'TOO_COMPLEX',
        `Báo cáo có hơn ${limits.numbers.toLocaleString('vi-VN')} con số: hãy bỏ các bảng phụ lục dài rồi tải lên lại.`,
      );
    }
  }
}
