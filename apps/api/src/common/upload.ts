import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { badInput } from './domain-error';

export interface DecodedUpload {
  fileName: string;
  content: Buffer;
  sha256: string;
}

const BASE64_PART = /^[A-Za-z0-9+/\r\n]*$/;
const PADDING = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;
const LINE_BREAKS = /[\r\n]/g;
/** Characters checked and decoded per turn of the event loop: a few milliseconds, so other requests interleave. */
const SLICE = 1 << 20;

/**
 * Decodes a base64 upload and checks its size: the one gate every uploaded file passes. A 10 MB file is
 * checked, decoded and hashed a slice per turn of the event loop, never in one block other tenants wait on.
 */
export async function decodeUpload(
  fileName: string,
  contentBase64: string,
  maxBytes: number,
): Promise<DecodedUpload> {
  const name = fileName.trim();
  if (!name || name.length > 255 || /[/\\\0]/.test(name)) throw badInput('Tên tệp không hợp lệ.');
  const parts: Buffer[] = [];
  const hash = createHash('sha256');
  let carry = '';
  for (let start = 0; start < contentBase64.length; start += SLICE) {
    const last = start + SLICE >= contentBase64.length;
    const slice = contentBase64.slice(start, start + SLICE);
    if (!(last ? PADDING : BASE64_PART).test(slice)) throw badInput('Nội dung tệp phải được mã hóa base64.');
    // Decoded in whole groups of 4 characters; the rest waits for the next slice.
    const text = carry + slice.replace(LINE_BREAKS, '');
    const whole = last ? text.length : text.length - (text.length % 4);
    carry = text.slice(whole);
    const part = Buffer.from(text.slice(0, whole), 'base64');
    hash.update(part);
    parts.push(part);
    if (!last) await nextTurn();
  }
  const content = Buffer.concat(parts);
  if (content.length === 0) throw badInput('Tệp rỗng.');
  if (content.length > maxBytes) throw tooLarge(content.length, maxBytes);
  return { fileName: name, content, sha256: hash.digest('hex') };
}

function tooLarge(bytes: number, maxBytes: number) {
  return badInput(
    `Tệp quá lớn: ${(bytes / 1048576).toFixed(1)} MB, tối đa ${(maxBytes / 1048576).toFixed(0)} MB.`,
  );
}
