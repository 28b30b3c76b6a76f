import { badInput } from '../common/domain-error';

/** Evidence types we accept, recognised by their first bytes, not by what the file name claims. */
const TYPES = [
  { extensions: ['.pdf'], contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  { extensions: ['.png'], contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  { extensions: ['.jpg', '.jpeg'], contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  {
    extensions: ['.docx'],
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
];

export function evidenceContentType(fileName: string, content: Buffer): string {
  const name = fileName.toLowerCase();
  const type = TYPES.find((t) => t.extensions.some((e) => name.endsWith(e)));
  if (!type) throw badInput('Tài liệu kiểm chứng phải là tệp PDF, DOCX, JPG hoặc PNG.');
  if (!type.magic.every((byte, i) => content[i] === byte)) {
    throw badInput(
      `Nội dung tệp "${fileName}" không đúng định dạng ${type.extensions[0].slice(1).toUpperCase()}.`,
    );
  }
  return type.contentType;
}
