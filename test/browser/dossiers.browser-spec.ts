import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Download, Page } from 'playwright-core';
import { pdfText } from '../../libs/report/src/testing/pdf-text';
import { BrowserSuite, PHONE } from './browser';

jest.setTimeout(240_000);

const HEAD = 'Ban Quản lý Khu kinh tế tỉnh Gia Lai';
const RETURNED = 'Sở Thông tin và Truyền thông tỉnh Gia Lai';
const REVIEW = 'Phê duyệt kết quả thi đua';
const dossierOf = (member: string) => `Bằng khen của Chủ tịch UBND tỉnh – ${member}`;
const text = (t: string) => t.replace(/\s+/g, ' ');
const saved = async (download: Promise<Download>) => readFile((await (await download).path())!);

/**
 * The Khối's 2023 H1 award dossiers in the demo: the head (Ban Quản lý Khu kinh tế) writes its own achievement
 * report, attaches the cover letter and minutes and submits; it resubmits the dossier the board returned; the board
 * (Ban Thi đua – Khen thưởng) accepts both and records its decision; the decision and a certificate download as
 * DOCX and PDF, whose text is read back.
 */
describe('award dossiers and the decision (Hồ sơ khen thưởng)', () => {
  let suite: BrowserSuite;
  beforeAll(async () => {
    suite = await BrowserSuite.start();
  });
  afterAll(() => suite?.close());
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });

  const open = async (email: string, workspace: string, viewport?: typeof PHONE, title = workspace) => {
    const page = await suite.page(viewport);
    await suite.signIn(page, email);
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByRole('option', { name: '2023' }).click();
    await page.getByRole('navigation').getByRole('link', { name: workspace }).click();
    await page.getByRole('heading', { name: title, exact: true }).waitFor();
    return page;
  };
  const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

  it('the head submits a dossier, the board decides, the decision and a certificate download', async () => {
    const head = await open('bqlkkt-gia-lai@demo.thidua.vn', 'Hồ sơ khen thưởng');
    const list = head.getByRole('region', { name: 'Hồ sơ đề nghị khen thưởng 6 tháng đầu năm 2023' });
    await list.getByRole('heading', { name: dossierOf(HEAD) }).waitFor();
    await list.getByText(`Chưa có báo cáo thành tích: ${HEAD}`).waitFor();

    // Its own dossier: the achievement report, prefilled from its report and ranking.
    await head.getByRole('button', { name: `Viết báo cáo thành tích: ${dossierOf(HEAD)}` }).click();
    const form = head.getByRole('form', { name: /^Báo cáo thành tích – Bằng khen/ });
    await form.getByText('Mẫu đã điền sẵn', { exact: false }).waitFor();
    await form.getByText(/^Kết quả xếp hạng: [\d.]+ điểm, xếp thứ \d+$/).waitFor();
    await form
      .getByLabel('Sơ lược đặc điểm, tình hình đơn vị')
      .fill('Ban có 6 phòng chuyên môn, 42 công chức.');
    await form.getByLabel('Họ tên người ký').fill('Trần Quốc Việt');
    await form.getByRole('button', { name: 'Lưu báo cáo thành tích' }).click();
    await status(head, 'Đã lưu báo cáo thành tích.');

    // Submitting before the cover letter and minutes are attached is refused with the reason.
    await head.getByRole('button', { name: `Gửi hồ sơ: ${dossierOf(HEAD)}` }).click();
    await head.getByRole('alert').filter({ hasText: 'Chưa đính kèm tờ trình.' }).waitFor();
    await head.getByRole('button', { name: `Đính kèm tờ trình, biên bản: ${dossierOf(HEAD)}` }).click();
    const attach = head.getByRole('form', { name: `Tờ trình và biên bản – ${HEAD}` });
    await attach.getByLabel('Số, ký hiệu (Tờ trình)').fill('21/TTr-KTĐ');
    await attach.getByLabel('Người ký (Tờ trình)').fill('Trần Quốc Việt');
    await attach.getByLabel('Số, ký hiệu (Biên bản bình xét)').fill('20/BB-KTĐ');
    await attach.getByLabel('Người ký (Biên bản bình xét)').fill('Trần Quốc Việt');
    await attach.getByRole('button', { name: 'Đính kèm tờ trình và biên bản' }).click();
    await list.getByText(/Tờ trình số 21\/TTr-KTĐ, biên bản số 20\/BB-KTĐ/).waitFor();
    await head.getByRole('button', { name: `Gửi hồ sơ: ${dossierOf(HEAD)}` }).click();
    await status(head, 'Đã gửi hồ sơ tới cơ quan thi đua – khen thưởng.');
    // The dossier the board returned goes back once completed.
    await list.getByText('Lý do: Bổ sung số liệu kiểm chứng kèm báo cáo thành tích.').waitFor();
    await head.getByRole('button', { name: `Gửi lại hồ sơ: ${dossierOf(RETURNED)}` }).click();
    await status(head, 'Đã gửi hồ sơ tới cơ quan thi đua – khen thưởng.');
    await suite.screenshot(head, 'dossiers-head');
    expect(await suite.accessibilityViolations(head)).toEqual([]);
    const archive = head.waitForEvent('download');
    await head
      .getByRole('button', { name: `Tải hồ sơ Bằng khen của Chủ tịch UBND tỉnh của ${HEAD} (.zip)` })
      .click();
    expect((await archive).suggestedFilename()).toMatch(
      /^ho-so-khen-thuong-KTD-KT-GIA-LAI-2023-H1-bqlkkt-gia-lai-/,
    );
    const phone = await open('bqlkkt-gia-lai@demo.thidua.vn', 'Hồ sơ khen thưởng', PHONE);
    await phone.getByRole('heading', { name: dossierOf(HEAD) }).waitFor();
    await suite.screenshot(phone, 'dossiers-head');

    // The board: both dossiers accepted, then the decision, which closes the period.
    const board = await open('btdkt-gia-lai@demo.thidua.vn', 'Phê duyệt', undefined, REVIEW);
    const stage = board.getByRole('region', { name: /^Hồ sơ khen thưởng – Khối thi đua/ });
    for (const member of [HEAD, RETURNED]) {
      await stage.getByRole('button', { name: `Chấp nhận: ${dossierOf(member)}`, exact: true }).click();
      await stage
        .getByRole('button', { name: `Chấp nhận: ${dossierOf(member)}`, exact: true })
        .waitFor({ state: 'detached' });
    }
    const decision = stage.getByRole('form', { name: 'Quyết định khen thưởng' });
    await decision.getByLabel('Số, ký hiệu quyết định khen thưởng').fill('152/QĐ-UBND');
    await decision.getByLabel('Họ tên người ký').fill('Nguyễn Tuấn Anh');
    await decision.getByLabel('Chức vụ người ký').fill('Chủ tịch');
    await decision.getByRole('button', { name: 'Ghi quyết định và khép lại kỳ' }).click();
    await stage
      .getByText(/^Quyết định số 152\/QĐ-UBND ngày \d\d\/\d\d\/\d{4}, Chủ tịch Nguyễn Tuấn Anh$/)
      .waitFor();
    await suite.screenshot(board, 'dossiers-board');
    expect(await suite.accessibilityViolations(board)).toEqual([]);

    const docx = board.waitForEvent('download');
    await stage.getByRole('button', { name: 'Tải quyết định (DOCX)' }).click();
    const decisionDocx = text((await mammoth.extractRawText({ buffer: await saved(docx) })).value);
    const pdf = board.waitForEvent('download');
    await stage.getByRole('button', { name: 'Tải quyết định (PDF)' }).click();
    const decisionPdf = text(await pdfText(await saved(pdf)));
    for (const t of [decisionDocx, decisionPdf]) {
      expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(t).toContain('Số: 152/QĐ-UBND');
      expect(t).toContain(HEAD);
      expect(t).toContain(RETURNED);
    }
    const certificate = board.waitForEvent('download');
    await stage.getByRole('button', { name: `Tải giấy khen ${RETURNED} (PDF)` }).click();
    const certificateText = text(await pdfText(await saved(certificate)));
    expect(certificateText).toContain('BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH');
    expect(certificateText).toContain(RETURNED);
    const certificateDocx = board.waitForEvent('download');
    await stage.getByRole('button', { name: `Tải giấy khen ${RETURNED} (DOCX)` }).click();
    expect(text((await mammoth.extractRawText({ buffer: await saved(certificateDocx) })).value)).toContain(
      'Quyết định số 152/QĐ-UBND',
    );
    const boardPhone = await open('btdkt-gia-lai@demo.thidua.vn', 'Phê duyệt', PHONE, REVIEW);
    await boardPhone.getByRole('button', { name: 'Tải quyết định (PDF)' }).waitFor();
    await boardPhone.getByRole('button', { name: 'Tải quyết định (PDF)' }).scrollIntoViewIfNeeded();
    await suite.screenshot(boardPhone, 'dossiers-board');

    // Closed: the head's page says so, and no dossier can be changed any more.
    await head.reload();
    await head.getByText(/^Kỳ đã khép lại bằng Quyết định số 152\/QĐ-UBND/).waitFor();
    expect(await head.getByRole('button', { name: /^Gửi (lại )?hồ sơ/ }).count()).toBe(0);
    for (const page of [head, phone, board, boardPhone]) await page.context().close();
  });
});
