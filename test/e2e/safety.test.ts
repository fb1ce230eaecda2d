import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { WatchedPage } from '../helpers/browser.js';
import {
  desktopContext,
  peerAsksForSupport,
  signIn,
  staffAccount,
  startE2e,
  supporterOnShift,
  type E2eWorld,
} from '../helpers/e2e.js';

type Person = WatchedPage & { context: BrowserContext };

const RISKY = "i've taken all my pills and i want to die";

describe('a safety flag reaches everyone who needs it (issue 4)', () => {
  let world: E2eWorld;
  let moderator: WatchedPage;
  let supporter: Person;
  let peer: Person;

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
    await moderator.page
      .getByTestId('flags-panel')
      .getByText(/no open flags/i)
      .waitFor();
    supporter = await supporterOnShift(world.browser, world.server, supporterAccount);
    peer = await peerAsksForSupport(world.browser, world.server, { pseudonym: 'Robin' });
    await supporter.page.getByTestId('accept').click();
    await peer.page.getByRole('heading', { name: /talking with\W+Sam/ }).waitFor();
  });
  afterAll(async () => {
    await world.close();
  });

  it('flags a risky message live on the moderator screen, without showing its words', async () => {
    await peer.page.getByTestId('composer').fill(RISKY);
    await peer.page.getByTestId('send').click();

    const card = moderator.page.getByTestId('flag-card');
    await card.waitFor();
    expect(['high', 'imminent']).toContain(await card.getAttribute('data-level'));
    expect(await card.getAttribute('data-status')).toBe('open');
    await card.getByTestId('flag-where').getByText('Sam').waitFor();
    await card.getByText(/raised just now/i).waitFor();
    await moderator.page
      .getByTestId('flag-alert')
      .getByText(/new safety flag/i)
      .waitFor();
    expect(await moderator.page.title()).toMatch(/1 new flag/);
    // Content only after an explicit, audited open.
    expect(await moderator.page.getByText(RISKY).count()).toBe(0);
    expect(await moderator.page.getByTestId('flag-transcript').count()).toBe(0);
  });

  it('shows the supporter a short protocol card in that chat, and marks its tab', async () => {
    const card = supporter.page.getByTestId('protocol-card');
    await card.waitFor();
    await card.getByText(/what to do now/i).waitFor();
    expect(await card.locator('li').count()).toBeLessThanOrEqual(6);
    await card.getByText(/moderator has been alerted/i).waitFor();
    expect(await card.getByTestId('protocol-status').getAttribute('data-status')).toBe('open');
    await card
      .getByTestId('protocol-status')
      .getByText(/waiting for a moderator/i)
      .waitFor();
    expect(await supporter.page.getByTestId('tab-flag').count()).toBe(1);
  });

  it('shows the peer crisis resources, emergency number first', async () => {
    const help = peer.page.getByTestId('help-panel');
    await help.waitFor();
    expect(await help.getAttribute('data-reason')).toBe('crisis');
    const first = help.locator('li').first();
    expect(await first.getAttribute('data-testid')).toBe('emergency-number');
    expect(await first.locator('a[href^="tel:"]').count()).toBe(1);
  });

  it('the moderator acknowledges, opens the chat (recorded) and sees the words that raised it', async () => {
    const card = moderator.page.getByTestId('flag-card');
    await card.getByTestId('acknowledge-flag').click();
    await card
      .getByTestId('flag-status')
      .getByText(/acknowledged by you/i)
      .waitFor();
    expect(await moderator.page.title()).not.toMatch(/new flag/);
    // The supporter learns someone has it, on the card itself.
    await supporter.page
      .getByTestId('protocol-status')
      .getByText(/a moderator has seen this/i)
      .waitFor();

    await card.getByTestId('open-flag').click();
    const transcript = card.getByTestId('flag-transcript');
    await transcript.getByTestId('audited-access').waitFor();
    await transcript.getByText(RISKY).waitFor();
    expect(await transcript.getByTestId('flag-reasons').locator('li').count()).toBeGreaterThan(0);
    expect(await transcript.locator('.message--flagged').count()).toBe(1);
  });

  it('the moderator joins the chat; both see it, and the moderator’s words stand out', async () => {
    await moderator.page.getByTestId('join-chat').click();
    const joined = moderator.page.getByTestId('joined-chats');
    await joined.getByText(RISKY).waitFor();
    await peer.page
      .getByTestId('moderator-joined')
      .getByText(/Morgan/)
      .waitFor();
    await supporter.page
      .getByTestId('moderator-joined')
      .getByText(/Morgan/)
      .waitFor();

    await joined.getByTestId('composer').fill("I'm Morgan, a moderator. You're not on your own.");
    await joined.getByTestId('send').click();
    for (const page of [peer.page, supporter.page]) {
      const message = page.locator('[data-testid="message"][data-from="moderator"]');
      await message.getByText("You're not on your own.").waitFor();
      expect(await message.getAttribute('class')).toContain('message--moderator');
    }
  });

  it('the supporter raises a concern by hand; it reaches the moderator too', async () => {
    await supporter.page.getByTestId('raise-concern').click();
    const form = supporter.page.getByTestId('raise-concern-form');
    await form.getByLabel('Concern', { exact: true }).check();
    await form.getByLabel('Abuse or safeguarding').check();
    await form.getByTestId('raise-note').fill('Mentioned someone at home');
    await form.getByTestId('raise-submit').click();
    await supporter.page
      .getByText(/a moderator has been alerted/i)
      .first()
      .waitFor();
    await expect.poll(() => moderator.page.getByTestId('flag-card').count()).toBe(2);
    // Most severe first.
    expect(await moderator.page.getByTestId('flag-card').last().getAttribute('data-level')).toBe(
      'concern',
    );
  });

  it('the moderator resolves the flag with an outcome, and the audit log shows each step', async () => {
    const card = moderator.page.getByTestId('flag-card').first();
    await card.getByTestId('resolve').click();
    await card.getByTestId('resolve-outcome').selectOption('safety_plan_made');
    await card.getByTestId('resolve-flag').click();
    await expect.poll(() => moderator.page.getByTestId('flag-card').count()).toBe(1);
    // The supporter's card says it was closed; the concern they raised is still open.
    const statuses = supporter.page.getByTestId('protocol-status');
    await expect
      .poll(() => statuses.evaluateAll((els) => els.map((el) => el.getAttribute('data-status'))))
      .toEqual(['resolved', 'open']);
    await statuses
      .first()
      .getByText(/looked into this and closed it/i)
      .waitFor();

    const audit = moderator.page.getByTestId('audit-log');
    await audit.getByTestId('audit-action').selectOption('conversation.open');
    await audit.getByTestId('audit-show').click();
    await audit.getByTestId('audit-row').first().waitFor();
    expect(
      await audit.locator('[data-testid="audit-row"][data-action="conversation.open"]').count(),
    ).toBe(1);

    await audit.getByTestId('audit-action').selectOption('');
    await audit.getByTestId('audit-show').click();
    await audit.locator('[data-action="flag.resolve"]').waitFor();
    const actions = await audit
      .getByTestId('audit-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    // Newest first.
    expect(actions.indexOf('flag.resolve')).toBeLessThan(actions.indexOf('flag.acknowledge'));
    for (const p of [moderator, supporter, peer]) expect(p.problems).toEqual([]);
  });
});
