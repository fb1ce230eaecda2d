import { readFile } from 'node:fs/promises';
import type { PeerExport } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { WatchedPage } from '../helpers/browser.js';
import type { TestClient } from '../helpers/clients.js';
import { peerAsksForSupport, startE2e, type E2eWorld } from '../helpers/e2e.js';
import { connectSupporter } from '../helpers/people.js';

describe("a peer's urgent help and their own data (flow 11)", () => {
  let world: E2eWorld;
  let supporter: TestClient;
  let peer: WatchedPage & { context: BrowserContext };

  beforeAll(async () => {
    world = await startE2e();
    supporter = await connectSupporter(world.server.url, world.server.app, { capacity: 2 });
    peer = await peerAsksForSupport(world.browser, world.server, { pseudonym: 'Robin' });
  });
  afterAll(async () => {
    supporter.close();
    await world.close();
  });

  it('urgent help is one tap away while waiting, emergency number first', async () => {
    await peer.page.getByTestId('urgent-help').click();
    const help = peer.page.getByTestId('help-panel');
    expect(await help.getAttribute('data-reason')).toBe('asked');
    expect(await help.locator('li').first().getAttribute('data-testid')).toBe('emergency-number');
    await help.getByRole('button', { name: /hide/i }).click();
    expect(await help.count()).toBe(0);
  });

  it('exports every chat as a page to read and a JSON file to keep', async () => {
    const { conversation } = await supporter.ok('queue:accept', {});
    await peer.page.getByTestId('composer').fill('Thanks for being here');
    await peer.page.getByTestId('send').click();
    await supporter.next('conversation:message', (m) => m.message.from === 'peer');
    await supporter.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'reply-000001',
      body: 'Glad you came.',
    });
    await peer.page.getByText('Glad you came.').waitFor();

    await peer.page.getByTestId('your-data').click();
    await peer.page.getByTestId('export-data').click();
    const chat = peer.page.getByTestId('export-chat');
    await chat.getByText('Thanks for being here').waitFor();
    await chat.getByText('Glad you came.').waitFor();

    const link = peer.page.getByTestId('download-export');
    expect(await link.getAttribute('href')).toMatch(/^blob:/);
    expect(await link.getAttribute('download')).toMatch(
      /^alongside-my-data-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const [download] = await Promise.all([peer.page.waitForEvent('download'), link.click()]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as PeerExport;
    expect(file.conversations[0]?.messages.map((m) => m.body)).toEqual([
      'Thanks for being here',
      'Glad you came.',
    ]);
  });

  it('erases everything after a clear confirmation, then starts afresh as a stranger', async () => {
    const tokenBefore = await peer.page.evaluate(() => localStorage.getItem('alongside.peerToken'));
    expect(tokenBefore).not.toBeNull();
    await peer.page.getByTestId('erase-data').click();
    await peer.page.getByRole('button', { name: /keep my data/i }).waitFor();
    await peer.page.getByTestId('confirm-erase').click();

    await peer.page.getByTestId('erased-notice').waitFor();
    await peer.page.getByTestId('consent-continue').waitFor();
    expect(await peer.page.evaluate(() => localStorage.getItem('alongside.peerToken'))).toBeNull();
    await supporter.next('conversation:erased');

    // A reload finds nothing of the old visit.
    await peer.page.reload();
    await peer.page.getByTestId('consent-continue').waitFor();
    expect(await peer.page.getByText('Thanks for being here').count()).toBe(0);
    expect(peer.problems).toEqual([]);
  });
});
