import { BrowserSuite, PHONE } from './browser';

jest.setTimeout(120_000);

const UPDATE = `mutation($id: ID!, $patch: SubmissionPatch!) { updateSubmission(id: $id, patch: $patch) { version } }`;
/** The demo seed opens the current year with deadlines ahead; 2023 is history (H1 accepted, FY submitted). */
const YEAR = new Date().getFullYear();
const MINE = `{ mySubmissions(year: ${YEAR}) { id kind version } }`;

describe('the member office workspace (Báo cáo)', () => {
  let suite: BrowserSuite;
  beforeAll(async () => {
    suite = await BrowserSuite.start();
  });
  afterAll(() => suite?.close());
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });

  const openReports = async (viewport?: typeof PHONE, year = 2023) => {
    const page = await suite.page(viewport);
    await suite.signIn(page, 'sct-gia-lai@demo.thidua.vn');
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByRole('option', { name: String(year) }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).click();
    return page;
  };

  it('lists each period with its deadline and the state per group', async () => {
    for (const viewport of [undefined, PHONE]) {
      const page = await openReports(viewport);
      const h1 = page.getByRole('region', { name: 'Báo cáo 6 tháng đầu năm 2023' });
      await h1.waitFor();
      expect(await h1.getByRole('row').filter({ hasText: 'Cụm thi đua số VIII' }).innerText()).toMatch(
        /\d{2}\/\d{2}\/2023 \d{2}:\d{2}[\s\S]*Đã quá hạn[\s\S]*Đã tiếp nhận/,
      );
      expect(await h1.getByRole('row').filter({ hasText: 'Đã tiếp nhận' }).count()).toBe(2);
      const fy = page.getByRole('region', { name: 'Báo cáo cả năm 2023' });
      expect(await fy.getByRole('row').filter({ hasText: 'Đã nộp' }).count()).toBe(2);
      await suite.screenshot(page, 'reports');
      expect(await suite.accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('creates a report, self-scores, survives a stale save without losing the text, and submits', async () => {
    const page = await openReports(undefined, YEAR);
    await page
      .getByRole('region', { name: `Báo cáo 6 tháng đầu năm ${YEAR}` })
      .getByRole('button', { name: 'Tạo báo cáo' })
      .click();
    await page.getByLabel('Tự chấm 1.4').fill('18,5');
    await page.getByLabel('Tự chấm 1.5').check();
    await page.getByLabel('Tự chấm 2.2').fill('2');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu bản nháp.').waitFor();
    await expectInvalidRefused();

    // Another tab saves first: the next save is refused as stale, and what was typed stays.
    const token = await suite.app.login('sct-gia-lai@demo.thidua.vn', 'ThiDua@2023');
    const report = (await suite.app.ok(MINE, {}, token)).mySubmissions.find(
      (s: { kind: string }) => s.kind === 'H1',
    );
    await suite.app.ok(UPDATE, { id: report.id, patch: { version: report.version } }, token);
    await page.getByLabel('Tự chấm 3').fill('12');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByRole('alert').filter({ hasText: 'vừa được lưu ở nơi khác' }).waitFor();
    await suite.screenshot(page, 'report-stale-save');
    await page.getByRole('button', { name: 'Lấy phiên bản mới nhất, giữ nội dung đang nhập' }).click();
    expect(await page.getByLabel('Tự chấm 3').inputValue()).toBe('12');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu bản nháp.').waitFor();

    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận nộp' }).click();
    await page.getByText('Đã nộp báo cáo.').waitFor();
    const saved = (
      await suite.app.ok(
        `{ mySubmissions(year: ${YEAR}) { kind state selfScores { criterionId points count } } }`,
        {},
        token,
      )
    ).mySubmissions.find((s: { kind: string }) => s.kind === 'H1');
    expect(saved.state).toBe('SUBMITTED');
    expect(saved.selfScores).toEqual(
      expect.arrayContaining([
        { criterionId: '1.4', points: '18.5', count: null },
        { criterionId: '1.5', points: '10', count: null },
        { criterionId: '2.2', points: '5', count: 2 },
        { criterionId: '3', points: '12', count: null },
      ]),
    );
    await suite.screenshot(page, 'report-submitted');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await page.context().close();

    async function expectInvalidRefused() {
      await page.getByLabel('Tự chấm 2.1').fill('8,x');
      await page.getByLabel('Tự chấm 2.1').blur();
      await page.getByText('Số không hợp lệ', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Lưu nháp' }).click();
      await page.getByRole('alert').filter({ hasText: 'Còn ô nhập chưa hợp lệ' }).waitFor();
      await page.getByLabel('Tự chấm 2.1').fill('');
    }
  });
});
