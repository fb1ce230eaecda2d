import { describe, expect, it } from 'vitest';
import { connectPeer } from '../helpers/clients.js';
import { connectSupporter, queuedPeer } from '../helpers/people.js';
import { useTestServer } from '../helpers/suite.js';

describe('one-to-one support chat, end to end over real sockets', () => {
  const { server, track } = useTestServer();

  it('takes a peer from the queue to a chat with receipts, typing and an ending', async () => {
    const supporter = track(
      await connectSupporter(server.url, server.app, { capacity: 2, displayName: 'Sam' }),
    );
    const peer = track(await connectPeer(server.url));

    const joined = await peer.ok('queue:join', {
      pseudonym: 'Robin',
      topics: ['anxiety'],
      note: 'first time here',
    });
    expect(joined.status).toMatchObject({ position: 1, queueLength: 1, supportersOnShift: 1 });
    const queueView = await supporter.next('queue:updated', (p) => p.entries.length === 1);
    expect(queueView.entries[0]).toMatchObject({
      pseudonym: 'Robin',
      topics: ['anxiety'],
      note: 'first time here',
    });
    // The supporter never learns the peer's internal id.
    expect(JSON.stringify(queueView)).not.toContain(peer.identity.id);

    const { conversation } = await supporter.ok('queue:accept', { entryId: joined.entry.id });
    expect(conversation).toMatchObject({
      status: 'active',
      peerPseudonym: 'Robin',
      supporterName: 'Sam',
    });
    const opened = await peer.next('conversation:opened');
    expect(opened.conversation.id).toBe(conversation.id);

    await peer.ok('conversation:typing', { conversationId: conversation.id, typing: true });
    expect(await supporter.next('conversation:typing')).toEqual({
      conversationId: conversation.id,
      from: 'peer',
      typing: true,
    });

    const sent = await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'peer-msg-0001',
      body: 'hi, is anyone there?',
    });
    expect(sent).toMatchObject({
      duplicate: false,
      message: { seq: 1, from: 'peer', authorName: 'Robin' },
    });
    const atSupporter = await supporter.next('conversation:message');
    expect(atSupporter.message.body).toBe('hi, is anyone there?');

    await supporter.ok('conversation:receipt', {
      conversationId: conversation.id,
      delivered: 1,
      read: 1,
    });
    const receipts = await peer.next(
      'conversation:receipts',
      (r) => r.receipts.supporter.read === 1,
    );
    expect(receipts.receipts.supporter).toEqual({ delivered: 1, read: 1 });

    await supporter.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'sup-msg-0001',
      body: "I'm here. What's on your mind?",
    });
    expect(
      (await peer.next('conversation:message', (m) => m.message.from === 'supporter')).message.seq,
    ).toBe(2);

    const resumed = await supporter.ok('session:resume', {});
    expect(resumed.shift).toMatchObject({ status: 'active', activeChats: 1, capacity: 2 });
    expect(resumed.conversations.map((c) => c.id)).toEqual([conversation.id]);

    const ended = await peer.ok('conversation:end', { conversationId: conversation.id });
    expect(ended.conversation).toMatchObject({ status: 'ended', endedBy: 'peer' });
    expect((await supporter.next('conversation:ended')).conversation.endedBy).toBe('peer');
    const after = await peer.send('conversation:send', {
      conversationId: conversation.id,
      clientId: 'peer-msg-0002',
      body: 'one more',
    });
    expect(after).toMatchObject({ ok: false, error: { code: 'conversation_ended' } });
    const shift = await supporter.ok('session:resume', {});
    expect(shift.shift?.activeChats).toBe(0);
  });

  it('gives exactly one of ten racing supporters the chat', async () => {
    const supporters = await Promise.all(
      Array.from({ length: 10 }, () =>
        connectSupporter(server.url, server.app, { capacity: 1 }).then(track),
      ),
    );
    const { peer, entryId } = await queuedPeer(server.url);
    track(peer);
    const results = await Promise.all(supporters.map((s) => s.send('queue:accept', { entryId })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const losers = results.filter((r) => !r.ok);
    expect(losers).toHaveLength(9);
    for (const r of losers)
      expect(r).toMatchObject({ ok: false, error: { code: 'already_taken' } });
    expect(await peer.next('conversation:opened')).toBeTruthy();
  });

  it('returns the original message for a resend and stores no duplicate', async () => {
    const supporter = track(await connectSupporter(server.url, server.app, { capacity: 1 }));
    const { peer, entryId } = await queuedPeer(server.url);
    track(peer);
    const { conversation } = await supporter.ok('queue:accept', { entryId });
    const first = await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'resend-0001',
      body: 'once',
    });
    const again = await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'resend-0001',
      body: 'once',
    });
    expect(again).toEqual({ ...first, duplicate: true });
    const history = await supporter.ok('conversation:history', {
      conversationId: conversation.id,
      afterSeq: 0,
    });
    expect(history.messages.map((m) => m.clientId)).toEqual(['resend-0001']);
  });

  it('gives a reconnecting client everything it missed, in order', async () => {
    const supporter = track(await connectSupporter(server.url, server.app, { capacity: 1 }));
    const { peer, entryId } = await queuedPeer(server.url);
    track(peer);
    const { conversation } = await supporter.ok('queue:accept', { entryId });
    await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'before-0001',
      body: 'before',
    });
    const lastSeen = 1;
    peer.socket.disconnect();
    for (let i = 0; i < 5; i++) {
      await supporter.ok('conversation:send', {
        conversationId: conversation.id,
        clientId: `missed-000${i}`,
        body: `missed ${i}`,
      });
    }
    peer.socket.connect();
    await new Promise((r) => peer.socket.once('connect', () => r(null)));
    const resumed = await peer.ok('session:resume', {});
    expect(resumed.conversations.map((c) => [c.id, c.lastSeq])).toEqual([[conversation.id, 6]]);
    const missed = await peer.ok('conversation:history', {
      conversationId: conversation.id,
      afterSeq: lastSeen,
    });
    expect(missed.messages.map((m) => m.body)).toEqual([
      'missed 0',
      'missed 1',
      'missed 2',
      'missed 3',
      'missed 4',
    ]);
    expect(missed.messages.map((m) => m.seq)).toEqual([2, 3, 4, 5, 6]);
  });
});
