import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openPage, type WatchedPage } from '../helpers/browser.js';
import {
  desktopContext,
  horizontalOverflow,
  peerAsksForSupport,
  startE2e,
  type E2eWorld,
} from '../helpers/e2e.js';

describe('a peer and a supporter talk in the browser (issue 2)', () => {
  let world: E2eWorld;
  let supporter: WatchedPage & { context: BrowserContext };
  let peer: WatchedPage & { context: BrowserContext };

  beforeAll(async () => {
    world = await startE2e();
  });
  afterAll(async () => {
    await world.close();
  });

  const lastMessage = (page: Page) => page.getByTestId('message').last();

  it('a new supporter creates their account from an invite and signs in', async () => {
    const { token } = await world.server.app.accounts.createInvite('supporter', null);
    const context = await desktopContext(world.browser);
    supporter = { ...(await openPage(context, `${world.server.url}/#/join/${token}`)), context };
    const { page } = supporter;
    await page.getByTestId('username').fill('sam.supporter');
    await page.getByTestId('display-name').fill('Sam');
    await page.getByTestId('password').fill('a long enough passphrase');
    await page.getByTestId('register').click();
    await expect.poll(() => page.url()).toContain('#/supporter');
    await page.getByTestId('start-shift').waitFor();
  });

  it('a peer gives consent, a pseudonym and topics, and waits with their place in the queue', async () => {
    peer = await peerAsksForSupport(world.browser, world.server, {
      pseudonym: 'Robin',
      topics: ['Anxiety'],
      note: 'Work has been a lot lately',
    });
    await expect.poll(() => peer.page.getByTestId('queue-position').textContent()).toBe('1');
    await peer.page.getByText(/nobody is on shift/i).waitFor();
  });

  it('the supporter starts a shift and accepts; both are in the chat', async () => {
    const { page } = supporter;
    await page.getByTestId('start-shift').click();
    const entry = page.getByTestId('queue-entry').filter({ hasText: 'Robin' });
    await entry.getByText('Work has been a lot lately').waitFor();
    await entry.getByTestId('accept').click();
    await page.getByRole('tab', { name: /Robin/ }).waitFor();
    await peer.page.getByRole('heading', { name: /talking with\W+Sam/ }).waitFor();
  });

  it('messages go both ways, with read state on both screens', async () => {
    await peer.page.getByTestId('composer').fill('Hi, I could do with talking');
    await peer.page.getByTestId('send').click();
    await supporter.page.getByText('Hi, I could do with talking').waitFor();
    // The supporter has the chat open, so the peer sees it was read.
    await expect.poll(() => lastMessage(peer.page).getAttribute('data-state')).toBe('read');

    await supporter.page.getByTestId('composer').fill("I'm glad you came. What's been happening?");
    await supporter.page.getByTestId('composer').press('Enter');
    await peer.page.getByText("I'm glad you came. What's been happening?").waitFor();
    await expect.poll(() => lastMessage(supporter.page).getAttribute('data-state')).toBe('read');
  });

  const focusedTestId = (page: Page) =>
    page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

  it('asks before ending; thinking again (Escape, or No) keeps the chat open', async () => {
    const { page } = peer;
    const endChat = page.getByTestId('end-chat');
    await endChat.click();
    const question = page.getByRole('group', { name: /end the chat with\W+Sam/i });
    await question.waitFor();
    // Focus lands on the safe answer, so a second tap or Enter cannot end the chat by accident.
    expect(await focusedTestId(page)).toBe('keep-chatting');
    expect(await endChat.getAttribute('aria-expanded')).toBe('true');
    expect((await horizontalOverflow(page)).offenders).toEqual([]);
    await endChat.click();
    expect(await focusedTestId(page)).toBe('keep-chatting');

    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('end-chat');
    // Escape pressed twice is the quick exit: let this press age out before the next.
    await page.waitForTimeout(1100);

    await endChat.click();
    await page.getByTestId('keep-chatting').click();
    await question.waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('end-chat');

    await page.getByTestId('composer').fill('Sorry, pressed the wrong thing');
    await page.getByTestId('send').click();
    await supporter.page.getByText('Sorry, pressed the wrong thing').waitFor();
    expect(await page.getByTestId('chat-ended').count()).toBe(0);
    expect(await supporter.page.getByTestId('chat-ended').count()).toBe(0);
  });

  it('the peer ends the chat and both see that it ended', async () => {
    await peer.page.getByTestId('end-chat').click();
    await peer.page.getByTestId('confirm-end-chat').click();
    await peer.page
      .getByTestId('chat-ended')
      .getByText(/you ended the chat/i)
      .waitFor();
    await supporter.page
      .getByTestId('chat-ended')
      .getByText(/Robin\W+ended this chat/)
      .waitFor();
    expect(await supporter.page.getByTestId('composer').count()).toBe(0);
  });

  it('shows the reconnect banner offline, and what the supporter sent meanwhile after reconnecting', async () => {
    await peer.page.getByRole('button', { name: /talk to someone again/i }).click();
    await peer.page.getByTestId('pseudonym').fill('Robin');
    await peer.page.getByTestId('join-queue').click();
    await supporter.page.getByTestId('queue-entry').getByTestId('accept').click();
    await peer.page.getByRole('heading', { name: /talking with\W+Sam/ }).waitFor();

    await peer.context.setOffline(true);
    const banner = peer.page.getByTestId('connection-banner');
    await expect.poll(() => banner.getAttribute('data-state')).toBe('reconnecting');

    await supporter.page.getByTestId('composer').fill('Still here whenever you are back.');
    await supporter.page.getByTestId('send').click();
    await expect.poll(() => lastMessage(supporter.page).getAttribute('data-state')).toBe('sent');
    expect(await peer.page.getByText('Still here whenever you are back.').count()).toBe(0);

    await peer.context.setOffline(false);
    await peer.page.getByText('Still here whenever you are back.').waitFor();
  });

  it('the supporter is asked too, and can answer with the keyboard alone', async () => {
    const { page } = supporter;
    await page.getByTestId('end-chat').focus();
    await page.keyboard.press('Enter');
    const question = page.getByRole('group', { name: /end the chat with\W+Robin/i });
    await question.getByText(/Robin\W+will see that the chat has ended/).waitFor();
    expect(await focusedTestId(page)).toBe('keep-chatting');
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('confirm-end-chat');
    await page.keyboard.press('Enter');
    await page
      .getByTestId('chat-ended')
      .getByText(/you ended this chat/i)
      .waitFor();
    // The question went with the chat: focus lands on what happened, not on the bare page.
    await page.waitForFunction(
      () => document.activeElement?.querySelector('[data-testid="chat-ended"]') != null,
    );
    await peer.page
      .getByTestId('chat-ended')
      .getByText(/Sam\W+ended the chat/)
      .waitFor();
    expect(peer.problems).toEqual([]);
    expect(supporter.problems).toEqual([]);
  });
});
