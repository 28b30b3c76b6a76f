import { Injectable, OnModuleDestroy } from '@nestjs/common';
import {
  DocumentLimitError,
  DocumentWorkerPool,
  ImportedReport,
  ReportImportError,
  type ImportOptions,
  type DocumentLimitReason,
  type DocumentRenderKind,
  type DocumentTasks,
} from '@thidua/report';
import { badInput, unavailable } from '../common/domain-error';

const BUSY = 'Máy chủ đang xử lý nhiều tệp cùng lúc: vui lòng thử lại sau ít phút.';
const RENDER_FAILED: Partial<Record<DocumentLimitReason, string>> = {
  time: 'Văn bản quá lớn để tạo trong thời gian cho phép: hãy xuất từng kỳ hoặc rút gọn nội dung báo cáo.',
  memory: 'Văn bản quá lớn để tạo: hãy xuất từng kỳ hoặc rút gọn nội dung báo cáo.',
};

/**
 * The API's document threads (libs/report's pool): imports and exports never run on the event loop that answers
 * every tenant. Refusals become the API's errors here, once: a file over a limit is the member's BAD_USER_INPUT,
 * a full queue SERVICE_UNAVAILABLE.
 */
@Injectable()
export class DocumentWorkers extends DocumentWorkerPool implements OnModuleDestroy {
  override async importReport(
    fileName: string,
    content: Buffer,
    options: ImportOptions = {},
  ): Promise<ImportedReport> {
    try {
      return await super.importReport(fileName, content, options);
    } catch (error) {
      if (error instanceof ReportImportError) throw badInput(error.message, { reason: error.code });
      throw toDomainError(error);
    }
  }

  override async render<K extends DocumentRenderKind>(
    kind: K,
    input: DocumentTasks[K]['input'],
  ): Promise<Buffer> {
    try {
      return await super.render(kind, input);
    } catch (error) {
      throw toDomainError(error);
    }
  }

  onModuleDestroy() {
    return this.close();
  }
}

function toDomainError(error: unknown): unknown {
  if (!(error instanceof DocumentLimitError)) return error;
  if (error.reason === 'busy') return unavailable(BUSY);
  const message = RENDER_FAILED[error.reason];
  return message === undefined ? error : unavailable(message);
}
