import type { Page, WebSocketRoute } from 'playwright-core';
import { BrowserSuite } from './browser';

jest.setTimeout(180_000);

const HEAD = 'sct-lam-dong@demo.thidua.vn';
const MEMBER = 'sct-gia-lai@demo.thidua.vn';
const PASSWORD = 'ThiDua@2023';

/**
 * Live pages (issue 12.3): the demo's 2023 year end in Cụm VIII is being scored. A score the head gives
 * elsewhere shows in its open ranking page, and a member's bell counts a new notification, without a reload;
 * a member whose connection was lost catches up when it comes back.
 */
describe('pages that follow changes live', () => {
  let suite: BrowserSuite;
  let headToken: string;
  beforeAll(async () => {
    suite = await BrowserSuite.start();
    headToken = await suite.app.login(HEAD, PASSWORD);
  });
  afterAll(() => suite?.close());
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });

  const open = async (email: string, link: string) => {
    const page = await suite.page();
    await suite.signIn(page, email);
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByRole('option', { name: '2023' }).click();
    await page.getByRole('navigation').getByRole('link', { name: link }).click();
    return page;
  };
  const bell = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Thông báo/ });
  const unread = async (page: Page) =>
    Number((await bell(page).getAttribute('aria-label'))?.match(/\d+/)?.[0] ?? 0);
  const fySubmission = async (memberCode: string) => {
    const { submissionsForScoring } = await suite.app.ok(
      `query { submissionsForScoring(groupCode: "CTD-VIII", year: 2023, kind: FY) { id state organization { code } } }`,
      {},
      headToken,
    );
    return (submissionsForScoring as { id: string; state: string; organization: { code: string } }[]).find(
      (s) => s.organization.code === memberCode && s.state === 'SUBMITTED',
    )!;
  };

  it('shows the head a score given elsewhere in the open ranking, without a reload', async () => {
    const page = await open(HEAD, 'Kết quả xếp hạng');
    await page.getByRole('combobox', { name: 'Cụm, khối thi đua' }).click();
    await page.getByRole('option', { name: /Cụm thi đua số VIII/ }).click();
    await page.getByRole('combobox', { name: 'Kỳ' }).click();
    await page.getByRole('option', { name: 'Cả năm' }).click();
    const row = page
      .getByRole('table', { name: /Xếp hạng Cụm thi đua số VIII/ })
      .getByRole('row', { name: /Sở Công Thương tỉnh Gia Lai/ });
    await row.waitFor();
    const before = await row.innerText();
    const reloads: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && reloads.push(f.url()));

    await suite.app.ok(
      `mutation($i: ScoreInput!) { setScore(input: $i) { points } }`,
      {
        i: {
          groupCode: 'CTD-VIII',
          year: 2023,
          kind: 'FY',
          memberCode: 'sct-gia-lai',
          criterionId: '1.4',
          points: '3',
          reason: 'Chậm 2 nhiệm vụ',
        },
      },
      headToken,
    );
    await suite.app.waitFor(async () => (await row.innerText()) !== before);
    expect(await row.innerText()).not.toBe(before);
    expect(reloads).toEqual([]);
    await page.context().close();
  });

  it("counts a member's new notification in its bell, and catches up after a lost connection", async () => {
    let offline = false;
    const sockets: WebSocketRoute[] = [];
    const page = await suite.page();
    // The page's WebSocket goes through here: "offline" closes it and refuses reconnections until lifted.
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (offline) return ws.close({ code: 1006, reason: 'offline' });
      ws.connectToServer();
      sockets.push(ws);
    });
    await suite.signIn(page, MEMBER);
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByRole('option', { name: '2023' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).click();
    await bell(page).waitFor();
    // The bell has read the member's notifications (its label settles).
    await page.waitForTimeout(1000);
    const first = await unread(page);

    const { id } = await fySubmission('sct-gia-lai');
    await suite.app.ok(
      `mutation($id: ID!) { returnSubmission(id: $id, groupCode: "CTD-VIII", reason: "Bổ sung biểu số liệu xuất khẩu") { id } }`,
      { id },
      headToken,
    );
    await suite.app.waitFor(async () => (await unread(page)) > first);
    expect(await unread(page)).toBe(first + 1);
    await bell(page).click();
    await page
      .getByRole('dialog', { name: 'Thông báo' })
      .getByRole('link', { name: /trả lại báo cáo năm 2023 của đơn vị: Bổ sung biểu số liệu xuất khẩu/ })
      .waitFor();
    await page.keyboard.press('Escape');

    // Lost: what happens meanwhile is not pushed; back, the page reads it.
    offline = true;
    for (const ws of sockets.splice(0)) await ws.close({ code: 1006, reason: 'offline' });
    await suite.app.ok(
      `mutation($g: String!, $d: DateTime!) { publishCovenant(groupCode: $g, year: 2023, commitments: [{ text: "Nộp báo cáo đúng hạn" }], registrationDeadline: $d) { id } }`,
      { g: 'CTD-VIII', d: '2030-12-31T10:00:00Z' },
      headToken,
    );
    await page.waitForTimeout(1500);
    expect(await unread(page)).toBe(first + 1);
    offline = false;
    // graphql-ws waits a few seconds between attempts; on reconnecting, the page reads its data again.
    await suite.app.waitFor(async () => (await unread(page)) > first + 1, 60_000);
    expect(await unread(page)).toBe(first + 2);
    await page.context().close();
  });
});
