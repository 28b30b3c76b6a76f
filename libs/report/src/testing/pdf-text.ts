// The text of a PDF, read back with pdf-parse in a child Node process: pdf.js loads its worker by a dynamic
// import, which Jest's module sandbox refuses.
import { execFile } from 'node:child_process';

const SCRIPT = `const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const { text } = await new PDFParse({ data: Buffer.concat(chunks) }).getText();
  process.stdout.write(text);
});`;

export function pdfText(pdf: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', SCRIPT],
      { maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child.stdin!.end(Buffer.from(pdf));
  });
}
