import type { Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import { BrowserSuite, PHONE, SCREENSHOTS_DIR } from './browser';

jest.setTimeout(240_000);

const GROUP = 'CTD-VIII';
// Page code as text: the test files compile without the DOM's types (see browser.ts).
const centre = `(el) => {
  let frame = el.parentElement;
  while (frame && frame.scrollHeight <= frame.clientHeight + 1) frame = frame.parentElement;
  if (frame) frame.scrollTop += el.getBoundingClientRect().top - frame.getBoundingClientRect().top - 140;
}`;
const HEAD = 'sct-lam-dong@demo.thidua.vn';
const BOARD = 'vu-tccb-bct@demo.thidua.vn';

/**
 * Format 2 in the head's grid and the board's workspace (issue 10). The demo's Cụm VIII 2023 year-end period is
 * put under a format 2 version of its regulation (facts, an optional criterion, a board-scored one, fixed and
 * per_item deductions, a decision tie-break): inserted behind the application's back, since a period already
 * being scored keeps the version it was scored under when a new one is published. A new row is a new id, so
 * the API and the worker validate it afresh, as format 2.
 */
describe('format 2 in the head and board workspaces', () => {
  let suite: BrowserSuite;
  let periodId: string;
  beforeAll(async () => {
    suite = await BrowserSuite.start();
    periodId = await suite.app.owner(async (db) => {
      const { rows } = await db.query(
        `SELECT p.id, r.id AS regulation, r.document FROM period p JOIN emulation_group g ON g.id = p.group_id
           JOIN regulation r ON r.id = p.regulation_id WHERE g.code = $1 AND p.year = 2023 AND p.kind = 'FY'`,
        [GROUP],
      );
      const doc = rows[0].document;
      doc.format = 2;
      doc.facts = [
        { id: 'TTLDXS', title: 'Đạt danh hiệu Tập thể lao động xuất sắc' },
        { id: 'UNDER_REVIEW', title: 'Đang bị xem xét kỷ luật, thanh tra', setBy: 'BOARD' },
      ];
      doc.criteria[2].optional = true; // 3, a manual top-level criterion
      doc.criteria[1].children[0].scoredBy = 'BOARD'; // 2.1
      doc.deductions.push(
        { id: 'D4', title: 'Không ký giao ước thi đua', kind: 'fixed', points: 8 },
        { id: 'D5', title: 'Mỗi báo cáo sai thẩm quyền', kind: 'per_item', points: 0.5, max: 2 },
      );
      doc.tieBreaks.push({ type: 'decision', by: 'HEAD' });
      const inserted = await db.query(
        `INSERT INTO regulation (group_id, year, version, decision_number, document, published_by)
           SELECT group_id, year, (SELECT max(version) + 1 FROM regulation r2 WHERE r2.group_id = r.group_id
             AND r2.year = r.year), decision_number, $2, published_by FROM regulation r WHERE id = $1
           RETURNING id`,
        [rows[0].regulation, doc],
      );
      await db.query(`UPDATE period SET regulation_id = $2 WHERE id = $1`, [rows[0].id, inserted.rows[0].id]);
      return rows[0].id as string;
    });
  });
  afterAll(() => suite?.close());
  afterEach(() => {
    expect(suite.problems).toEqual([]);
    suite.problems.length = 0;
  });

  const openSheet = async (viewport?: typeof PHONE) => {
    const page = await suite.page(viewport);
    await suite.signIn(page, HEAD);
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByRole('option', { name: '2023' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Chấm điểm' }).click();
    await page.getByRole('combobox', { name: 'Kỳ' }).click();
    await page.getByRole('option', { name: 'Cả năm' }).click();
    await page.getByRole('table', { name: /Bảng chấm điểm Cụm thi đua số VIII/ }).waitFor();
    return page;
  };
  /** The grid cell (within `scope`) of the control labelled `label`. */
  const cellOf = (page: Page, label: string, scope: Page | Locator = page) =>
    scope.getByRole('cell').filter({ has: page.getByLabel(label, { exact: true }) });

  it('lets the head set a fact and mark an optional criterion not applicable, each with a reason', async () => {
    const page = await openSheet();
    const member = 'sct-dak-lak';
    // The board's criterion and fact: shown read-only, and not at all.
    expect(await page.getByLabel(`${member} 2.1`, { exact: true }).getAttribute('readonly')).not.toBeNull();
    expect(await page.getByLabel(`${member} UNDER_REVIEW`).count()).toBe(0);

    const fact = page.getByRole('switch', { name: `${member} TTLDXS` });
    await fact.click();
    const factReason = cellOf(page, `${member} TTLDXS`).getByLabel('Lý do');
    await factReason.fill('Quyết định 45/QĐ-UBND ngày 10/01/2024');
    await factReason.press('Enter');
    await cellOf(page, `${member} TTLDXS`)
      .getByText(/Đã lưu/)
      .waitFor();

    await page.getByRole('checkbox', { name: `${member} 3 không áp dụng` }).click();
    const naReason = cellOf(page, `${member} 3`).getByLabel('Lý do');
    await naReason.fill('Đơn vị chưa có tổ chức đảng riêng');
    await naReason.press('Enter');
    await cellOf(page, `${member} 3`)
      .getByText(/Đã lưu/)
      .waitFor();

    const stored = await suite.app.owner(async (db) => ({
      facts: (
        await db.query(
          `SELECT f.fact_id, f.value, f.reason FROM member_fact f JOIN organization o ON o.id = f.member_id
             WHERE f.period_id = $1 AND o.code = $2`,
          [periodId, member],
        )
      ).rows,
      marks: (
        await db.query(
          `SELECT s.criterion_id, s.reason FROM score s JOIN organization o ON o.id = s.member_id
             WHERE s.period_id = $1 AND o.code = $2 AND s.not_applicable`,
          [periodId, member],
        )
      ).rows,
    }));
    expect(stored).toEqual({
      facts: [{ fact_id: 'TTLDXS', value: true, reason: 'Quyết định 45/QĐ-UBND ngày 10/01/2024' }],
      marks: [{ criterion_id: '3', reason: 'Đơn vị chưa có tổ chức đảng riêng' }],
    });
    // The grid scrolls inside its frame (under a sticky header): the board's criterion row, then the facts.
    const boardRow = page.getByRole('row').filter({ has: page.getByLabel(`${member} 2.1`, { exact: true }) });
    await boardRow.scrollIntoViewIfNeeded();
    await boardRow.hover();
    await page.mouse.wheel(0, -25);
    await page
      .getByRole('group', { name: /^Bảng chấm điểm/ })
      .screenshot({ path: join(SCREENSHOTS_DIR, 'format2-scoring-board-row-1366.png') });
    await page.getByRole('switch', { name: `${member} D4` }).evaluate(centre);
    await suite.screenshot(page, 'format2-scoring');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await page.context().close();

    const phone = await openSheet(PHONE);
    // Once the ranking preview is in, the grid is drawn for good.
    await phone.getByRole('table', { name: /^Xếp hạng Cụm thi đua số VIII/ }).waitFor();
    await phone.getByRole('checkbox', { name: `${member} 3 không áp dụng` }).scrollIntoViewIfNeeded();
    await suite.screenshot(phone, 'format2-scoring');
    await phone.context().close();
  });

  it('lets the board set its own fact and score its own criterion', async () => {
    const page = await suite.page();
    await suite.signIn(page, BOARD);
    await page.getByRole('combobox', { name: 'Năm' }).click();
    await page.getByRole('option', { name: '2023' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Phê duyệt' }).click();
    const section = page.getByRole('region', {
      name: /^Phần cơ quan thi đua – khen thưởng chấm: Cụm thi đua số VIII.*Cả năm/,
    });
    await section.waitFor();
    const member = 'sct-kon-tum';
    await section.getByRole('switch', { name: `${member} UNDER_REVIEW` }).click();
    const reason = cellOf(page, `${member} UNDER_REVIEW`, section).getByLabel('Lý do');
    await reason.fill('Có đơn thư chưa kết luận');
    await reason.press('Enter');
    await cellOf(page, `${member} UNDER_REVIEW`, section)
      .getByText(/Đã lưu/)
      .waitFor();
    await section.getByLabel(`${member} 2.1`, { exact: true }).fill('7,5');
    await cellOf(page, `${member} 2.1`, section).getByLabel('Lý do').fill('Kế hoạch ban hành đúng hạn');
    await cellOf(page, `${member} 2.1`, section).getByLabel('Lý do').press('Enter');
    await cellOf(page, `${member} 2.1`, section)
      .getByText(/Đã lưu/)
      .waitFor();
    await suite.screenshot(page, 'format2-review');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    await suite.screenshot(page, 'format2-review');
    await page.context().close();
  });

  it('lets the head order the members its decision tie-break leaves tied', async () => {
    // Once the worker has ranked the saves above, two members are tied by hand in the latest ranking.
    await suite.app.waitFor(
      async () =>
        suite.app.owner(async (db) =>
          (await db.query(`SELECT 1 FROM outbox_event WHERE published_at IS NULL`)).rowCount === 0
            ? true
            : null,
        ),
      60_000,
    );
    await new Promise((r) => setTimeout(r, 3000));
    const tied = await suite.app.owner(async (db) => {
      const { rows } = await db.query(
        `SELECT id, entries FROM ranking_snapshot WHERE period_id = $1 ORDER BY version DESC LIMIT 1`,
        [periodId],
      );
      const entries = rows[0].entries;
      entries[1].rank = entries[0].rank;
      entries[0].tieDecisionBy = entries[1].tieDecisionBy = 'HEAD';
      await db.query(`UPDATE ranking_snapshot SET entries = $2 WHERE id = $1`, [
        rows[0].id,
        JSON.stringify(entries),
      ]);
      return entries[0].rank as number;
    });
    const page = await openSheet();
    const panel = page.getByRole('region', { name: 'Đơn vị đồng hạng chờ quyết định thứ tự' });
    await panel.waitFor();
    const order = panel.getByRole('list', { name: `Thứ tự các đơn vị đồng hạng ${tied}` });
    const first = await order.getByRole('listitem').nth(0).innerText();
    await order
      .getByRole('listitem')
      .nth(1)
      .getByRole('button', { name: /lên trên$/ })
      .click();
    expect(await order.getByRole('listitem').nth(1).innerText()).toBe(first);
    await panel.scrollIntoViewIfNeeded();
    await suite.screenshot(page, 'format2-tie');
    expect(await suite.accessibilityViolations(page)).toEqual([]);
    // On a phone too, then confirmed there.
    await page.setViewportSize(PHONE);
    await panel.scrollIntoViewIfNeeded();
    await suite.screenshot(page, 'format2-tie');
    await panel.getByRole('button', { name: `Xác nhận thứ tự hạng ${tied}` }).click();
    await panel.getByText(new RegExp(`^Đã ghi thứ tự hạng ${tied}: `)).waitFor();
    const decided = await suite.app.owner(
      async (db) =>
        (await db.query(`SELECT decided_by FROM tie_decision WHERE period_id = $1`, [periodId])).rows,
    );
    expect(decided).toEqual([{ decided_by: 'HEAD' }]);
    await page.context().close();
  });
});
