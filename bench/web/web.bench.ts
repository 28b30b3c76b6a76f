// The web app in headless Chromium at 1366×768 against the local API (its own migrated database, the worker
// in-process): the sign-in page's initial JavaScript (gzipped), the ranking page of a 20-member × 60-criterion
// group (table and chart drawn after navigation) and that group's scoring grid (drawn, then one keystroke
// painted). Goals: ≤ 200 KB, ≤ 1 s, ≤ 1 s, ≤ 50 ms. Run: npm run bench:web (after npm run build:web).
// Options (environment): BENCH_WEB_RUNS=n runs of each measurement (default 5); BENCH_WEB_ONLY=grid measures the
// scoring grid only; BENCH_WEB_COMPARE=<dir> also measures the grid with another build of the web app (e.g. a
// copy of apps/web/dist made before a change), run for run interleaved with this one, both builds then served
// to the page through the same request interception.
import { statSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, Page } from 'playwright-core';
import globalSetup from '../../test/support/global-setup';
import { createCluster, setScore } from '../../test/support/tenants';
import { TestApp } from '../../test/support/test-app';
import { benchRegulation, CHILDREN, MEMBERS, PARENTS } from '../support/bench-group';

const WEB_DIST = join(__dirname, '../../../apps/web/dist');
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
const ONLY_GRID = process.env.BENCH_WEB_ONLY === 'grid';
const COMPARE = process.env.BENCH_WEB_COMPARE;
const GOALS = { signInKb: 200, rankingMs: 1000, gridMs: 1000, keystrokeMs: 50 };

/** Resolves window.__paint with the time from the next keydown to the frame after its input event. */
// `void`: evaluate would otherwise wait for the promise itself, before any key is pressed.
const PAINT_PROBE = `void (window.__paint = new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('no input event within 5 s of the key')), 5000);
  document.addEventListener('keydown', (key) => {
    document.addEventListener('input', () => requestAnimationFrame(() => setTimeout(() =>
      resolve(performance.now() - key.timeStamp))), { once: true, capture: true });
  }, { once: true, capture: true });
}))`;

const verdict = (ok: boolean) => (ok ? 'goal met' : 'GOAL NOT MET');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (values: number[]) =>
  `median ${median(values).toFixed(0)} ms (runs: ${values.map((v) => v.toFixed(0)).join(', ')})`;

async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(baseUrl + '/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

async function main(): Promise<void> {
  await globalSetup();
  const app = await TestApp.start({ worker: true });
  await app.api.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(app.api.getHttpServer().address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  try {
    // Sign-in page: the scripts it loads, at their precompressed size.
    const signInPage = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const scripts: string[] = [];
    signInPage.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await signInPage.goto(baseUrl + '/');
    await signInPage.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    const signInKb = scripts.reduce((sum, p) => sum + statSync(join(WEB_DIST, `${p}.gz`)).size, 0) / 1024;
    await signInPage.close();
    const signInLine = `sign-in page, initial JavaScript gzipped: ${signInKb.toFixed(0)} KB (goal ≤ ${GOALS.signInKb} KB: ${verdict(signInKb <= GOALS.signInKb)})`;

    // The group: every member submits H1 and FY; the head scores all 60 criteria of everyone in both.
    const year = new Date().getFullYear();
    const started = Date.now();
    const cluster = await createCluster(app, { size: MEMBERS, year, regulation: benchRegulation });
    const [head] = cluster.members;
    for (const kind of ['H1', 'FY'] as const) {
      for (const member of cluster.members) {
        const { createSubmission } = await app.ok(
          `mutation($i: SubmissionInput!) { createSubmission(input: $i) { id } }`,
          { i: { groupCodes: [cluster.code], year, kind } },
          member.token,
        );
        await app.ok(
          `mutation($id: ID!) { submitSubmission(id: $id) { id } }`,
          { id: createSubmission.id },
          member.token,
        );
      }
    }
    for (const [m, member] of cluster.members.entries()) {
      for (let p = 1; p <= PARENTS; p++) {
        for (let c = 1; c <= CHILDREN; c++) {
          const points = String(((m + p + c) % 5) * 0.5);
          await setScore(app, cluster, head.token, member.code, `${p}.${c}`, points);
          if (c % 2 === 0) await setScore(app, cluster, head.token, member.code, `${p}.${c}`, points, 'FY');
        }
      }
    }
    await app.waitFor(
      async () =>
        (
          await app.gql(
            `mutation($g: String!, $y: Int!) { publishRanking(groupCode: $g, year: $y, kind: H1) { id } }`,
            { g: cluster.code, y: year },
            head.token,
          )
        ).data,
      120_000,
    );
    console.log(
      `web app — ${MEMBERS} members × ${PARENTS * CHILDREN} criteria, data set up in ${((Date.now() - started) / 1000).toFixed(0)} s (node ${process.version}, ${browser.version()})`,
    );

    console.log(signInLine);
    const emailOf = (code: string) => `${code}@test.thidua.vn`;
    if (!ONLY_GRID) await measureRanking();
    await measureGrid();

    async function measureRanking() {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
      const page = await context.newPage();
      await signIn(page, baseUrl, emailOf(cluster.members[1].code), 'ThiDua@Test1');

      // Ranking page: from navigation until the table has every member and the chart every bar.
      const ranking: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const t0 = Date.now();
        await page.goto(`${baseUrl}/ranking?group=${cluster.code}&kind=H1`);
        await page
          .locator('table tbody tr')
          .nth(MEMBERS - 1)
          .waitFor();
        await page
          .locator('[role="img"] .recharts-bar-rectangle')
          .nth(MEMBERS - 1)
          .waitFor();
        ranking.push(Date.now() - t0);
      }
      console.log(
        `ranking page, table and chart drawn: ${fmt(ranking)} (goal ≤ ${GOALS.rankingMs} ms: ${verdict(median(ranking) <= GOALS.rankingMs)})`,
      );

      await context.close();
    }

    // Scoring grid (head, FY): drawn with every score input, then one digit typed into a cell and painted.
    async function measureGrid() {
      const builds = COMPARE ? [WEB_DIST, COMPARE] : [WEB_DIST];
      const pages: Page[] = [];
      for (const dist of builds) {
        const headContext = await browser.newContext({
          viewport: { width: 1366, height: 768 },
          locale: 'vi-VN',
        });
        if (COMPARE) {
          // Every path but /graphql from this build's files (index.html for client routes), as the API serves them.
          await headContext.route(
            (url) => url.origin === baseUrl && url.pathname !== '/graphql',
            (route) => {
              const path = new URL(route.request().url()).pathname;
              const file = /\.[a-z0-9]+$/i.test(path) ? join(dist, path) : join(dist, 'index.html');
              return route.fulfill({ path: file });
            },
          );
        }
        const headPage = await headContext.newPage();
        await signIn(headPage, baseUrl, emailOf(head.code), 'ThiDua@Test1');
        pages.push(headPage);
      }
      const grid = builds.map(() => [] as number[]);
      const keystroke = builds.map(() => [] as number[]);
      const lastCell = `${cluster.members[MEMBERS - 1].code} ${PARENTS}.${CHILDREN}`;
      for (let run = 0; run < RUNS; run++) {
        for (const [b, headPage] of pages.entries()) {
          const t0 = Date.now();
          await headPage.goto(`${baseUrl}/scoring?group=${cluster.code}&kind=FY`);
          await headPage.getByLabel(lastCell, { exact: true }).waitFor();
          grid[b].push(Date.now() - t0);
          const cell = headPage.getByLabel(`${cluster.members[(run % (MEMBERS - 1)) + 1].code} 1.1`, {
            exact: true,
          });
          await cell.focus();
          // From the key event to the next frame painted with the new value (page code as text: no DOM types here).
          await headPage.evaluate(PAINT_PROBE);
          await headPage.keyboard.press('1');
          keystroke[b].push(await headPage.evaluate<number>('window.__paint'));
          await headPage.keyboard.press('Escape');
        }
      }
      for (const [b, dist] of builds.entries()) {
        const of = COMPARE ? ` [${dist}]` : '';
        console.log(
          `scoring grid drawn${of}: ${fmt(grid[b])} (goal ≤ ${GOALS.gridMs} ms: ${verdict(median(grid[b]) <= GOALS.gridMs)})`,
        );
        console.log(
          `keystroke in a grid cell painted${of}: ${fmt(keystroke[b])} (goal ≤ ${GOALS.keystrokeMs} ms: ${verdict(median(keystroke[b]) <= GOALS.keystrokeMs)})`,
        );
      }
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
