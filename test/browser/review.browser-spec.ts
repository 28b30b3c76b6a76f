import { Page } from 'playwright-core';
import { BrowserSuite, PHONE } from './browser';

jest.setTimeout(180_000);

/** GraphQL over HTTP against the running API, as another client of the portal would call it. */
async function graphql<T>(suite: BrowserSuite, query: string, variables: object, token?: string): Promise<T> {
  const res = await fetch(`${suite.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length) throw Object.assign(new Error(body.errors[0].message), body.errors[0]);
  return body.data as T;
}

/**
 * The seed publishes and approves 2023-H1 and leaves 2023-FY half scored and unpublished: the group's head
 * of 2023 publishes FY first, so the board has something to decide. The worker may still be ranking the
 * latest scores; publishing says so with CONFLICT until it is done.
 */
async function signInApi(suite: BrowserSuite, email: string) {
  const { login } = await graphql<{ login: { token: string } }>(
    suite,
    `
      mutation ($e: String!) {
        login(email: $e, password: "ThiDua@2023") {
          token
        }
      }
    `,
    { e: email },
  );
  return login.token;
}

/**
 * The seed publishes and approves 2023-H1 and leaves 2023-FY half scored and unpublished: the group's head
 * of 2023 publishes FY first, so the board has something to decide. The worker may still be ranking the
 * latest scores; publishing says so with CONFLICT until it is done.
 */
async function publishYearEnd(suite: BrowserSuite, head: string, groupCode: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await graphql(
        suite,
        `
          mutation ($g: String!) {
            publishRanking(groupCode: $g, year: 2023, kind: FY) {
              id
            }
          }
        `,
        { g: groupCode },
        head,
      );
    } catch (error) {
      if ((error as { extensions?: { code?: string } }).extensions?.code !== 'CONFLICT' || attempt > 30)
        throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** The seed's reports carry no proof files: the head returns Gia Lai's year-end report, which comes back with one. */
async function addEvidence(suite: BrowserSuite, head: string) {
  const member = await signInApi(suite, 'sct-gia-lai@demo.thidua.vn');
  const { mySubmissions } = await graphql<{ mySubmissions: { id: string; kind: string }[] }>(
    suite,
    `
      {
        mySubmissions(year: 2023) {
          id
          kind
        }
      }
    `,
    {},
    member,
  );
  const id = mySubmissions.find((s) => s.kind === 'FY')!.id;
  await graphql(
    suite,
    `
      mutation ($id: ID!) {
        returnSubmission(id: $id, groupCode: "CTD-VIII", reason: "Thiếu tài liệu kiểm chứng tiêu chí 1.4") {
          id
        }
      }
    `,
    { id },
    head,
  );
  const pdf = Buffer.from('%PDF-1.7\nBáo cáo kiểm chứng (dữ liệu mẫu)\n%%EOF\n').toString('base64');
  await graphql(
    suite,
    `
      mutation ($i: EvidenceInput!) {
        attachEvidence(input: $i) {
          id
        }
      }
    `,
    { i: { submissionId: id, criterionId: '1.4', fileName: 'kiem-chung-1.4.pdf', contentBase64: pdf } },
    member,
  );
  await graphql(
    suite,
    `
      mutation ($id: ID!) {
        submitSubmission(id: $id) {
          id
        }
      }
    `,
    { id },
    member,
  );
}

async function openYearEnd(suite: BrowserSuite, page: Page, boardEmail: string, groupName: string) {
  await suite.signIn(page, boardEmail);
  await page.getByRole('combobox', { name: 'Năm' }).click();
  await page.getByRole('option', { name: '2023' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Phê duyệt' }).click();
  await page.getByRole('button', { name: `Xem xét kết quả ${groupName}, Cả năm 2023` }).click();
  await page.getByRole('table', { name: new RegExp(`^Xếp hạng ${groupName}`) }).waitFor();
}

describe('the award board workspace (Phê duyệt)', () => {
  let suite: BrowserSuite;

  beforeAll(async () => {
    suite = await BrowserSuite.start();
    const clusterHead = await signInApi(suite, 'sct-lam-dong@demo.thidua.vn');
    await addEvidence(suite, clusterHead);
    await publishYearEnd(suite, clusterHead, 'CTD-VIII');
    await publishYearEnd(suite, await signInApi(suite, 'bqlkkt-gia-lai@demo.thidua.vn'), 'KTD-KT-GIA-LAI');
  }, 180_000);
  afterAll(() => suite?.close());
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });

  it('names a group it oversees that has no ranking of the year yet', async () => {
    const page = await suite.page();
    await suite.signIn(page, 'vu-tccb-bct@demo.thidua.vn');
    await page.getByRole('navigation').getByRole('link', { name: 'Phê duyệt' }).click();
    // The year shown first is the current one, whose periods are still open: nothing published yet.
    const year = (await page.getByRole('combobox', { name: 'Năm' }).textContent())?.trim();
    await page
      .getByText(
        `Cụm thi đua số VIII – Sở Công Thương các tỉnh khu vực Tây Nguyên: năm ${year} chưa có kết quả xếp hạng được công bố.`,
      )
      .waitFor();
    expect(await page.getByRole('button', { name: /^Xem xét kết quả/ }).count()).toBe(0);
  });

  it('approves a published ranking with a decision number, refusing it without one in a sentence', async () => {
    const page = await suite.page();
    await openYearEnd(
      suite,
      page,
      'vu-tccb-bct@demo.thidua.vn',
      'Cụm thi đua số VIII – Sở Công Thương các tỉnh khu vực Tây Nguyên',
    );

    // Proposals by award title and the breakdown of a member.
    const proposals = page.getByRole('table', { name: /^Đề nghị khen thưởng/ });
    expect(await proposals.getByRole('row').count()).toBeGreaterThan(2);
    expect(await proposals.getByText(/^(GOV_FLAG|MIN_FLAG|MERIT)\b/).count()).toBe(0);
    await page
      .getByRole('table', { name: /^Xếp hạng Cụm thi đua số VIII/ })
      .getByRole('button', { name: 'Sở Công Thương tỉnh Gia Lai' })
      .click();
    await page.getByRole('region', { name: 'Chi tiết điểm' }).waitFor();
    const evidence = page.getByRole('region', { name: /^Tài liệu kiểm chứng của/ });
    const download = page.waitForEvent('download');
    await evidence.getByRole('button', { name: 'Tải kiem-chung-1.4.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('kiem-chung-1.4.pdf');
    await suite.screenshot(page, 'review');
    expect(await suite.accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    await page.getByText('Vui lòng nhập số quyết định trước khi phê duyệt.').waitFor();

    await page.getByLabel('Số quyết định').fill('210/QĐ-BCT');
    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Đã phê duyệt kết quả theo quyết định số 210/QĐ-BCT.' })
      .waitFor();
    const history = page.getByRole('table', { name: /^Các quyết định đã ghi/ });
    await history.getByRole('cell', { name: '210/QĐ-BCT' }).waitFor();
    expect(await page.getByRole('button', { name: 'Phê duyệt' }).count()).toBe(0);
    await suite.screenshot(page, 'review-approved');
    await page.context().close();
  });

  it('returns a published ranking to the head with a reason (390 px)', async () => {
    const page = await suite.page(PHONE);
    await openYearEnd(
      suite,
      page,
      'btdkt-gia-lai@demo.thidua.vn',
      'Khối thi đua các sở, ngành kinh tế tỉnh Gia Lai',
    );

    await page.getByRole('button', { name: 'Trả lại' }).click();
    await page.getByText('Vui lòng ghi lý do trả lại để cụm/khối trưởng biết cần sửa gì.').waitFor();
    const reason = 'Chưa chấm tiêu chí 2.1 cho ba đơn vị; đề nghị chấm đủ rồi công bố lại.';
    await page.getByLabel('Lý do').fill(reason);
    await page.getByRole('button', { name: 'Trả lại' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã trả lại kết quả cho cụm/khối trưởng.' }).waitFor();
    // Returned, the period goes back to the head to correct and publish again; the decision stays on record.
    await page
      .getByRole('table', { name: /^Các quyết định đã ghi/ })
      .getByRole('cell', { name: reason })
      .waitFor();
    await suite.screenshot(page, 'review-returned');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
