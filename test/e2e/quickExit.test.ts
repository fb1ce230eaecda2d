import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openPage, phoneContext } from '../helpers/browser.js';
import type { TestClient } from '../helpers/clients.js';
import { routeNeutralPage, startE2e, type E2eWorld } from '../helpers/e2e.js';
import { connectSupporter } from '../helpers/people.js';

const NEUTRAL = 'https://www.bbc.co.uk/weather';

type Exit = (page: Page) => Promise<void>;

const byButton: Exit = (page) => page.getByTestId('quick-exit').click();
const byEscapeTwice: Exit = async (page) => {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
};

describe('quick exit leaves every peer screen for a neutral page, with no way back (issue 10)', () => {
  let world: E2eWorld;
  let context: BrowserContext;
  let supporter: TestClient;

  beforeAll(async () => {
    world = await startE2e();
    context = await phoneContext(world.browser);
    await routeNeutralPage(context);
    supporter = await connectSupporter(world.server.url, world.server.app, { capacity: 2 });
  });
  afterAll(async () => {
    supporter.close();
    await world.close();
  });

  /** Opens the peer's screen afresh (the stored token brings them back to where they were). */
  async function openAt(screen: string): Promise<Page> {
    const { page, problems } = await openPage(context, `${world.server.url}/`);
    await page.locator(screen).first().waitFor();
    // Help outside the chat is one tap away on this screen too.
    expect(await page.getByTestId('urgent-help').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    return page;
  }

  async function expectGone(page: Page, exit: Exit): Promise<void> {
    await exit(page);
    await page.waitForURL(NEUTRAL);
    await page.getByRole('heading', { name: 'Weather' }).waitFor();
    await page.goBack();
    expect(page.url()).not.toContain(world.server.url);
    await page.close();
  }

  const screens = [
    ['consent', '[data-testid="consent-continue"]'],
    ['join form', '[data-testid="pseudonym"]'],
    ['waiting room', '[data-testid="queue-position"]'],
    ['chat', '[data-testid="end-chat"]'],
  ] as const;

  for (const [name, marker] of screens) {
    it(`from the ${name}: the button, and Escape pressed twice`, async () => {
      if (name === 'join form') {
        const page = await openAt('[data-testid="consent-continue"]');
        await page.getByTestId('consent-continue').click();
        await page.getByTestId('pseudonym').waitFor();
        await page.close();
      }
      if (name === 'waiting room') {
        const page = await openAt('[data-testid="pseudonym"]');
        await page.getByTestId('pseudonym').fill('Robin');
        await page.getByTestId('join-queue').click();
        await page.getByTestId('queue-position').waitFor();
        await page.close();
      }
      if (name === 'chat') await supporter.ok('queue:accept', {});
      await expectGone(await openAt(marker), byButton);
      await expectGone(await openAt(marker), byEscapeTwice);
    });
  }

  it('from the question before ending a chat: no confirmation of its own, still one step', async () => {
    for (const exit of [byButton, byEscapeTwice]) {
      const page = await openAt('[data-testid="end-chat"]');
      await page.getByTestId('end-chat').click();
      await page.getByTestId('keep-chatting').waitFor();
      await expectGone(page, exit);
    }
  });
});
