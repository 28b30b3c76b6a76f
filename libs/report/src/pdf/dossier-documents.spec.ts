import JSZip from 'jszip';
import mammoth from 'mammoth';
import { renderDossierArchive } from '../export/dossier-archive';
import { type AchievementReportInput, type DecisionInput } from '../export/dossier-documents';
import { runDocumentTask } from '../isolation/document-tasks';
import { DEFAULT_DOCUMENT_LIMITS } from '../isolation/document-limits';
import { pdfText } from '../testing/pdf-text';

const docxText = async (docx: Uint8Array) =>
  (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value;
const normalize = (text: string) => text.replace(/\s+/g, ' ');

const header = { number: '15/QĐ-SNV', place: 'Gia Lai', date: '2024-01-15' };
const decision: DecisionInput = {
  ...header,
  issuingBody: 'Sở Nội vụ tỉnh Gia Lai',
  parentBody: 'UBND tỉnh Gia Lai',
  groupName: 'Cụm thi đua số VIII',
  periodLabel: 'năm 2023',
  grants: [
    { memberName: 'Sở Công Thương Kon Tum', awardTitle: 'Cờ thi đua của Bộ Công Thương' },
    { memberName: 'Sở Công Thương Đắk Lắk', awardTitle: 'Bằng khen của Bộ trưởng' },
  ],
  legalBases: ['Căn cứ Luật Thi đua, khen thưởng năm 2022'],
  signerTitle: 'Giám đốc',
  signerName: 'Nguyễn Thị Hường',
  recipients: ['Như Điều 3', 'Lưu: VT'],
};
const report: AchievementReportInput = {
  ...header,
  number: '07/BC-SCT',
  issuingBody: 'Sở Công Thương Kon Tum',
  memberName: 'Sở Công Thương Kon Tum',
  awardTitle: 'Cờ thi đua của Bộ Công Thương',
  groupName: 'Cụm thi đua số VIII',
  periodLabel: 'năm 2023',
  introduction: 'Sở có 12 phòng, ban.\nTổng số công chức: 58 người.',
  achievements: 'Hoàn thành vượt mức các chỉ tiêu được giao.',
  figures: [{ label: 'Giá trị sản xuất công nghiệp', value: '12.450 tỷ đồng' }],
  rank: 1,
  total: '96.5',
  titles: ['Tập thể lao động xuất sắc năm 2022'],
  signerTitle: 'Giám đốc',
  signerName: 'Trần Văn Đức',
  recipients: ['Cụm thi đua số VIII', 'Lưu: VT'],
};
const run = <K extends Parameters<typeof runDocumentTask>[0]>(kind: K, input: unknown) =>
  runDocumentTask(kind, input as never, DEFAULT_DOCUMENT_LIMITS);

describe('dossier and decision documents', () => {
  it('writes the decision as a real PDF with its Vietnamese text intact, and the same as DOCX', async () => {
    const pdf = await run('decisionPdf', decision);
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    for (const text of [await pdfText(pdf), await docxText(await run('decisionDocx', decision))]) {
      const t = normalize(text);
      expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(t).toContain('Số: 15/QĐ-SNV');
      expect(t).toContain('QUYẾT ĐỊNH');
      expect(t).toContain('Về việc khen thưởng thi đua năm 2023 của Cụm thi đua số VIII');
      expect(t).toContain('Sở Công Thương Đắk Lắk');
      expect(t).toContain('Gia Lai, ngày 15 tháng 01 năm 2024');
      expect(t).toContain('Nguyễn Thị Hường');
    }
  });

  it('writes the achievement report from the form: figures, score and rank, titles held', async () => {
    for (const text of [
      await pdfText(await run('achievementPdf', report)),
      await docxText(await run('achievementDocx', report)),
    ]) {
      const t = normalize(text);
      expect(t).toContain('Thành tích đề nghị tặng Cờ thi đua của Bộ Công Thương của Sở Công Thương Kon Tum');
      expect(t).toContain('12.450 tỷ đồng');
      expect(t).toContain('96,5 điểm, xếp thứ 1.');
      expect(t).toContain('Tập thể lao động xuất sắc năm 2022');
    }
  });

  it('prints a certificate on A4 landscape with the member and the decision number', async () => {
    const certificate = {
      issuingBody: 'Sở Nội vụ tỉnh Gia Lai',
      awardTitle: 'Cờ thi đua của Bộ Công Thương',
      memberName: 'Sở Công Thương Kon Tum',
      citation: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2023',
      decisionNumber: '15/QĐ-SNV',
      place: 'Gia Lai',
      date: '2024-01-15',
      signerTitle: 'Giám đốc',
      signerName: 'Nguyễn Thị Hường',
    };
    const pdf = Buffer.from(await run('certificatePdf', certificate));
    // A4 landscape: 841.89 × 595.28 pt.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    for (const text of [await pdfText(pdf), await docxText(await run('certificateDocx', certificate))]) {
      const t = normalize(text);
      expect(t).toContain('CỜ THI ĐUA CỦA BỘ CÔNG THƯƠNG');
      expect(t).toContain('Sở Công Thương Kon Tum');
      expect(t).toContain('Quyết định số 15/QĐ-SNV');
    }
  });

  it('archives a dossier: each document as DOCX and PDF, and the member’s uploaded file', async () => {
    const minutes = {
      ...header,
      issuingBody: 'Cụm thi đua số VIII',
      groupName: 'Cụm thi đua số VIII',
      periodLabel: 'năm 2023',
      attendees: ['Đại diện Sở Công Thương Kon Tum'],
      voteResults: [],
      chairName: 'Lê Văn Ánh',
      secretaryName: '',
    };
    const coverLetter = {
      ...header,
      issuingBody: 'Sở Công Thương Gia Lai',
      recipient: 'Sở Nội vụ tỉnh Gia Lai',
      groupName: 'Cụm thi đua số VIII',
      periodLabel: 'năm 2023',
      proposals: [{ awardTitle: 'Cờ thi đua', memberName: 'Sở Công Thương Kon Tum', rank: 1, total: '96.5' }],
      signerTitle: 'Trưởng cụm',
      signerName: 'Lê Văn Ánh',
      recipients: ['Lưu: VT'],
    };
    const zip = await JSZip.loadAsync(
      await renderDossierArchive({
        coverLetter,
        minutes,
        report,
        upload: { fileName: '../Báo cáo thành tích.pdf', content: Buffer.from('%PDF-1.7\n') },
      }),
    );
    expect(Object.keys(zip.files).sort()).toEqual([
      '01-to-trinh.docx',
      '01-to-trinh.pdf',
      '02-bao-cao-thanh-tich-tai-len-Báo-cáo-thành-tích.pdf',
      '02-bao-cao-thanh-tich.docx',
      '02-bao-cao-thanh-tich.pdf',
      '03-bien-ban-binh-xet.docx',
      '03-bien-ban-binh-xet.pdf',
    ]);
    const coverPdf = await zip.file('01-to-trinh.pdf')!.async('nodebuffer');
    expect(normalize(await pdfText(coverPdf))).toContain('Kính gửi: Sở Nội vụ tỉnh Gia Lai');
  });
});
