import { BrowserSuite } from './browser';

jest.setTimeout(120_000);

const EMAIL = 'sct-gia-lai@demo.thidua.vn';
const savedSession = (json: string | null) =>
  JSON.parse(json!) as { token: string; refreshToken: string; expiresAt: string };

/** Access tokens of 62 s: under a minute is left almost at once, so the app refreshes before its next request. */
describe('a session in the browser', () => {
  let suite: BrowserSuite;
  beforeAll(async () => {
    process.env.ACCESS_TOKEN_TTL = '62';
    suite = await BrowserSuite.start();
  });
  afterAll(async () => {
    delete process.env.ACCESS_TOKEN_TTL;
    await suite?.close();
  });
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });

  it('lives on past its access token by refreshing, and a replayed refresh token ends it', async () => {
    const page = await suite.page();
    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('refreshSession'))
        refreshes.push(request.postData()!);
    });
    await suite.signIn(page, EMAIL);
    await page.getByRole('navigation').waitFor();
    const first = savedSession(await page.evaluate<string | null>(`localStorage.getItem('thidua.session')`));

    await page.waitForTimeout(2_500);
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByRole('option', { name: '2023' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Kết quả xếp hạng' }).click();
    await page.getByRole('columnheader', { name: 'Tổng điểm' }).first().waitFor();
    // At least one refresh, and never one refresh token twice (the server would take a replay for theft and
    // end the session). A second refresh is fair when the page's queries outlast the first token's 2 s of margin.
    const used = refreshes.map(
      (body) => (JSON.parse(body) as { variables: { refreshToken: string } }).variables.refreshToken,
    );
    expect(used.length).toBeGreaterThanOrEqual(1);
    expect(new Set(used).size).toBe(used.length);
    const second = savedSession(await page.evaluate<string | null>(`localStorage.getItem('thidua.session')`));
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(Date.parse(second.expiresAt)).toBeGreaterThan(Date.parse(first.expiresAt));

    // Someone replays the first refresh token: the server takes it for a stolen copy and revokes the session.
    const replay = await suite.app.gql(
      `mutation($r: String!) { refreshSession(refreshToken: $r) { token } }`,
      {
        r: first.refreshToken,
      },
    );
    expect(replay.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REVOKED' });
    await page.reload();
    await page.getByText('Phiên làm việc đã bị thu hồi', { exact: false }).waitFor();
    await page.context().close();
  });

  it('signs out on the server too: the token left behind is refused', async () => {
    const page = await suite.page();
    await suite.signIn(page, EMAIL);
    await page.getByRole('navigation').waitFor();
    const { token } = savedSession(
      await page.evaluate<string | null>(`localStorage.getItem('thidua.session')`),
    );
    expect((await suite.app.gql('{ me { id } }', {}, token)).data).toBeTruthy();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    const after = await suite.app.gql('{ me { id } }', {}, token);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await page.context().close();
  });
});
