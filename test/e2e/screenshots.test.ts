import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, phoneContext, type WatchedPage } from '../helpers/browser.js';
import {
  desktopContext,
  horizontalOverflow,
  routeNeutralPage,
  screenshot,
  signIn,
  staffAccount,
  startE2e,
  supporterOnShift,
  type E2eWorld,
} from '../helpers/e2e.js';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 860 };

/** Both sizes of one screen, for review in docs/screenshots (and no sideways scrolling on either). */
async function both(page: Page, name: string, options: { top?: boolean } = {}): Promise<void> {
  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    if (options.top !== false) await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `${name}-${size}`);
    expect((await horizontalOverflow(page)).scrollWidth, `${name} at ${size}`).toBeLessThanOrEqual(
      viewport.width,
    );
  }
}

describe('screenshots of every role for review', () => {
  let world: E2eWorld;
  let moderator: WatchedPage;
  let supporter: WatchedPage;
  let peer: WatchedPage;

  beforeAll(async () => {
    world = await startE2e();
    const [moderatorAccount, supporterAccount] = await Promise.all([
      staffAccount(world.server, 'moderator', 'Morgan'),
      staffAccount(world.server, 'supporter', 'Sam'),
    ]);
    moderator = await signIn(
      await desktopContext(world.browser),
      world.server,
      'moderator',
      moderatorAccount,
    );
    supporter = await supporterOnShift(world.browser, world.server, supporterAccount);
    const context = await phoneContext(world.browser);
    await routeNeutralPage(context);
    peer = await openPage(context, `${world.server.url}/`);
  });
  afterAll(async () => {
    await world.close();
  });

  it('peer: consent, the short form and the waiting room', async () => {
    const { page } = peer;
    await page.getByTestId('consent-continue').waitFor();
    await screenshot(page, 'peer-consent-phone');
    await page.getByTestId('consent-continue').click();
    await page.getByTestId('pseudonym').fill('Robin');
    await page.getByLabel('Anxiety').check();
    await page.getByLabel('Loneliness').check();
    await page.getByLabel(/know first/i).fill('Things have been hard since I moved');
    await both(page, 'peer-join');
    await page.getByTestId('join-queue').click();
    await page.getByTestId('queue-position').waitFor();
    await page.getByTestId('composer').fill('Hi, I am not sure where to start');
    await both(page, 'peer-waiting');
  });

  it('peer and supporter: a chat, then a flag with its protocol card and crisis resources', async () => {
    await supporter.page.getByTestId('accept').click();
    await peer.page.getByTestId('send').click();
    await supporter.page
      .getByTestId('composer')
      .fill("Thanks for reaching out, Robin. I'm listening.");
    await supporter.page.getByTestId('send').click();
    await peer.page.getByText("I'm listening.").waitFor();
    await peer.page.getByTestId('composer').fill("honestly i want to die, i can't do this");
    await peer.page.getByTestId('send').click();
    await peer.page.getByTestId('help-panel').waitFor();
    await supporter.page.getByTestId('protocol-card').waitFor();
    await supporter.page
      .getByTestId('composer')
      .fill('Thank you for telling me. Are you safe right now?');
    await both(peer.page, 'peer-resources');
    await both(supporter.page, 'supporter-protocol-card');
  });

  it('moderator: the dashboard with a flag, then the audited open', async () => {
    const card = moderator.page.getByTestId('flag-card');
    await card.waitFor();
    await moderator.page
      .getByTestId('flag-alert')
      .getByText(/new safety flag/i)
      .waitFor();
    await both(moderator.page, 'moderator-flag');
    await card.getByTestId('acknowledge-flag').click();
    await card.getByTestId('open-flag').click();
    await card.getByTestId('flag-transcript').waitFor();
    await card.getByTestId('flag-transcript').scrollIntoViewIfNeeded();
    await both(moderator.page, 'moderator-opened', { top: false });
    await card.getByTestId('join-chat').click();
    const joined = moderator.page.getByTestId('joined-chats');
    await joined.getByTestId('composer').fill("Hi Robin, I'm Morgan, one of the moderators.");
    await joined.getByTestId('send').click();
    await joined.scrollIntoViewIfNeeded();
    await both(moderator.page, 'moderator-joined-chat', { top: false });
  });

  it('peer: the chat with a moderator in it, urgent help on request, and their data', async () => {
    const { page } = peer;
    await page.getByText("I'm Morgan").waitFor();
    await page.getByTestId('help-panel').getByRole('button').last().click();
    await both(page, 'peer-chat');
    await page.setViewportSize(PHONE);
    await page.getByTestId('end-chat').click();
    await page.getByTestId('keep-chatting').waitFor();
    await screenshot(page, 'peer-end-confirm-phone');
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await page.getByTestId('keep-chatting').click();
    await page.getByTestId('urgent-help').click();
    await page.getByTestId('help-panel').waitFor();
    await screenshot(page, 'peer-urgent-help-phone');
    await page.getByTestId('help-panel').getByRole('button').last().click();
    await page.getByTestId('your-data').click();
    await page.getByTestId('export-data').click();
    await page.getByTestId('download-export').waitFor();
    await both(page, 'peer-your-data');
    await page.getByTestId('erase-data').click();
    await page.setViewportSize(PHONE);
    await page.getByTestId('confirm-erase').scrollIntoViewIfNeeded();
    await screenshot(page, 'peer-erase-confirm-phone');
    for (const p of [moderator, supporter, peer]) expect(p.problems).toEqual([]);
  });
});
