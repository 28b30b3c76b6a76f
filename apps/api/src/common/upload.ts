import { createHash } from 'node:crypto';
import { badInput } from './domain-error';

export interface DecodedUpload {
  fileName: string;
  content: Buffer;
  sha256: string;
}

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}$/;

/** Decodes a base64 upload and checks its size: the one gate every uploaded file passes. */
export function decodeUpload(fileName: string, contentBase64: string, maxBytes: number): DecodedUpload {
  const name = fileName.trim();
  if (!name || name.length > 255 || /[/\\\0]/.test(name)) throw badInput('Tên tệp không hợp lệ.');
  if (!BASE64.test(contentBase64)) throw badInput('Nội dung tệp phải được mã hóa base64.');
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length === 0) throw badInput('Tệp rỗng.');
  if (content.length > maxBytes) {
    throw badInput(
      `Tệp quá lớn: ${(content.length / 1048576).toFixed(1)} MB, tối đa ${(maxBytes / 1048576).toFixed(0)} MB.`,
    );
  }
  return { fileName: name, content, sha256: createHash('sha256').update(content).digest('hex') };
}
