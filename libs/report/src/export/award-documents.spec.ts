import mammoth from 'mammoth';
import { renderMinutesDocx, type MinutesDocxInput } from './minutes-docx.exporter';
import { renderProposalDocx } from './proposal-docx.exporter';

const header = {
  issuingBody: 'Cụm thi đua số VIII',
  parentBody: 'Bộ Công Thương',
  number: '12/BB-CTĐVIII',
  place: 'Pleiku',
  date: '2023-12-20',
};

const rawText = async (docx: Buffer) => (await mammoth.extractRawText({ buffer: docx })).value;
const html = async (docx: Buffer) => (await mammoth.convertToHtml({ buffer: docx })).value;

describe('renderMinutesDocx', () => {
  const minutes: MinutesDocxInput = {
    ...header,
    groupName: 'Cụm thi đua số VIII - Sở Công Thương các tỉnh Tây Nguyên',
    periodLabel: 'năm 2023',
    venue: 'Sở Công Thương Gia Lai',
    attendees: [
      'Ông Nguyễn Văn A – Giám đốc Sở Công Thương Gia Lai',
      'Bà Trần Thị B – Phó Giám đốc Sở Công Thương Kon Tum',
    ],
    voteResults: [
      {
        awardTitle: 'Cờ thi đua của Bộ Công Thương',
        candidate: 'Sở Công Thương Gia Lai',
        votes: 6,
        base: 7,
        thresholdPercent: '80',
        passed: true,
      },
      {
        awardTitle: 'Cờ thi đua của Bộ Công Thương',
        candidate: 'Sở Công Thương Kon Tum',
        votes: 1,
        base: 7,
        thresholdPercent: '80',
        passed: false,
      },
      {
        awardTitle: 'Bằng khen của Bộ trưởng',
        candidate: 'Sở Công Thương Lâm Đồng',
        votes: 5,
        base: 7,
        thresholdPercent: '70',
        passed: true,
      },
    ],
    chairName: 'Nguyễn Văn A',
    secretaryName: 'Lê Văn C',
  };

  it('writes the minutes: letterhead, attendees, each award with votes, base, rate, threshold and result, signatures', async () => {
    const docx = await renderMinutesDocx(minutes);
    const text = await rawText(docx);
    for (const part of [
      'CỤM THI ĐUA SỐ VIII',
      'Số: 12/BB-CTĐVIII',
      'Pleiku, ngày 20 tháng 12 năm 2023',
      'BIÊN BẢN',
      'Họp bình xét thi đua năm 2023 của Cụm thi đua số VIII - Sở Công Thương các tỉnh Tây Nguyên',
      'Vào ngày 20 tháng 12 năm 2023, tại Sở Công Thương Gia Lai',
      '- Ông Nguyễn Văn A – Giám đốc Sở Công Thương Gia Lai',
      'Tổng số đại biểu dự họp: 2.',
      '1. Cờ thi đua của Bộ Công Thương (ngưỡng: 80% tổng số phiếu)',
      '2. Bằng khen của Bộ trưởng (ngưỡng: 70% tổng số phiếu)',
      'Cờ thi đua của Bộ Công Thương: Sở Công Thương Gia Lai.',
      'THƯ KÝ',
      'CHỦ TRÌ',
      'Lê Văn C',
    ]) {
      expect(text).toContain(part);
    }
    const table = await html(docx);
    expect(table).toContain(
      '<tr><td><p>1</p></td><td><p>Sở Công Thương Gia Lai</p></td><td><p>6</p></td><td><p>7</p></td><td><p>85,71%</p></td><td><p>Đạt</p></td></tr>',
    );
    expect(table).toContain('<td><p>14,29%</p></td><td><p>Không đạt</p></td>');
  });

  it('says when no candidate reaches the threshold', async () => {
    const text = await rawText(
      await renderMinutesDocx({ ...minutes, voteResults: [{ ...minutes.voteResults[1] }], venue: undefined }),
    );
    expect(text).toContain('Cờ thi đua của Bộ Công Thương: không có đơn vị đạt ngưỡng.');
    expect(text).toContain('Vào ngày 20 tháng 12 năm 2023, Cụm thi đua số VIII');
  });
});

describe('renderProposalDocx', () => {
  it('writes the proposal to the award board with the proposals in award then rank order', async () => {
    const docx = await renderProposalDocx({
      ...header,
      number: '15/TTr-CTĐVIII',
      recipient: 'Hội đồng Thi đua – Khen thưởng Bộ Công Thương',
      groupName: 'Cụm thi đua số VIII',
      periodLabel: 'năm 2023',
      legalBases: ['Căn cứ Luật Thi đua, khen thưởng năm 2022'],
      proposals: [
        {
          awardTitle: 'Cờ thi đua của Bộ Công Thương',
          memberName: 'Sở Công Thương Gia Lai',
          rank: 1,
          total: '98.5',
        },
        {
          awardTitle: 'Bằng khen của Bộ trưởng',
          memberName: 'Sở Công Thương Lâm Đồng',
          rank: 3,
          total: '1012.25',
        },
        {
          awardTitle: 'Bằng khen của Bộ trưởng',
          memberName: 'Sở Công Thương Kon Tum',
          rank: 2,
          total: '1095',
        },
      ],
      signerTitle: 'TM. CỤM TRƯỞNG\nGIÁM ĐỐC SỞ CÔNG THƯƠNG GIA LAI',
      signerName: 'Nguyễn Văn A',
      recipients: ['Như trên', 'Các thành viên Cụm', 'Lưu: VT'],
    });
    const text = await rawText(docx);
    for (const part of [
      'TỜ TRÌNH',
      'Về việc đề nghị khen thưởng thi đua năm 2023 của Cụm thi đua số VIII',
      'Kính gửi: Hội đồng Thi đua – Khen thưởng Bộ Công Thương',
      'Căn cứ Luật Thi đua, khen thưởng năm 2022;',
      'Kính trình Hội đồng Thi đua – Khen thưởng Bộ Công Thương xem xét, quyết định./.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. CỤM TRƯỞNG',
      'Nguyễn Văn A',
    ]) {
      expect(text).toContain(part);
    }
    const rows = [...(await html(docx)).matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
      [...m[1].matchAll(/<p>(.*?)<\/p>/g)].map((c) => c[1].replace(/<\/?strong>/g, '')),
    );
    const proposals = rows.filter((r) => r.length === 5);
    expect(proposals).toEqual([
      ['STT', 'Đơn vị', 'Hình thức khen thưởng', 'Xếp hạng', 'Tổng điểm'],
      ['1', 'Sở Công Thương Gia Lai', 'Cờ thi đua của Bộ Công Thương', '1', '98,5'],
      ['2', 'Sở Công Thương Kon Tum', 'Bằng khen của Bộ trưởng', '2', '1.095'],
      ['3', 'Sở Công Thương Lâm Đồng', 'Bằng khen của Bộ trưởng', '3', '1.012,25'],
    ]);
  });
});
