import { BrowserSuite, PHONE } from './browser';

jest.setTimeout(120_000);

describe('the ranking page', () => {
  let suite: BrowserSuite;

  beforeAll(async () => {
    suite = await BrowserSuite.start();
    // The demo seed has already scored, published and approved Cụm VIII's 2023-H1 ranking.
  });
  afterAll(() => suite?.close());
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });

  for (const viewport of [undefined, PHONE]) {
    it(`shows a member the table, the chart with band thresholds and a member's breakdown (${viewport?.width ?? 1366} px)`, async () => {
      const page = await suite.page(viewport);
      await suite.signIn(page, 'sct-gia-lai@demo.thidua.vn');
      await page.getByRole('combobox', { name: 'Năm' }).click();
      await page.getByRole('option', { name: '2023' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'Kết quả xếp hạng' }).click();
      await page.getByRole('combobox', { name: 'Cụm, khối thi đua' }).click();
      await page.getByRole('option', { name: /Cụm thi đua số VIII/ }).click();

      const table = page.getByRole('table', { name: /Xếp hạng Cụm thi đua số VIII/ });
      await table.waitFor();
      for (const header of ['Hạng', 'Đơn vị', 'Tổng điểm', 'Xếp loại'])
        expect(await table.getByRole('columnheader', { name: header }).count()).toBe(1);
      const chart = page.getByRole('img', { name: /^Biểu đồ/ });
      await chart.waitFor();
      expect(await chart.getAttribute('aria-label')).toContain('Xuất sắc từ 95 điểm');
      expect(await page.getByRole('region', { name: 'Chi tiết điểm' }).count()).toBe(0);

      await table.getByRole('button', { name: 'Sở Công Thương tỉnh Gia Lai' }).click();
      const details = page.getByRole('region', { name: 'Chi tiết điểm' });
      await details.waitFor();
      const rows = details.getByRole('row');
      expect(await rows.count()).toBeGreaterThan(5);
      expect(await details.getByRole('cell', { name: /^1\.4 / }).count()).toBe(1);
      // The member's totals across periods: 2023-H1 published; 2023-FY not yet (half scored), nor the current year.
      const history = page.getByRole('region', { name: 'Tổng điểm qua các kỳ: Sở Công Thương tỉnh Gia Lai' });
      await history.getByRole('row', { name: /^6 tháng đầu năm 2023 \d+ [\d,]+/ }).waitFor();
      await history.getByRole('row', { name: 'Cả năm 2023 Chưa có kết quả' }).waitFor();
      await history
        .getByRole('row', { name: `6 tháng đầu năm ${new Date().getFullYear()} Chưa có kết quả` })
        .waitFor();
      await suite.screenshot(page, 'ranking');
      expect(await suite.accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
