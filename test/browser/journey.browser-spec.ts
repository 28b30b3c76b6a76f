// The whole cycle in the browser alone, every role in its own workspace: a member carries its Word report from
// import to submission, the head scores, returns another member's report and publishes, the member reads its
// ranking, the board approves it with a decision number. On the demo data's open current year (Cụm VIII).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BrowserSuite } from './browser';

jest.setTimeout(300_000);

const YEAR = new Date().getFullYear();
const GROUP = 'Cụm thi đua số VIII – Sở Công Thương các tỉnh khu vực Tây Nguyên';
const DOCX = readFileSync(join(__dirname, '../fixtures/so-cong-thuong-gia-lai-2023-h1.docx'));
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('from a Word report to an approved ranking, in the browser', () => {
  let suite: BrowserSuite;
  beforeAll(async () => {
    suite = await BrowserSuite.start();
    // Another member has filed its report already: the one the head returns.
    const token = await suite.app.login('sct-lam-dong@demo.thidua.vn', 'ThiDua@2023');
    const { createSubmission } = await suite.app.ok(
      `mutation($y: Int!) { createSubmission(input: { groupCodes: ["CTD-VIII"], year: $y, kind: H1 }) { id } }`,
      { y: YEAR },
      token,
    );
    await suite.app.ok(
      `mutation($id: ID!) { submitSubmission(id: $id) { id } }`,
      { id: createSubmission.id },
      token,
    );
  }, 120_000);
  afterAll(() => suite?.close());
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });

  const signedIn = async (email: string) => {
    const page = await suite.page();
    await suite.signIn(page, email);
    await page.getByRole('navigation').waitFor();
    return page;
  };
  const open = (page: Page, workspace: string) =>
    page.getByRole('navigation').getByRole('link', { name: workspace }).click();

  it('1. the member imports its .docx, confirms the figures, self-scores with evidence and submits', async () => {
    const page = await signedIn('sct-gia-lai@demo.thidua.vn');
    await open(page, 'Báo cáo');
    await page
      .getByRole('region', { name: `Báo cáo 6 tháng đầu năm ${YEAR}` })
      .getByRole('button', { name: 'Tạo báo cáo' })
      .click();
    await page.getByRole('button', { name: 'Nhập từ file' }).waitFor();
    await page.getByLabel('Tệp báo cáo').setInputFiles({
      name: 'so-cong-thuong-gia-lai-2023-h1.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: DOCX,
    });
    await page
      .getByText('Đã nhập báo cáo từ tệp so-cong-thuong-gia-lai-2023-h1.docx', { exact: false })
      .waitFor();
    // Each figure beside the sentence it was read from.
    await page.getByText('14.103,4', { exact: false }).first().waitFor();
    await page
      .getByText(/ước đạt 14\.103,4 tỷ đồng/)
      .first()
      .waitFor();
    await suite.screenshot(page, 'journey-import');
    await page.getByRole('button', { name: 'Xác nhận số liệu' }).click();
    await page.getByText(/^Đã xác nhận \d+ số liệu\.$/).waitFor();

    await page.getByLabel('Tự chấm 1.4').fill('18');
    // The page's own button opens the chooser (not the browser's English "Choose File").
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Đính kèm tệp cho tiêu chí 1.4' }).click();
    await (await chooser).setFiles({ name: 'kiem-chung-1.4.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByText('Đã đính kèm kiem-chung-1.4.pdf.').waitFor();
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu bản nháp.').waitFor();
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận nộp' }).click();
    await page.getByText('Đã nộp báo cáo.').waitFor();
    await suite.screenshot(page, 'journey-submitted');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('2. the head scores with a reason, returns the other report and publishes', async () => {
    const page = await signedIn('sct-dak-lak@demo.thidua.vn');
    await open(page, 'Chấm điểm');
    await page.getByRole('table', { name: /Bảng chấm điểm Cụm thi đua số VIII/ }).waitFor();
    const cell = page.getByRole('cell').filter({ has: page.getByLabel('sct-gia-lai 1.4', { exact: true }) });
    await page.getByLabel('sct-gia-lai 1.4', { exact: true }).fill('16');
    await cell.getByLabel('Lý do').fill('Một nhiệm vụ chưa có tài liệu kiểm chứng');
    await cell.getByLabel('Lý do').press('Enter');
    await cell.getByText(/Đã lưu/).waitFor();

    await page
      .getByRole('columnheader')
      .filter({ hasText: 'sct-lam-dong' })
      .getByRole('button', { name: 'Trả lại' })
      .click();
    await page.getByRole('dialog').getByLabel('Lý do').fill('Thiếu biểu số liệu, đề nghị bổ sung');
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận trả lại' }).click();
    await page.getByText(/^Đã trả lại báo cáo của /).waitFor();

    // The worker ranks the latest scores first; until then publishing says so and is tried again.
    await page.getByRole('button', { name: 'Công bố kết quả' }).click();
    const dialog = page.getByRole('dialog', { name: 'Công bố kết quả xếp hạng' });
    for (let attempt = 0; ; attempt++) {
      await dialog.getByRole('button', { name: 'Xác nhận công bố' }).click();
      const outcome = await Promise.race([
        page
          .getByText('Đã công bố kết quả xếp hạng.')
          .waitFor()
          .then(() => 'published'),
        dialog
          .getByRole('alert')
          .filter({ hasText: 'đang được tính lại' })
          .waitFor()
          .then(() => 'recomputing'),
      ]);
      if (outcome === 'published') break;
      if (attempt > 20) throw new Error('the ranking never caught up with the scores');
      await page.waitForTimeout(1000);
    }
    await suite.screenshot(page, 'journey-published');
    await page.context().close();
  });

  it('3. the member sees the ranking, the chart and its breakdown', async () => {
    const page = await signedIn('sct-gia-lai@demo.thidua.vn');
    await open(page, 'Kết quả xếp hạng');
    const table = page.getByRole('table', { name: /Xếp hạng Cụm thi đua số VIII/ });
    await table.waitFor();
    await page.getByRole('img', { name: /^Biểu đồ/ }).waitFor();
    await table.getByRole('button', { name: 'Sở Công Thương tỉnh Gia Lai' }).click();
    const details = page.getByRole('region', { name: 'Chi tiết điểm' });
    await details.getByRole('cell', { name: /^1\.4 / }).waitFor();
    expect(await details.innerText()).toContain('Một nhiệm vụ chưa có tài liệu kiểm chứng');
    await suite.screenshot(page, 'journey-ranking');
    await page.context().close();
  });

  it('4. the board approves the ranking with a decision number', async () => {
    const page = await signedIn('vu-tccb-bct@demo.thidua.vn');
    await open(page, 'Phê duyệt');
    await page.getByRole('button', { name: `Xem xét kết quả ${GROUP}, 6 tháng đầu năm ${YEAR}` }).click();
    await page.getByLabel('Số quyết định').fill('321/QĐ-BCT');
    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Đã phê duyệt kết quả theo quyết định số 321/QĐ-BCT.' })
      .waitFor();
    await suite.screenshot(page, 'journey-approved');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
