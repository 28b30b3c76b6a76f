import type { Page } from 'playwright-core';
import { BrowserSuite, PHONE } from './browser';

jest.setTimeout(180_000);

/**
 * The demo seed's 2023 year end (FY) in Cụm VIII: every member submitted, the head (Sở Công Thương Lâm
 * Đồng) has scored half of them, nothing is published.
 */
describe('the head workspace (Chấm điểm)', () => {
  let suite: BrowserSuite;
  beforeAll(async () => {
    suite = await BrowserSuite.start();
  });
  afterAll(() => suite?.close());
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });

  const openSheet = async (viewport?: typeof PHONE) => {
    const page = await suite.page(viewport);
    await suite.signIn(page, 'sct-lam-dong@demo.thidua.vn');
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByRole('option', { name: '2023' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Chấm điểm' }).click();
    await page.getByRole('combobox', { name: 'Kỳ' }).click();
    await page.getByRole('option', { name: 'Cả năm' }).click();
    await page.getByRole('table', { name: /Bảng chấm điểm Cụm thi đua số VIII/ }).waitFor();
    return page;
  };
  const cellOf = (page: Page, label: string) =>
    page.getByRole('cell').filter({ has: page.getByLabel(label, { exact: true }) });
  // Page code as text: the test files compile without the DOM's types (see browser.ts).
  const focused = (page: Page) =>
    page.evaluate<string | null>(`document.activeElement?.getAttribute('aria-label')`);

  it('scores with a reason, moves by keyboard, pastes a block, returns a report, publishes and downloads', async () => {
    const page = await openSheet();
    const progress = await page.getByText(/^Tiến độ chấm: \d+\/\d+ ô$/).innerText();
    // The columns, left to right: a, a member the head has not scored yet, and b, the one after it.
    const columns = await page.locator('input[aria-label$=" 1.4"]').evaluateAll((inputs) =>
      inputs.map((i) => ({
        code: i.getAttribute('aria-label')!.split(' ')[0],
        empty: (i as unknown as { value: string }).value === '',
      })),
    );
    expect(columns).toHaveLength(5);
    const at = columns.findIndex((c) => c.empty);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(4);
    const [a, b] = [columns[at].code, columns[at + 1].code];

    // A score with its reason, saved on leaving the reason.
    await page.getByLabel(`${a} 1.4`, { exact: true }).fill('12');
    await cellOf(page, `${a} 1.4`).getByLabel('Lý do').fill('Thiếu tài liệu kiểm chứng nhiệm vụ 3');
    await cellOf(page, `${a} 1.4`).getByLabel('Lý do').press('Enter');
    await cellOf(page, `${a} 1.4`)
      .getByText(/Đã lưu/)
      .waitFor();
    expect(await page.getByText(/^Tiến độ chấm: \d+\/\d+ ô$/).innerText()).not.toBe(progress);

    // Keyboard: Enter saves and goes down, the arrows move across, Escape reverts.
    await page.getByLabel(`${a} 2.1`, { exact: true }).fill('8');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe(`${a} 2.2`);
    await cellOf(page, `${a} 2.1`)
      .getByText(/Đã lưu/)
      .waitFor();
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe(`${b} 2.2`);
    await page.keyboard.type('99');
    await page.keyboard.press('Escape');
    expect(await page.getByLabel(`${b} 2.2`, { exact: true }).inputValue()).not.toBe('99');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe(`${b} 2.1`);

    // A 2×2 block copied from Excel onto 1.4–1.5 of both members; "abc" is refused.
    await page.getByLabel(`${a} 1.4`, { exact: true }).focus();
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '15,5\\t16.5\\r\\n10\\tabc\\r\\n');
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`);
    await page.getByText(`Đã dán 4 ô: 3 ô đã lưu. Bị từ chối: ${b} 1.5.`).waitFor();
    expect(await page.getByLabel(`${a} 1.4`, { exact: true }).inputValue()).toBe('15,5');
    expect(await cellOf(page, `${b} 1.5`).getByText('Số không hợp lệ', { exact: false }).count()).toBe(1);
    await suite.screenshot(page, 'scoring');
    expect(await suite.accessibilityViolations(page)).toEqual([]);

    // Return the last member's report with a reason.
    const lastHeader = page.getByRole('columnheader').filter({ hasText: b });
    await lastHeader.getByRole('button', { name: 'Trả lại' }).click();
    const returnDialog = page.getByRole('dialog');
    await returnDialog.getByLabel('Lý do').fill('Thiếu biểu số liệu xuất khẩu, đề nghị bổ sung');
    await returnDialog.getByRole('button', { name: 'Xác nhận trả lại' }).click();
    await page.getByText(/^Đã trả lại báo cáo của /).waitFor();
    await page.getByText(`${b} — chưa có báo cáo để chấm`).waitFor();

    // The head votes too (a member of the group), not for itself.
    await page.getByRole('combobox', { name: 'Bình chọn Cờ thi đua của Chính phủ' }).click();
    expect(await page.getByRole('option', { name: 'Sở Công Thương tỉnh Lâm Đồng' }).count()).toBe(0);
    await page.getByRole('option', { name: 'Sở Công Thương tỉnh Đắk Lắk' }).click();
    await page.getByRole('button', { name: 'Bỏ phiếu' }).click();
    await page.getByText('Đã ghi nhận phiếu bầu Cờ thi đua của Chính phủ.').waitFor();

    // Publish, seeing the proposals first.
    await page.getByRole('table', { name: /^Xếp hạng Cụm thi đua số VIII/ }).waitFor();
    await page.getByRole('button', { name: 'Công bố kết quả' }).click();
    const publishDialog = page.getByRole('dialog', { name: 'Công bố kết quả xếp hạng' });
    const proposals = publishDialog.getByRole('list', { name: 'Đề nghị khen thưởng' });
    expect(await proposals.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await proposals.innerText()).toMatch(/Cờ thi đua|Bằng khen|Không có đề nghị/);
    await suite.screenshot(page, 'scoring-publish');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await publishDialog.getByRole('button', { name: 'Xác nhận công bố' }).click();
    await page.getByText('Đã công bố kết quả xếp hạng.').waitFor();
    await page.getByText('Kết quả kỳ này đã công bố: điểm và phiếu bầu đã khóa.').waitFor();
    expect(await page.getByLabel(`${a} 1.4`, { exact: true }).getAttribute('readonly')).not.toBeNull();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải bảng điểm (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const [minutes] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải biên bản' }).click(),
    ]);
    expect(minutes.suggestedFilename()).toMatch(/\.docx$/);
    expect(await page.getByRole('button', { name: 'Tải tờ trình' }).count()).toBe(1);
    await page.context().close();
  });

  it('checks a broken regulation and shows every problem with its path', async () => {
    const page = await openSheet();
    await page.getByRole('tab', { name: 'Quy chế' }).click();
    const document = page.getByLabel('Văn bản quy chế (JSON)');
    expect(await document.inputValue()).toContain('"CTD-VIII"');
    await page
      .getByRole('list', { name: 'Cây tiêu chí' })
      .getByText(/^1\.4\. /)
      .waitFor();
    await document.fill(
      JSON.stringify({
        format: 1,
        group: 'CTD-VIII',
        year: 2023,
        criteria: [
          {
            id: '1',
            title: 'Nhiệm vụ',
            max: 10,
            children: [{ id: '1.1', title: 'A', max: 20, method: { type: 'manual' } }],
          },
        ],
      }),
    );
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    const problems = page.getByRole('alert').filter({ hasText: /Quy chế có \d+ lỗi cần sửa/ });
    await problems.waitFor();
    expect(await problems.getByRole('listitem').count()).toBeGreaterThan(1);
    expect(await problems.innerText()).toMatch(/criteria\[0\]/);
    await suite.screenshot(page, 'scoring-regulation');
    expect(await suite.accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Công bố quy chế' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /Quy chế có \d+ lỗi cần sửa/ })
      .waitFor();
    await page.context().close();
  });

  it('fits a phone: the sheet scrolls sideways with the criteria column kept', async () => {
    const page = await openSheet(PHONE);
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await suite.screenshot(page, 'scoring');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Quy chế' }).click();
    await page.getByLabel('Văn bản quy chế (JSON)').waitFor();
    await suite.screenshot(page, 'scoring-regulation');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
