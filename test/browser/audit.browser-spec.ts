import { BrowserSuite, PHONE } from './browser';

jest.setTimeout(120_000);

describe('the audit workspace', () => {
  let suite: BrowserSuite;

  beforeAll(async () => {
    // The demo seed scored, published and approved Cụm VIII's 2023-H1 ranking through the API: its trail is full.
    suite = await BrowserSuite.start();
  });
  afterAll(() => suite?.close());
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });

  for (const viewport of [undefined, PHONE]) {
    const width = viewport?.width ?? 1366;

    it(`lets the board check the chain and read a ranking's trail (${width} px)`, async () => {
      const page = await suite.page(viewport);
      await suite.signIn(page, 'vu-tccb-bct@demo.thidua.vn');
      await page.getByRole('combobox', { name: 'Năm' }).click();
      await page.getByRole('option', { name: '2023' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'Nhật ký' }).click();

      await page.getByRole('button', { name: 'Kiểm tra chuỗi nhật ký' }).click();
      await page.getByText(/^Chuỗi nhật ký nguyên vẹn: đã kiểm tra [\d.]+ sự kiện/).waitFor();

      const table = page.getByRole('table', {
        name: /^Nhật ký Cụm thi đua số VIII.*, 6 tháng đầu năm 2023$/,
      });
      await table.waitFor();
      for (const header of ['Thời gian', 'Người thực hiện', 'Đơn vị', 'Nội dung', 'Lý do'])
        expect(await table.getByRole('columnheader', { name: header }).count()).toBe(1);
      expect(await table.getByRole('cell', { name: 'Phê duyệt kết quả xếp hạng' }).count()).toBe(1);
      expect(await table.getByRole('cell', { name: /^Chấm điểm .*, tiêu chí / }).count()).toBeGreaterThan(0);
      const rows = await table.getByRole('row').count();
      await page.getByRole('button', { name: 'Tải thêm nhật ký' }).click();
      // The next page is appended below: the row after the last one shown appears.
      await table.getByRole('row').nth(rows).waitFor();
      await suite.screenshot(page, 'audit-board');
      expect(await suite.accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it(`lets the platform admin check the chain, without any trail (${width} px)`, async () => {
      const page = await suite.page(viewport);
      await suite.signIn(page, 'admin@demo.thidua.vn');
      await page.getByRole('navigation').getByRole('link', { name: 'Nhật ký' }).click();
      await page.getByRole('button', { name: 'Kiểm tra chuỗi nhật ký' }).click();
      await page.getByText(/^Chuỗi nhật ký nguyên vẹn/).waitFor();
      expect(await page.getByRole('heading', { name: 'Nhật ký xếp hạng' }).count()).toBe(0);
      await suite.screenshot(page, 'audit-admin');
      expect(await suite.accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
