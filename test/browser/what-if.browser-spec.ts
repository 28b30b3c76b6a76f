import { BrowserSuite, PHONE } from './browser';

jest.setTimeout(120_000);

const YEAR = new Date().getFullYear();

/** The what-if panel of a member's report: nothing of the others before publication, the rank after it. */
describe('what if, in the report editor', () => {
  let suite: BrowserSuite;
  beforeAll(async () => {
    suite = await BrowserSuite.start();
  });
  afterAll(() => suite?.close());
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });

  const openReport = async (year: number, viewport?: typeof PHONE) => {
    const page = await suite.page(viewport);
    await suite.signIn(page, 'sct-gia-lai@demo.thidua.vn');
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByRole('option', { name: String(year) }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).click();
    const period = page.getByRole('region', { name: `Báo cáo 6 tháng đầu năm ${year}` });
    await period
      .getByRole('link', { name: 'Mở báo cáo' })
      .or(period.getByRole('button', { name: 'Tạo báo cáo' }))
      .click();
    await page.getByRole('region', { name: 'Tính thử kết quả' }).waitFor();
    return page;
  };

  it('answers against the published ranking, with the rank, for a published period', async () => {
    const page = await openReport(2023);
    const panel = page.getByRole('region', { name: 'Tính thử kết quả' });
    // The first of its groups (both published 2023-H1 in the demo data).
    await panel.getByRole('button', { name: 'Tính thử' }).click();
    await panel.getByText('Tính theo kết quả xếp hạng đã công bố.').waitFor();
    const rank = panel.getByRole('row', { name: /^Thứ hạng/ });
    expect(await rank.innerText()).toMatch(/Thứ hạng\s+\d+\s+\d+/);
    await suite.screenshot(page, 'what-if-published');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('answers from the member’s own data only, without rank, before publication', async () => {
    for (const viewport of [undefined, PHONE]) {
      const page = await openReport(YEAR, viewport);
      await page.getByLabel('Tự chấm 1.4').fill('18');
      const panel = page.getByRole('region', { name: 'Tính thử kết quả' });
      await panel.getByRole('button', { name: 'Tính thử' }).click();
      await panel.getByText(/chưa công bố: chỉ tính từ số liệu của đơn vị mình/).waitFor();
      expect(await panel.getByRole('row', { name: /^Thứ hạng/ }).innerText()).toMatch(
        /Thứ hạng\s+Chưa công bố\s+Chưa công bố/,
      );
      expect(await panel.getByRole('row', { name: /^Tổng điểm/ }).innerText()).toMatch(
        /Tổng điểm\s+[\d,]+\s+[\d,]+/,
      );
      await suite.screenshot(page, 'what-if-own-data');
      expect(await suite.accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    }
  });
});
