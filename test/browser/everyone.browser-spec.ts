import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { BrowserSuite, PHONE } from './browser';

const WEB_DIST = join(__dirname, '../../apps/web/dist');

jest.setTimeout(90_000);

describe('everyone in the browser', () => {
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

  it('shows the sign-in form at /, in Vietnamese, with no serious accessibility problem', async () => {
    const page = await suite.page();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(suite.baseUrl + '/');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    // Initial JavaScript of the sign-in page, as sent gzipped: at most 200 KB.
    const gzipped = scripts.reduce((sum, path) => sum + statSync(join(WEB_DIST, `${path}.gz`)).size, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(200 * 1024);
    expect(await page.evaluate('document.documentElement.lang')).toBe('vi');
    await suite.screenshot(page, 'sign-in');
    await expectAccessible(page);
    await page.context().close();
  });

  it('switches to English, whose texts load when chosen, and remembers the choice', async () => {
    const page = await suite.page();
    await page.goto(suite.baseUrl + '/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.context().close();
  });

  it('refuses a wrong password with a Vietnamese message and stays on the form', async () => {
    const page = await suite.page();
    await suite.signIn(page, 'sct-gia-lai@demo.thidua.vn', 'sai-mat-khau');
    await page.getByRole('alert').filter({ hasText: 'Email hoặc mật khẩu không đúng' }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe('sct-gia-lai@demo.thidua.vn');
    expect(await page.getByRole('button', { name: 'Đăng xuất' }).count()).toBe(0);
    await suite.screenshot(page, 'sign-in-wrong-password');
    await page.context().close();
  });

  it('signs a member in: header with its organization and roles, navigation by role, year selector', async () => {
    const page = await suite.page();
    await suite.signIn(page, 'sct-gia-lai@demo.thidua.vn');
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Báo cáo' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Kết quả xếp hạng' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Quản trị' }).count()).toBe(0);
    await page.getByText('Sở Công Thương tỉnh Gia Lai', { exact: false }).first().waitFor();
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByRole('option', { name: '2023' }).click();
    await page.getByText(/Cụm thi đua.*Thành viên/).waitFor();
    await suite.screenshot(page, 'member-home');
    await expectAccessible(page);
    await page.context().close();
  });

  it('opens the workspaces of each role', async () => {
    const cases: [string, string[]][] = [
      ['admin@demo.thidua.vn', ['Quản trị', 'Nhật ký']],
      ['btdkt-gia-lai@demo.thidua.vn', ['Phê duyệt', 'Kết quả xếp hạng', 'Nhật ký']],
    ];
    for (const [email, links] of cases) {
      const page = await suite.page();
      await suite.signIn(page, email);
      const nav = page.getByRole('navigation');
      await nav.getByRole('link', { name: links[0] }).waitFor();
      const names = await nav.getByRole('link').allInnerTexts();
      expect(names).toEqual(links);
      await page.context().close();
    }
  });

  it('signs out back to the sign-in form', async () => {
    const page = await suite.page();
    await suite.signIn(page, 'sct-gia-lai@demo.thidua.vn');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    await page.context().close();
  });

  it('returns to sign-in with a message when the session is refused, keeping the e-mail typed', async () => {
    const page = await suite.page();
    await suite.signIn(page, 'sct-gia-lai@demo.thidua.vn');
    await page.getByRole('navigation').waitFor();
    // The session is ended elsewhere (signed out from another client): the next request is UNAUTHENTICATED, REVOKED.
    const { token } = JSON.parse(
      (await page.evaluate<string | null>(`localStorage.getItem('thidua.session')`))!,
    );
    await suite.app.ok('mutation { logout }', {}, token);
    await page.reload();
    await page.getByText('Phiên làm việc đã bị thu hồi', { exact: false }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe('sct-gia-lai@demo.thidua.vn');
    await suite.screenshot(page, 'session-expired');
    await page.context().close();
  });

  it('works at phone width (390 px) without horizontal scrolling', async () => {
    const page = await suite.page(PHONE);
    await page.goto(suite.baseUrl + '/');
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await suite.screenshot(page, 'sign-in');
    await suite.signIn(page, 'sct-lam-dong@demo.thidua.vn');
    await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await suite.screenshot(page, 'member-home');
    await expectAccessible(page);
    await page.context().close();
  });
});
