// Browser tests: the built web app served by the real API (and worker) on a loopback port, driven in
// Debian's Chromium through playwright-core, under the production Content-Security-Policy.
import axe from 'axe-core';
import { mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { seed } from '../../apps/api/src/seed/seed';
import { TestApp } from '../support/test-app';

export const SCREENSHOTS_DIR = join(__dirname, '../../var/screenshots');
export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

/** The policy the API sends in production (helmet); the app must run under it: no inline script, no CDN. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'";

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // A document the tests fulfil themselves (to add the production CSP) has no address of its own, so Chromium
  // counts it as public and refuses its WebSocket to the loopback server as a local-network request.
  '--disable-features=LocalNetworkAccessChecks',
];

export class BrowserSuite {
  /** Console errors and CSP violations seen by any page: a test ends by expecting none. */
  readonly problems: string[] = [];

  private constructor(
    readonly app: TestApp,
    readonly browser: Browser,
    readonly baseUrl: string,
  ) {}

  /** The API and worker on the demo data, listening on a free loopback port, and a headless Chromium. */
  static async start(): Promise<BrowserSuite> {
    const app = await TestApp.start({ worker: true });
    await seed(app.api, app.ownerUrl);
    await app.api.listen(0, '127.0.0.1');
    const { port } = app.api.getHttpServer().address() as AddressInfo;
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    return new BrowserSuite(app, browser, `http://127.0.0.1:${port}`);
  }

  async page(viewport = DESKTOP): Promise<Page> {
    const context: BrowserContext = await this.browser.newContext({ viewport, locale: 'vi-VN' });
    // The documents come back with the production CSP, so a violation shows here before it ships.
    await context.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    return page;
  }

  async signIn(page: Page, email: string, password = 'ThiDua@2023') {
    await page.goto(this.baseUrl + '/');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  }

  /** What the page shows, at its current size, in var/screenshots (see README). */
  async screenshot(page: Page, name: string) {
    const { width } = page.viewportSize() ?? DESKTOP;
    // A menu or popover still fading in would be photographed half transparent (page code as text, as below).
    await page.evaluate('Promise.allSettled(document.getAnimations().map((a) => a.finished))');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}-${width}.png`), fullPage: true });
  }

  /** The test fails on any serious or critical axe-core violation of the page as it is now. */
  async expectAccessible(page: Page) {
    expect(await this.accessibilityViolations(page)).toEqual([]);
  }

  /** axe-core's serious and critical violations on the page as it is now. */
  async accessibilityViolations(page: Page): Promise<string[]> {
    // Evaluated through the DevTools protocol, which the page's CSP does not govern (an inline tag would be refused).
    await page.evaluate(axe.source);
    // Page code as text: these files compile without the DOM's types.
    const results = await page.evaluate<axe.AxeResults>('axe.run(document)');
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }

  async close() {
    await this.browser.close();
    await this.app.close();
  }
}
