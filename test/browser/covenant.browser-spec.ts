import type { Page } from 'playwright-core';
import { BrowserSuite, PHONE } from './browser';

jest.setTimeout(180_000);

/**
 * The start of the demo's 2023 year in Cụm VIII: the head (Sở Công Thương Lâm Đồng) writes and publishes the
 * covenant and signs it, a member (Gia Lai) signs and registers, and the head sees who has not yet.
 */
describe("the year's workspace (Năm thi đua): calendar, covenant, registration", () => {
  let suite: BrowserSuite;
  beforeAll(async () => {
    suite = await BrowserSuite.start();
  });
  afterAll(() => suite?.close());
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });
  const expectAccessible = async (page: Page) =>
    expect(await suite.accessibilityViolations(page)).toEqual([]);

  const open = async (email: string, viewport?: typeof PHONE) => {
    const page = await suite.page(viewport);
    await suite.signIn(page, email);
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByRole('option', { name: '2023' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Năm thi đua' }).click();
    await page.getByRole('heading', { name: 'Năm thi đua', exact: true }).waitFor();
    return page;
  };
  /** The calendar's row of a step: its cells' texts (step, date, state, who still has to act). */
  const step = async (page: Page, name: string | RegExp) => {
    const row = page.getByRole('region', { name: 'Lịch năm thi đua' }).getByRole('row', { name });
    await row.waitFor();
    return row.getByRole('cell').allInnerTexts();
  };
  const signIn = async (page: Page) => {
    await page.getByRole('button', { name: 'Ký giao ước' }).click();
    await page
      .getByRole('dialog', { name: 'Ký giao ước thi đua năm 2023' })
      .getByRole('button', { name: 'Ký' })
      .click();
    await page.getByText(/Đơn vị đã ký giao ước ngày \d\d\/\d\d\/\d{4}/).waitFor();
  };

  it('the head publishes the covenant, members sign and register, the head sees who has not', async () => {
    const head = await open('sct-lam-dong@demo.thidua.vn');
    await head.getByText('Cụm, khối chưa có giao ước thi đua năm 2023', { exact: false }).waitFor();
    expect(await step(head, /^Ban hành giao ước thi đua/)).toEqual([
      'Ban hành giao ước thi đua',
      '—',
      'Chưa đến',
      'Cụm/khối trưởng',
    ]);
    // The demo's 2023 mid-year: reports all in, published and approved by the board.
    expect(await step(head, /^Hạn nộp báo cáo 6 tháng đầu năm/)).toEqual([
      'Hạn nộp báo cáo 6 tháng đầu năm',
      expect.stringMatching(/^\d\d\/\d\d\/2023$/),
      'Đã xong',
      '—',
    ]);
    expect((await step(head, /^Phê duyệt kết quả 6 tháng đầu năm/))[2]).toBe('Đã xong');
    // The rest of the demo's year: the year-end explanation round done, the mid-year dossiers all in and
    // waiting for the board's decision, next year's election not yet opened.
    expect(await step(head, /^Giải trình kết quả chấm cả năm/)).toEqual([
      'Giải trình kết quả chấm cả năm',
      expect.stringMatching(/^\d\d\/\d\d\/2023$/),
      'Đã xong',
      '—',
    ]);
    expect((await step(head, /^Hạn nộp hồ sơ khen thưởng 6 tháng đầu năm/))[2]).toBe('Đã xong');
    expect(await step(head, /^Quyết định khen thưởng 6 tháng đầu năm/)).toEqual([
      'Quyết định khen thưởng 6 tháng đầu năm',
      '—',
      'Chưa đến',
      'Cơ quan thi đua – khen thưởng',
    ]);
    expect(await step(head, /^Bầu cụm\/khối trưởng và cụm\/khối phó năm 2024/)).toEqual([
      'Bầu cụm/khối trưởng và cụm/khối phó năm 2024',
      '—',
      'Chưa đến',
      'Cụm/khối trưởng',
    ]);
    // An empty covenant is refused on the page, with a sentence.
    await head.getByRole('button', { name: 'Ban hành giao ước' }).click();
    await head.getByRole('alert').getByText('Cần ít nhất một nội dung cam kết có chữ.').waitFor();
    await head
      .getByLabel('Nội dung cam kết 1', { exact: true })
      .fill('Hoàn thành 100% nhiệm vụ chính trị được giao');
    await head.getByLabel('Chỉ tiêu của cam kết 1 (nếu có)').fill('100%');
    await head.getByRole('button', { name: 'Thêm nội dung cam kết' }).click();
    await head
      .getByLabel('Nội dung cam kết 2', { exact: true })
      .fill('Nộp báo cáo sơ kết, tổng kết đúng hạn');
    await head.getByLabel('Hạn đăng ký thi đua').fill('2030-12-31');
    await head.getByRole('button', { name: 'Ban hành giao ước' }).click();
    await head.getByRole('status').getByText('Đã ban hành giao ước thi đua.').waitFor();
    const commitments = head.getByRole('region', { name: 'Nội dung giao ước thi đua năm 2023' });
    expect(await commitments.getByRole('listitem').allInnerTexts()).toEqual([
      'Hoàn thành 100% nhiệm vụ chính trị được giao\n\nChỉ tiêu: 100%',
      'Nộp báo cáo sơ kết, tổng kết đúng hạn',
    ]);
    await head.getByText(/Hạn đăng ký thi đua: 31\/12\/2030/).waitFor();
    await signIn(head);

    const member = await open('sct-gia-lai@demo.thidua.vn');
    await member.getByText('Hoàn thành 100% nhiệm vụ chính trị được giao').waitFor();
    // The member was told, in the header's bell; the notification leads to the covenant to sign.
    await member.getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ }).click();
    const told = member.getByRole('dialog', { name: 'Thông báo' }).getByRole('link', {
      name: /Chưa đọc: Cụm thi đua số VIII .* đã ban hành giao ước thi đua năm 2023: mời đơn vị ký/,
    });
    await told.waitFor();
    await suite.screenshot(member, 'notifications-member');
    await expectAccessible(member);
    await told.click();
    await member.waitForURL(/\/covenant\?group=/);
    await member.getByRole('button', { name: /^Thông báo(, \d+ chưa đọc)?$/ }).waitFor();
    // A member does not see the others' progress.
    expect(await member.getByRole('region', { name: 'Tình hình ký giao ước, đăng ký thi đua' }).count()).toBe(
      0,
    );
    await signIn(member);
    await member.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await member.getByText('Hãy chọn ít nhất một danh hiệu hoặc hình thức khen thưởng.').waitFor();
    await member.getByRole('checkbox', { name: 'Tập thể lao động xuất sắc' }).check();
    await member.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await member.getByText('Đã ghi nhận đăng ký thi đua của đơn vị.').waitFor();
    await member.getByText(/Đã đăng ký: Tập thể lao động xuất sắc/).waitFor();
    await member.reload();
    expect(await step(member, /^Hạn đăng ký thi đua/)).toEqual([
      'Hạn đăng ký thi đua',
      '31/12/2030',
      'Đã xong',
      '—',
    ]);
    expect((await step(member, /^Ký giao ước/))[2]).toBe('Đã xong');
    await suite.screenshot(member, 'covenant-member');
    await expectAccessible(member);
    const phone = await open('sct-gia-lai@demo.thidua.vn', PHONE);
    await phone.getByText(/Đã đăng ký: Tập thể lao động xuất sắc/).waitFor();
    await suite.screenshot(phone, 'covenant-member');
    await phone.getByRole('button', { name: /^Thông báo/ }).click();
    await phone.getByRole('dialog', { name: 'Thông báo' }).waitFor();
    await suite.screenshot(phone, 'notifications-member');
    await phone.keyboard.press('Escape');

    await head.reload();
    const progress = head.getByRole('region', { name: 'Tình hình ký giao ước, đăng ký thi đua' });
    const row = progress.getByRole('row', { name: /Sở Công Thương tỉnh Gia Lai/ });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      'Sở Công Thương tỉnh Gia Lai',
      expect.stringMatching(/^\d\d\/\d\d\/\d{4} \(sct-gia-lai@demo\.thidua\.vn\)$/),
      'Tập thể lao động xuất sắc',
    ]);
    const missing = await progress.getByText(/^Chưa ký giao ước:/).innerText();
    expect(missing).toContain('Sở Công Thương tỉnh Kon Tum');
    expect(missing).not.toMatch(/Chưa ký giao ước:[^.]*Gia Lai/);
    // Signed by a member: the covenant no longer changes.
    expect(await head.getByRole('button', { name: 'Sửa giao ước' }).count()).toBe(0);
    await suite.screenshot(head, 'covenant-head');
    await expectAccessible(head);
    for (const page of [head, member, phone]) await page.context().close();
  });
});
