import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AccountRole } from '@alongside/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLIENT_DIST, launchBrowser, openPage, phoneContext, type WatchedPage } from './browser.js';
import { registerStaff } from './clients.js';
import { startServer, type TestServer } from './server.js';

/** One server (serving the built client) and one browser for a whole test file. */
export interface E2eWorld {
  server: TestServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startE2e(): Promise<E2eWorld> {
  const [server, browser] = await Promise.all([
    startServer({ env: { CLIENT_DIST } }),
    launchBrowser(),
  ]);
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A staff member's laptop: a wide screen, mouse and keyboard. */
export function desktopContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
}

/** The quick-exit page is external and the network is closed: answer it locally. */
export async function routeNeutralPage(context: BrowserContext): Promise<void> {
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ body: '<h1>Weather</h1>', contentType: 'text/html' }),
  );
}

export interface StaffCredentials {
  username: string;
  password: string;
  displayName: string;
}

/** A staff account made through a real invite, registered over HTTP (signing in is the UI's job). */
export async function staffAccount(
  server: TestServer,
  role: AccountRole,
  displayName: string,
): Promise<StaffCredentials> {
  const { token } = await server.app.accounts.createInvite(role, null);
  const { username, password } = await registerStaff(server.url, token, { displayName });
  return { username, password, displayName };
}

/** Opens the role's screen and signs in through the form. */
export async function signIn(
  context: BrowserContext,
  server: TestServer,
  role: AccountRole,
  credentials: StaffCredentials,
): Promise<WatchedPage> {
  const watched = await openPage(context, `${server.url}/#/${role}`);
  const { page } = watched;
  await page.getByTestId('username').fill(credentials.username);
  await page.getByTestId('password').fill(credentials.password);
  await page.getByTestId('sign-in').click();
  return watched;
}

/** A peer on a phone: through the consent note and the short form, into the queue. */
export async function peerAsksForSupport(
  browser: Browser,
  server: TestServer,
  input: { pseudonym: string; note?: string; topics?: string[] },
): Promise<WatchedPage & { context: BrowserContext }> {
  const context = await phoneContext(browser);
  await routeNeutralPage(context);
  const watched = await openPage(context, `${server.url}/`);
  const { page } = watched;
  await page.getByTestId('consent-continue').click();
  await page.getByTestId('pseudonym').fill(input.pseudonym);
  for (const topic of input.topics ?? []) await page.getByLabel(topic).check();
  if (input.note) await page.getByLabel(/know first/i).fill(input.note);
  await page.getByTestId('join-queue').click();
  await page.getByTestId('queue-position').waitFor();
  return { ...watched, context };
}

/** A supporter signed in on a laptop, on shift. */
export async function supporterOnShift(
  browser: Browser,
  server: TestServer,
  credentials: StaffCredentials,
): Promise<WatchedPage & { context: BrowserContext }> {
  const context = await desktopContext(browser);
  const watched = await signIn(context, server, 'supporter', credentials);
  await watched.page.getByTestId('start-shift').click();
  await watched.page.getByTestId('shift-status').waitFor();
  return { ...watched, context };
}

/**
 * Elements that stick out of the viewport sideways (ignoring what sits inside a scrolling
 * or clipping box, and visually hidden text), plus the document's own scroll width.
 */
export async function horizontalOverflow(
  page: Page,
): Promise<{ scrollWidth: number; width: number; offenders: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders: string[] = [];
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflowX = getComputedStyle(p).overflowX;
        if (overflowX !== 'visible') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const sticksOut = rect.right > width + 1 || rect.left < -1;
      // Text wider than its own box spills out too, even when the box itself fits.
      const spills =
        el.scrollWidth > el.clientWidth + 1 &&
        getComputedStyle(el).overflowX === 'visible' &&
        rect.left + el.scrollWidth > width + 1;
      if ((sticksOut || spills) && !clipped(el)) {
        offenders.push(
          `${el.tagName.toLowerCase()}.${el.className} (${Math.round(rect.left)}–${Math.round(rect.right)})`,
        );
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, offenders };
  });
}

/** Every href on the page that would run script. */
export function scriptHrefs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], [action], [formaction]')]
      .flatMap((el) => ['href', 'src', 'action', 'formaction'].map((a) => el.getAttribute(a)))
      .filter(
        (v): v is string => v !== null && /^\s*(javascript|vbscript|data:text\/html)/i.test(v),
      ),
  );
}

/**
 * Review images go to docs/screenshots only when asked (UPDATE_SCREENSHOTS=1), so an ordinary
 * test run leaves the tree clean; otherwise they land in a temp folder and are still taken.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? fileURLToPath(new URL('../../docs/screenshots', import.meta.url))
  : join(tmpdir(), 'alongside-screenshots');

/** A screenshot for review: PNG, viewport only (the pages are short). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: `${SCREENSHOTS}/${name}.png`,
    animations: 'disabled',
    caret: 'hide',
  });
}
