import { StoreUnavailableError } from '@alongside/server/store/errors';
import type { ServerPayload } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import { connectModerator, connectSupporter, queuedPeer } from '../helpers/people.js';
import { useTestServer } from '../helpers/suite.js';

describe('safety flags over real sockets', () => {
  const { server, track } = useTestServer();

  async function openChat() {
    const supporter = track(await connectSupporter(server.url, server.app, { capacity: 2 }));
    const { peer, entryId } = await queuedPeer(server.url, { pseudonym: 'Wren' });
    track(peer);
    const { conversation } = await supporter.ok('queue:accept', { entryId });
    return { supporter, peer, conversation };
  }

  it('brings a risky peer message to the supporter and an on-shift moderator within a second', async () => {
    const moderator = track(await connectModerator(server.url, server.app));
    const { supporter, peer, conversation } = await openChat();
    const t0 = Date.now();
    await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'risk-000001',
      body: "honestly i've got the pills here and i'm going to take them all tonight",
    });
    const [atSupporter, atModerator, atPeer] = await Promise.all([
      supporter.next('flag:raised', undefined, 1000),
      moderator.next('flag:alert', (a) => a.flag.conversationId === conversation.id, 1000),
      peer.next('safety:resources', undefined, 1000),
    ]);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(atSupporter.flag).toMatchObject({
      conversationId: conversation.id,
      level: 'imminent',
      messageSeq: 1,
    });
    expect(atSupporter.flag.reasons.length).toBeGreaterThan(0);
    expect(atModerator.flag).toMatchObject({
      level: 'imminent',
      status: 'open',
      source: 'detector',
    });
    // Before opening the chat, a moderator sees which rules fired, not the words.
    for (const reason of atSupporter.flag.reasons)
      expect(JSON.stringify(atModerator)).not.toContain(reason.match);
    expect(JSON.stringify(atModerator)).not.toContain('take them all');
    expect(atPeer.resources.emergencyNumber).toBeTruthy();
    // Stored before anyone was told.
    const stored = await server.app.store.getFlag(atModerator.flag.id);
    expect(stored?.createdAt).toBeLessThanOrEqual(Date.now());
  });

  it('alerts a moderator who connects later, until one acknowledges, across reconnects', async () => {
    const { supporter, peer, conversation } = await openChat();
    await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'risk-000002',
      body: 'i want to kill myself',
    });
    const raised = await supporter.next('flag:raised');
    const late = track(await connectModerator(server.url, server.app));
    const alert = await late.next('flag:alert', (a) => a.flag.id === raised.flag.id);
    expect(alert.flag.status).toBe('open');
    const listed = await late.ok('flag:list', {});
    expect(listed.flags.map((f) => f.id)).toContain(raised.flag.id);

    const acked = await late.ok('flag:acknowledge', { flagId: raised.flag.id });
    expect(acked.flag).toMatchObject({ status: 'acknowledged', acknowledgedBy: late.identity.id });
    late.socket.disconnect();
    late.received.clear();
    late.socket.connect();
    await new Promise((r) => late.socket.once('connect', () => r(null)));
    const another = track(await connectModerator(server.url, server.app));
    await new Promise((r) => setTimeout(r, 200));
    for (const m of [late, another]) {
      const alerts = (m.received.get('flag:alert') ?? []) as { flag: { id: string } }[];
      expect(alerts.map((a) => a.flag.id)).not.toContain(raised.flag.id);
    }
    // Still listed until resolved.
    expect((await another.ok('flag:list', {})).flags.map((f) => f.id)).toContain(raised.flag.id);
  });

  it('still assesses a message whose first send failed after storing it, when the client resends', async () => {
    const { supporter, peer, conversation } = await openChat();
    const store = server.app.store;
    const createFlag = store.createFlag.bind(store);
    let failures = 0;
    // A store blip exactly between storing the message and storing its flag.
    store.createFlag = (flag, options) =>
      failures++ === 0 ? Promise.reject(new StoreUnavailableError()) : createFlag(flag, options);
    try {
      const input = {
        conversationId: conversation.id,
        clientId: 'blip-000001',
        body: "i'm going to kill myself tonight",
      };
      expect(await peer.send('conversation:send', input)).toMatchObject({
        ok: false,
        error: { code: 'unavailable' },
      });
      expect(await peer.ok('conversation:send', input)).toMatchObject({ duplicate: true });
      expect((await supporter.next('flag:raised')).flag.level).toBe('imminent');
      expect(await store.listFlagsForConversation(conversation.id)).toHaveLength(1);
    } finally {
      store.createFlag = createFlag;
    }
  });

  it('gives a supporter who reconnects the cards of unresolved flags on their chats', async () => {
    const { supporter, peer, conversation } = await openChat();
    await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'risk-000009',
      body: 'i want to kill myself',
    });
    const raised = await supporter.next('flag:raised');
    supporter.socket.disconnect();
    supporter.received.clear();
    supporter.socket.connect();
    const again = await supporter.next('flag:raised', (f) => f.flag.id === raised.flag.id);
    expect(again.flag).toMatchObject({ conversationId: conversation.id, status: 'open' });
  });

  it('tells the supporter holding the chat within a second when a moderator acts on its flag, and the peer nothing', async () => {
    const moderator = track(await connectModerator(server.url, server.app));
    const { supporter, peer, conversation } = await openChat();
    const bystander = track(await connectSupporter(server.url, server.app, { capacity: 1 }));
    await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'risk-000010',
      body: 'i want to kill myself',
    });
    const raised = await supporter.next('flag:raised');
    const flagId = raised.flag.id;
    const updates: ServerPayload<'flag:updated'>[] = [];
    supporter.socket.on('flag:updated', (u) => updates.push(u));
    const onTheCard = (status: string) => (u: ServerPayload<'flag:updated'>) =>
      u.view === 'supporter' && u.flag.id === flagId && u.flag.status === status;

    let t0 = Date.now();
    await moderator.ok('flag:acknowledge', { flagId });
    const acknowledged = await supporter.next('flag:updated', onTheCard('acknowledged'), 1000);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(acknowledged.flag).toMatchObject({
      conversationId: conversation.id,
      level: raised.flag.level,
      categories: raised.flag.categories,
    });
    await moderator.next('flag:updated', (u) => u.view === 'moderator' && u.flag.id === flagId);

    await moderator.ok('flag:note', { flagId, note: 'moderator-note-marker' });
    await moderator.ok('conversation:join', { conversationId: conversation.id });
    t0 = Date.now();
    await moderator.ok('flag:resolve', {
      flagId,
      outcome: 'safe_for_now',
      note: 'resolve-note-marker',
    });
    await supporter.next('flag:updated', onTheCard('resolved'), 1000);
    expect(Date.now() - t0).toBeLessThan(1000);

    // One update per moderator step, each the card's view: no notes, no outcome, no names.
    expect(updates.map((u) => [u.view, u.flag.status])).toEqual([
      ['supporter', 'acknowledged'],
      ['supporter', 'acknowledged'],
      ['supporter', 'resolved'],
    ]);
    for (const u of updates)
      expect(Object.keys(u.flag).sort()).toEqual(Object.keys(raised.flag).sort());
    expect(JSON.stringify(updates)).not.toContain('marker');

    // Give a stray push time to land before saying nobody else got one.
    await new Promise((r) => setTimeout(r, 200));
    expect([...peer.received.keys()].filter((e) => e.startsWith('flag:'))).toEqual([]);
    expect(JSON.stringify([...peer.received.entries()])).not.toContain(flagId);
    expect(bystander.received.get('flag:updated')).toBeUndefined();

    // A card still on screen from before a dropped connection learns that the flag was closed.
    supporter.socket.disconnect();
    supporter.received.clear();
    supporter.socket.connect();
    await supporter.next('flag:updated', onTheCard('resolved'));
    expect(supporter.received.get('flag:raised')).toBeUndefined();
  });

  it('never shows flags or notes to a peer, and lets only moderators resolve', async () => {
    const moderator = track(await connectModerator(server.url, server.app));
    const { supporter, peer, conversation } = await openChat();
    const { flag } = await supporter.ok('flag:raise', {
      conversationId: conversation.id,
      level: 'high',
      categories: ['abuse'],
      note: 'private-note-marker',
    });
    expect(flag.source).toBe('supporter');
    await moderator.ok('flag:note', { flagId: flag.id, note: 'moderator-note-marker' });
    for (const attempt of [
      peer.send('flag:list', {}),
      peer.send('flag:acknowledge', { flagId: flag.id }),
      peer.send('flag:open-conversation', { flagId: flag.id }),
      supporter.send('flag:resolve', { flagId: flag.id, outcome: 'safe_for_now' }),
      supporter.send('flag:list', {}),
    ]) {
      expect(await attempt).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const everythingThePeerGot = JSON.stringify([...peer.received.entries()]);
    expect(everythingThePeerGot).not.toContain('private-note-marker');
    expect(everythingThePeerGot).not.toContain('moderator-note-marker');
    expect(everythingThePeerGot).not.toContain(flag.id);

    const resolved = await moderator.ok('flag:resolve', {
      flagId: flag.id,
      outcome: 'safe_for_now',
    });
    expect(resolved.flag).toMatchObject({ status: 'resolved', outcome: 'safe_for_now' });
    expect((await moderator.ok('flag:list', {})).flags.map((f) => f.id)).not.toContain(flag.id);
    const audit = await server.app.store.listAudit({ limit: 50, targetId: flag.id });
    expect(audit.map((a) => a.action).sort()).toEqual(['flag.note', 'flag.raise', 'flag.resolve']);
    expect(JSON.stringify(audit)).not.toContain('marker');
  });

  it('lets a moderator open the chat (audited) and join it, visible to both', async () => {
    const moderator = track(await connectModerator(server.url, server.app));
    const { supporter, peer, conversation } = await openChat();
    await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'risk-000003',
      body: 'he hits me when he drinks',
    });
    const alert = await moderator.next(
      'flag:alert',
      (a) => a.flag.conversationId === conversation.id,
    );
    expect(alert.flag.categories).toContain('abuse');
    const opened = await moderator.ok('flag:open-conversation', { flagId: alert.flag.id });
    expect(opened.messages.map((m) => m.body)).toEqual(['he hits me when he drinks']);
    expect(opened.reasons.some((r) => r.match.length > 0)).toBe(true);
    expect(
      await moderator.send('conversation:send', {
        conversationId: conversation.id,
        clientId: 'mod-000001',
        body: 'hello',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await moderator.ok('conversation:join', { conversationId: conversation.id });
    expect(await peer.next('conversation:participant')).toMatchObject({
      role: 'moderator',
      name: 'Morgan',
    });
    expect(await supporter.next('conversation:participant')).toMatchObject({ role: 'moderator' });
    await moderator.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'mod-000002',
      body: "I'm a moderator, I'm here too.",
    });
    expect(
      (await peer.next('conversation:message', (m) => m.message.from === 'moderator')).message
        .authorName,
    ).toBe('Morgan');
    const audit = await server.app.store.listAudit({ limit: 50, actorId: moderator.identity.id });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['conversation.open', 'conversation.join']),
    );
  });

  it('lifts a waiting peer whose note is risky to the front of the queue', async () => {
    const supporter = track(await connectSupporter(server.url, server.app, { capacity: 1 }));
    await supporter.ok('shift:pause', {});
    const calm = await queuedPeer(server.url, {
      pseudonym: 'Calm',
      note: 'work has been a lot lately',
    });
    const risky = await queuedPeer(server.url, {
      pseudonym: 'Risky',
      note: "i don't want to be alive anymore",
    });
    track(calm.peer);
    track(risky.peer);
    await supporter.ok('shift:resume', {});
    const queue = await supporter.ok('queue:list', {});
    const ids = queue.entries.map((e) => e.id);
    expect(ids.indexOf(risky.entryId)).toBeLessThan(ids.indexOf(calm.entryId));
    expect(queue.entries.find((e) => e.id === risky.entryId)?.priority).toBeGreaterThan(0);
    await calm.peer.ok('queue:leave', {});
    await risky.peer.ok('queue:leave', {});
  });

  it('does not flag idioms and hyperbole', async () => {
    const { supporter, peer, conversation } = await openChat();
    for (const [i, body] of [
      'this essay is killing me lol',
      "i'd kill for a coffee",
      'my battery died again',
    ].entries()) {
      await peer.ok('conversation:send', {
        conversationId: conversation.id,
        clientId: `idiom-00000${i}`,
        body,
      });
    }
    await supporter.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'sup-idiom-1',
      body: 'ha, same',
    });
    expect(supporter.received.get('flag:raised') ?? []).toEqual([]);
  });

  it('serves crisis resources per locale, marked as an example', async () => {
    const { peer } = await openChat();
    const us = await peer.ok('safety:resources', { locale: 'en-US' });
    expect(us.resources).toMatchObject({ locale: 'en-US', emergencyNumber: '911', example: true });
    expect((await peer.ok('safety:resources', { locale: 'es-MX' })).resources.locale).toBe('es');
    expect((await peer.ok('safety:resources', {})).resources.locale).toBe('en-GB');
  });
});
