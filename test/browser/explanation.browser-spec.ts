import { BrowserSuite, PHONE } from './browser';

jest.setTimeout(180_000);

const PDF = Buffer.from('%PDF-1.7\nBáo cáo bổ sung tiêu chí');

/**
 * The demo's 2023 year end (FY) in Cụm VIII, its explanation round run again from the start: the head (Sở Công
 * Thương Lâm Đồng) opens the window, a member (Gia Lai) explains a score that differs from its self-score, the
 * head gives the second-round score, and the ranking's breakdown shows both rounds.
 */
describe('the explanation round (Giải trình)', () => {
  let suite: BrowserSuite;
  beforeAll(async () => {
    suite = await BrowserSuite.start();
    // The seed's round is closed already: this suite's own database starts it afresh.
    await suite.app.owner(async (db) => {
      const round = `SELECT w.id FROM explanation_window w JOIN emulation_group g ON g.id = w.group_id
        WHERE g.code = 'CTD-VIII' AND w.year = 2023 AND w.kind = 'FY'`;
      await db.query(
        `DELETE FROM explanation_evidence WHERE explanation_id IN (SELECT id FROM explanation WHERE window_id IN (${round}))`,
      );
      await db.query(`DELETE FROM explanation WHERE window_id IN (${round})`);
      await db.query(`DELETE FROM explanation_window WHERE id IN (${round})`);
    });
  });
  afterAll(() => suite?.close());
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });

  /** Signed in, 2023, the workspace's link, then the year-end period. */
  const open = async (email: string, link: string, viewport?: typeof PHONE) => {
    const page = await suite.page(viewport);
    await suite.signIn(page, email);
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByRole('option', { name: '2023' }).click();
    await page.getByRole('navigation').getByRole('link', { name: link }).click();
    await page.getByRole('combobox', { name: 'Kỳ' }).click();
    await page.getByRole('option', { name: 'Cả năm' }).click();
    return page;
  };
  const headTab = async (viewport?: typeof PHONE) => {
    const page = await open('sct-lam-dong@demo.thidua.vn', 'Chấm điểm', viewport);
    await page.getByRole('tab', { name: 'Giải trình' }).click();
    return page;
  };

  it('a member explains a score, the head scores the second round, the ranking shows both', async () => {
    const head = await headTab();
    await head.getByRole('region', { name: 'Mở giải trình' }).waitFor();
    await head.getByLabel('Hạn giải trình').fill('2030-12-31');
    await head.getByRole('button', { name: 'Mở giải trình' }).click();
    await head.getByRole('status').getByText('Đã mở giải trình đến 31/12/2030 23:59.').waitFor();
    await head
      .getByText(/Đơn vị còn điểm khác điểm tự chấm chưa giải trình: .*Sở Công Thương tỉnh Gia Lai/)
      .waitFor();

    // Gia Lai's first score that departs from its self-score (the demo's head scored a few below).
    const member = await open('sct-gia-lai@demo.thidua.vn', 'Giải trình');
    await member.getByText(/Đang mở giải trình đến 31\/12\/2030 23:59/).waitFor();
    const token = await suite.app.login('sct-gia-lai@demo.thidua.vn', 'ThiDua@2023');
    const { explanationRound } = await suite.app.ok(
      `{ explanationRound(groupCode: "CTD-VIII", year: 2023, kind: FY) { items { criterionId disputed } } }`,
      {},
      token,
    );
    const id = (explanationRound.items as { criterionId: string; disputed: boolean }[]).find(
      (i) => i.disputed,
    )!.criterionId;
    const rowName = (rest = '') => new RegExp(`^${id.replace('.', '\\.')} ${rest}`);
    const scores = member.getByRole('table', { name: /Điểm của đơn vị, Cả năm 2023/ });
    const row = await scores.getByRole('row', { name: rowName() }).getByRole('cell').allInnerTexts();
    expect(row[4]).toBe('Chưa giải trình');
    await member.getByRole('button', { name: `Gửi giải trình ${id}` }).click();
    await member.getByRole('alert').getByText('Hãy viết nội dung giải trình.').waitFor();
    await member
      .getByLabel(`Giải trình ${id}`, { exact: true })
      .fill('Đơn vị đã hoàn thành nhiệm vụ; gửi kèm báo cáo bổ sung số 45/BC-SCT.');
    await member.getByLabel(`Tài liệu giải trình ${id}`).setInputFiles({
      name: 'bao-cao-bo-sung.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await member.getByText('Tệp kèm theo: bao-cao-bo-sung.pdf').waitFor();
    await member.getByRole('button', { name: `Gửi giải trình ${id}` }).click();
    await member.getByRole('status').getByText(`Đã gửi giải trình tiêu chí ${id}.`).waitFor();
    await scores.getByRole('row', { name: rowName('.*Đã giải trình, chờ chấm vòng hai') }).waitFor();
    await member.getByRole('button', { name: 'Tải xuống bao-cao-bo-sung.pdf' }).waitFor();
    await suite.screenshot(member, 'explanation-member');
    await suite.expectAccessible(member);
    const phone = await open('sct-gia-lai@demo.thidua.vn', 'Giải trình', PHONE);
    await phone.getByText(/Đang mở giải trình đến/).waitFor();
    await phone.getByText('Đã giải trình, chờ chấm vòng hai').waitFor();
    await suite.screenshot(phone, 'explanation-member');

    // The head reads it and gives the second round: its self-score back, with a reason.
    await head.reload();
    const card = head.getByRole('article').filter({ hasText: 'Sở Công Thương tỉnh Gia Lai' });
    await card
      .getByText('Nội dung giải trình: Đơn vị đã hoàn thành nhiệm vụ; gửi kèm báo cáo bổ sung số 45/BC-SCT.')
      .waitFor();
    const self = (await card.getByText(/^Tự chấm: /).innerText()).match(/^Tự chấm: ([\d.,]+);/)![1];
    await card.getByLabel(`Điểm vòng hai sct-gia-lai ${id}`).fill(self);
    await card.getByRole('button', { name: `Chấm vòng hai sct-gia-lai ${id}` }).click();
    await card.getByRole('alert').getByText('Cần ghi lý do của điểm vòng hai.').waitFor();
    await card.getByLabel(`Lý do vòng hai sct-gia-lai ${id}`).fill('Báo cáo bổ sung đủ căn cứ');
    await card.getByRole('button', { name: `Chấm vòng hai sct-gia-lai ${id}` }).click();
    await head
      .getByRole('status')
      .getByText(`Đã ghi vòng hai cho Sở Công Thương tỉnh Gia Lai, tiêu chí ${id}.`)
      .waitFor();
    await card.getByText(`Vòng hai: ${self} điểm`).waitFor();
    await suite.screenshot(head, 'explanation-head');
    await suite.expectAccessible(head);
    const headPhone = await headTab(PHONE);
    await headPhone.getByRole('region', { name: 'Giải trình của các đơn vị' }).waitFor();
    await suite.screenshot(headPhone, 'explanation-head');

    // The ranking: members still under explanation are marked; Gia Lai's line shows both rounds.
    const ranking = await open('sct-lam-dong@demo.thidua.vn', 'Kết quả xếp hạng');
    const button = ranking.getByRole('button', { name: 'Sở Công Thương tỉnh Gia Lai', exact: true });
    const breakdown = ranking.getByRole('region', { name: 'Chi tiết điểm' });
    await suite.app.waitFor(async () => {
      await ranking.reload();
      await button.click();
      return (
        (await breakdown.getByText(`Vòng 2: ${self} điểm (lý do: Báo cáo bổ sung đủ căn cứ)`).count()) > 0
      );
    }, 30_000);
    await breakdown
      .getByText(/^Vòng 1: [\d.,]+ điểm/)
      .filter({ visible: true })
      .first()
      .waitFor();
    await breakdown
      .getByText(
        'Giải trình của đơn vị: Đơn vị đã hoàn thành nhiệm vụ; gửi kèm báo cáo bổ sung số 45/BC-SCT.',
      )
      .filter({ visible: true })
      .first()
      .waitFor();
    await ranking
      .getByText(/^Đang giải trình: /)
      .first()
      .waitFor();
    await suite.screenshot(ranking, 'explanation-ranking');
    await suite.expectAccessible(ranking);
    for (const page of [head, member, phone, headPhone, ranking]) await page.context().close();
  });
});
