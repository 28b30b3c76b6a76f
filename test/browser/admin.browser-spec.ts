import { Page } from 'playwright-core';
import { BrowserSuite, DESKTOP, PHONE } from './browser';

jest.setTimeout(180_000);

const ADMIN = 'admin@demo.thidua.vn';
const TABS = ['Đơn vị', 'Cụm, khối thi đua', 'Thành viên theo năm', 'Tài khoản'];

async function confirmed(page: Page, text: string | RegExp) {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

describe('the platform admin workspace (Quản trị)', () => {
  let suite: BrowserSuite;

  beforeAll(async () => {
    suite = await BrowserSuite.start();
  }, 180_000);
  afterAll(() => suite?.close());
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });

  it('onboards an organization, a group, a membership and a user who then signs in; a duplicate code gets a sentence', async () => {
    const year = new Date().getFullYear();
    const page = await suite.page();
    await suite.signIn(page, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Quản trị' }).click();

    // Organizations: the directory, then a new one.
    const organizations = page.getByRole('table', { name: 'Danh sách đơn vị' });
    await organizations.getByRole('cell', { name: 'sct-gia-lai', exact: true }).waitFor();
    await suite.screenshot(page, 'admin-organizations');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Mã đơn vị').fill('sct-quang-tri');
    await page.getByLabel('Tên đơn vị').fill('Sở Công Thương tỉnh Quảng Trị');
    await page.getByLabel('Loại đơn vị').selectOption('DEPARTMENT');
    await page.getByLabel('Tỉnh, thành phố').fill('Quảng Trị');
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await confirmed(page, 'Đã thêm đơn vị Sở Công Thương tỉnh Quảng Trị (mã sct-quang-tri).');
    await organizations.getByRole('cell', { name: 'sct-quang-tri', exact: true }).waitFor();

    // The same code again: refused with a sentence saying what to do, the typed values kept.
    await page.getByLabel('Mã đơn vị').fill('sct-quang-tri');
    await page.getByLabel('Tên đơn vị').fill('Sở Công Thương (trùng mã)');
    await page.getByLabel('Loại đơn vị').selectOption('DEPARTMENT');
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Đã có đơn vị dùng mã này. Hãy chọn mã khác.' })
      .waitFor();
    expect(await page.getByLabel('Tên đơn vị').inputValue()).toBe('Sở Công Thương (trùng mã)');

    // A group reviewed by the ministry's board.
    await page.getByRole('tab', { name: 'Cụm, khối thi đua' }).click();
    await page.getByLabel('Mã cụm/khối').fill('CTD-THU');
    await page.getByLabel('Tên cụm/khối').fill('Cụm thi đua thử nghiệm');
    await page.getByLabel('Loại cụm/khối').selectOption('CLUSTER');
    await page.getByLabel('Cơ quan xét duyệt').selectOption('vu-tccb-bct');
    await page.getByRole('button', { name: 'Thêm cụm/khối' }).click();
    await confirmed(page, 'Đã thêm Cụm thi đua thử nghiệm (mã CTD-THU).');
    await page
      .getByRole('table', { name: 'Danh sách cụm, khối thi đua' })
      .getByRole('cell', { name: 'CTD-THU', exact: true })
      .waitFor();
    await suite.screenshot(page, 'admin-groups');

    // The new organization heads the new group this year.
    await page.getByRole('tab', { name: 'Thành viên theo năm' }).click();
    await page.getByRole('combobox', { name: 'Cụm, khối thi đua', exact: true }).selectOption('CTD-THU');
    await page.getByLabel('Đơn vị thành viên').selectOption('sct-quang-tri');
    await page.getByLabel('Vai trò').selectOption('HEAD');
    // Format 2: the member's category of the year (quota.byCategory).
    await page.getByLabel('Nhóm đơn vị mới').fill('SO');
    await page.getByRole('button', { name: 'Ghi phân công' }).click();
    await confirmed(
      page,
      `Đã phân công Sở Công Thương tỉnh Quảng Trị làm Cụm/khối trưởng năm ${year}. Nhóm đơn vị: SO.`,
    );
    const members = page.getByRole('table', { name: `Thành viên Cụm thi đua thử nghiệm năm ${year}` });
    await members.getByRole('cell', { name: 'Sở Công Thương tỉnh Quảng Trị' }).waitFor();
    await members.getByRole('cell', { name: 'SO', exact: true }).waitFor();
    expect(await members.getByRole('columnheader', { name: 'Nhóm đơn vị' }).count()).toBe(1);
    await suite.screenshot(page, 'admin-memberships');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    await suite.screenshot(page, 'admin-memberships');
    await page.setViewportSize(DESKTOP);

    // Its first account; a weak password is refused before anything is sent.
    await page.getByRole('tab', { name: 'Tài khoản' }).click();
    await page.getByLabel('Đơn vị của tài khoản').selectOption('sct-quang-tri');
    await page.getByLabel('Email đăng nhập').fill('vanthu@sct-quangtri.gov.vn');
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
    await page.getByLabel('Mật khẩu tạm thời').fill('ngan');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByText('Mật khẩu phải có ít nhất 10 ký tự.').waitFor();
    await page.getByLabel('Mật khẩu tạm thời').fill('Hoa-Mai-2025!');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await confirmed(page, 'Đã tạo tài khoản vanthu@sct-quangtri.gov.vn.');
    await suite.screenshot(page, 'admin-users');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();

    // The new user signs in and sees its organization's workspace, heading the new group this year.
    await suite.signIn(page, 'vanthu@sct-quangtri.gov.vn', 'Hoa-Mai-2025!');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.getByText('Sở Công Thương tỉnh Quảng Trị').first().waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Chấm điểm' }).waitFor();
    await page.context().close();
  });

  it('opens the queue board from the workspace, as the platform admin only', async () => {
    const page = await suite.page();
    await suite.signIn(page, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Quản trị' }).click();
    await page.getByRole('button', { name: 'Bảng hàng đợi' }).click();
    await page.waitForURL(`${suite.baseUrl}/admin/queues`);
    await page.getByText('ranking').first().waitFor();
    expect(await page.title()).toBe('Thi đua – hàng đợi');
    await suite.screenshot(page, 'admin-queue-board');
    // Another organization's session gets no board, though it asks with its own valid token.
    const member = await suite.page();
    await suite.signIn(member, 'sct-gia-lai@demo.thidua.vn');
    await member.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    const refused = await member.request.get(`${suite.baseUrl}/admin/queues`);
    expect(refused.status()).toBe(401);
    await page.context().close();
    await member.context().close();
  });

  it('fits every section on a phone (390 px)', async () => {
    const page = await suite.page(PHONE);
    await suite.signIn(page, ADMIN);
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto(`${suite.baseUrl}/admin`);
    for (const [i, tab] of TABS.entries()) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel').getByRole('button').first().waitFor();
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect({ tab, overflow }).toEqual({ tab, overflow: 0 });
      await suite.screenshot(page, `admin-${['organizations', 'groups', 'memberships', 'users'][i]}`);
    }
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
