import { createHash, randomBytes } from 'node:crypto';
import { decodeUpload } from './upload';

const MB = 1 << 20;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: { message: string }) => error.message,
  );

describe('decodeUpload', () => {
  it('decodes and hashes a file of several slices exactly as a one-block decode would', async () => {
    // 3 MB + 2 bytes: four slices, the last one padded.
    const bytes = randomBytes(3 * MB + 2);
    const file = await decodeUpload(' bao-cao.docx ', bytes.toString('base64'), 10 * MB);
    expect(file.fileName).toBe('bao-cao.docx');
    expect(file.content.equals(bytes)).toBe(true);
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('accepts line breaks anywhere, across slice boundaries too (MIME-style 76-character lines)', async () => {
    const bytes = randomBytes(2 * MB + 1);
    const wrapped = bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
    const file = await decodeUpload('a.md', wrapped, 10 * MB);
    expect(file.content.equals(bytes)).toBe(true);
  });

  it('refuses text that is not base64, padding before the end, an empty file and a file over the limit', async () => {
    const base64 = randomBytes(MB + 10).toString('base64');
    const notBase64 = `${base64.slice(0, 100)}!${base64.slice(101)}`;
    expect(await refusal(decodeUpload('a.md', notBase64, 10 * MB))).toBe(
      'Nội dung tệp phải được mã hóa base64.',
    );
    const earlyPadding = `QQ==${base64}`;
    expect(await refusal(decodeUpload('a.md', earlyPadding, 10 * MB))).toBe(
      'Nội dung tệp phải được mã hóa base64.',
    );
    expect(await refusal(decodeUpload('a.md', '', 10 * MB))).toBe('Tệp rỗng.');
    expect(await refusal(decodeUpload('a.md', base64, MB))).toBe('Tệp quá lớn: 1.0 MB, tối đa 1 MB.');
    expect(await refusal(decodeUpload('../a.md', 'QQ==', MB))).toBe('Tên tệp không hợp lệ.');
  });
});
