import type { Page } from 'playwright-core';
import { BrowserSuite, PHONE } from './browser';

jest.setTimeout(240_000);

const GROUP = 'KTD-KT-GIA-LAI';
const YEAR = new Date().getFullYear();
const NEXT = YEAR + 1;

/**
 * Next year in the demo's Khối kinh tế Gia Lai (issue 11.6): the head of the current year opens the election,
 * members vote in the 'Năm thi đua' workspace, the head closes it and hands over, and the elected head of next
 * year opens next year's draft regulation, saves and publishes it in the regulation editor.
 */
describe('next year: the election of the head and deputy, the handover, the draft regulation', () => {
  let suite: BrowserSuite;
  beforeAll(async () => {
    suite = await BrowserSuite.start();
    // The year-end meeting has its results: the demo's current FY is still open, so it is marked published.
    await suite.app.owner((db) =>
      db.query(
        `UPDATE period SET state = 'PUBLISHED' FROM emulation_group g WHERE period.group_id = g.id AND g.code = $1 AND period.year = $2 AND period.kind = 'FY'`,
        [GROUP, YEAR],
      ),
    );
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
    await page.getByRole('navigation').getByRole('link', { name: 'Năm thi đua' }).click();
    await page.getByRole('heading', { name: 'Năm thi đua', exact: true }).waitFor();
    return page;
  };
  const region = (page: Page) =>
    page.getByRole('region', { name: `Bầu cụm/khối trưởng, cụm/khối phó năm ${NEXT}` });
  const vote = async (page: Page, head: string, deputy: string) => {
    const election = region(page);
    await election.getByRole('combobox', { name: `Cụm/khối trưởng năm ${NEXT}` }).click();
    await page.getByRole('option', { name: head }).click();
    await election.getByRole('combobox', { name: `Cụm/khối phó năm ${NEXT}` }).click();
    await page.getByRole('option', { name: deputy }).click();
    await election.getByRole('button', { name: /^(Bỏ phiếu|Thay phiếu bầu)$/ }).click();
    await election.getByRole('status').getByText('Đã ghi nhận phiếu bầu của đơn vị.').waitFor();
  };
  const STTTT = 'Sở Thông tin và Truyền thông tỉnh Gia Lai';
  const SNN = 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Gia Lai';

  it('members vote, the head closes and hands over, the new head edits and publishes next year’s draft', async () => {
    const head = await open('quy-bvptr-gia-lai@demo.thidua.vn');
    await region(head).getByRole('button', { name: 'Mở bầu' }).click();
    await region(head)
      .getByText(/Đã bỏ phiếu: 0\/8 đơn vị/)
      .waitFor();

    const member = await open('stttt-gia-lai@demo.thidua.vn');
    // The same member's page at phone width, before voting: the ballot form stacks.
    await vote(member, STTTT, SNN);
    await region(member)
      .getByText(new RegExp(`Đơn vị đã bầu ${STTTT} làm cụm/khối trưởng`))
      .waitFor();
    // Secret until closed: a member sees who voted, not the counts.
    expect(await region(member).getByRole('table').count()).toBe(0);
    await suite.screenshot(member, 'succession-member');
    await expectAccessible(member);
    const phone = await open('snnptnt-gia-lai@demo.thidua.vn', PHONE);
    await vote(phone, STTTT, SNN);
    await suite.screenshot(phone, 'succession-member');
    await expectAccessible(phone);
    await vote(head, SNN, STTTT);

    await head.reload();
    const election = region(head);
    await election.getByText(/Đã bỏ phiếu: 3\/8 đơn vị/).waitFor();
    const tally = election.getByRole('table', { name: 'Số phiếu bầu cụm/khối trưởng' });
    expect(await tally.getByRole('row').allInnerTexts()).toEqual([
      'Đơn vị\tSố phiếu',
      `${STTTT}\t2`,
      `${SNN}\t1`,
    ]);
    await suite.screenshot(head, 'succession-head');
    await expectAccessible(head);
    await election.getByRole('button', { name: 'Kết thúc bầu' }).click();
    await head
      .getByRole('dialog', { name: `Kết thúc bầu và bàn giao cho năm ${NEXT}` })
      .getByRole('button', { name: 'Kết thúc bầu' })
      .click();
    await election
      .getByText(
        `Quỹ Bảo vệ và Phát triển rừng tỉnh Gia Lai bàn giao cho ${STTTT}, cụm/khối trưởng năm ${NEXT}; cụm/khối phó: ${SNN}.`,
      )
      .waitFor();
    await election.getByText(/Cách xác định: Các thành viên bỏ phiếu\./).waitFor();
    await suite.screenshot(head, 'succession-handover');
    await expectAccessible(head);

    // The new head reaches next year in the header, then the regulation editor opens the draft.
    await member.getByRole('combobox', { name: `Năm ${YEAR}`, exact: true }).click();
    await member.getByRole('option', { name: String(NEXT) }).click();
    await member.getByRole('navigation').getByRole('link', { name: 'Chấm điểm' }).click();
    await member.getByRole('tab', { name: 'Quy chế' }).click();
    await member.getByText(new RegExp(`Dự thảo quy chế năm ${NEXT}, sao từ quy chế năm ${YEAR}`)).waitFor();
    const documentBox = member.getByLabel('Văn bản quy chế (JSON)');
    const draft = JSON.parse(await documentBox.inputValue());
    expect(draft).toMatchObject({ group: GROUP, year: NEXT, decision: { number: '', date: '' } });
    // As copied the decision is empty: publishing lists the problem; entered, it saves and publishes.
    await member.getByRole('button', { name: 'Công bố quy chế' }).click();
    await member
      .getByRole('alert')
      .getByText(/Quy chế có \d+ lỗi cần sửa/)
      .waitFor();
    draft.decision = { number: '15/QĐ-KTĐ (dữ liệu mẫu)', date: `${NEXT}-01-15` };
    await documentBox.fill(JSON.stringify(draft, null, 2));
    await member.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await member.getByRole('status').getByText('Đã lưu dự thảo quy chế.').waitFor();
    await suite.screenshot(member, 'succession-draft');
    await expectAccessible(member);
    await member.getByRole('button', { name: 'Công bố quy chế' }).click();
    await member.getByRole('status').getByText('Đã công bố quy chế, phiên bản 1.').waitFor();
    for (const page of [head, member, phone]) await page.context().close();
  });
});
