import { describe, expect, it } from 'vitest';
import { sleep } from '../helpers/clients.js';
import { holdStoreCall } from '../helpers/holds.js';
import { connectModerator, connectSupporter, queuedPeer } from '../helpers/people.js';
import { useTestServer } from '../helpers/suite.js';

/*
 * Two requests crossing. On Redis every store call is a round trip, so another request can run
 * between a request's steps; here a held store call opens that gap on purpose, at the worst
 * moment, and the test checks what people end up seeing.
 */
describe('requests that cross', () => {
  const { server, track } = useTestServer();

  async function openChat(capacity = 2) {
    const supporter = track(await connectSupporter(server.url, server.app, { capacity }));
    const { peer, entryId } = await queuedPeer(server.url, { pseudonym: 'Wren' });
    track(peer);
    const { conversation } = await supporter.ok('queue:accept', { entryId });
    return { supporter, peer, entryId, conversation };
  }

  it('does not put a peer back in the queue when a supporter takes them while they join again', async () => {
    const supporter = track(await connectSupporter(server.url, server.app, { capacity: 2 }));
    const { peer, entryId } = await queuedPeer(server.url);
    track(peer);
    // The second join (another tab, a double tap) pauses after reading the peer's chats.
    const hold = holdStoreCall(server.app.store, 'listConversationsForPeer', {
      at: 'after',
      when: (peerId) => peerId === peer.identity.id,
    });
    const joining = peer.send('queue:join', { pseudonym: 'Again' });
    await hold.reached;
    const { conversation } = await supporter.ok('queue:accept', { entryId });
    hold.release();
    expect(await joining).toMatchObject({ ok: false, error: { code: 'already_queued' } });
    const resumed = await peer.ok('session:resume', {});
    expect(resumed.queue).toBeNull();
    expect(resumed.conversations.map((c) => c.id)).toEqual([conversation.id]);
    expect((await supporter.ok('queue:list', {})).entries).toEqual([]);
  });

  it('closes a shift whose end crosses its last chat ending', async () => {
    const { supporter, conversation } = await openChat(1);
    const supporterId = supporter.identity.id;
    // Let the queue push that followed the accept finish: it counts chats too.
    await sleep(150);
    // shift:end pauses after counting the one chat still open.
    const hold = holdStoreCall(server.app.store, 'countActiveConversations', {
      at: 'after',
      when: (id) => id === supporterId,
    });
    const ending = supporter.send('shift:end', {});
    await hold.reached;
    await supporter.ok('conversation:end', { conversationId: conversation.id });
    hold.release();
    expect(await ending).toMatchObject({ ok: true });
    expect((await supporter.ok('session:resume', {})).shift).toBeNull();
    expect(await supporter.send('shift:pause', {})).toMatchObject({
      ok: false,
      error: { code: 'not_on_shift' },
    });
  });

  it('raises one flag, not two, for two risky messages from the peer arriving together', async () => {
    const moderator = track(await connectModerator(server.url, server.app));
    const { supporter, peer, conversation } = await openChat();
    const body = 'i want to kill myself';
    // The first message's flag is slow to store; the second message overtakes it.
    const hold = holdStoreCall(server.app.store, 'createFlag', { at: 'before' });
    const first = peer.send('conversation:send', {
      conversationId: conversation.id,
      clientId: 'twin-000001',
      body,
    });
    await hold.reached;
    await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'twin-000002',
      body,
    });
    hold.release();
    expect(await first).toMatchObject({ ok: true });
    await supporter.next('flag:raised');
    // Give a second flag time to arrive before saying there was none.
    await sleep(200);
    expect(supporter.received.get('flag:raised') ?? []).toEqual([]);
    const alerts = (moderator.received.get('flag:alert') ?? []) as {
      flag: { conversationId: string | null };
    }[];
    expect(alerts.filter((a) => a.flag.conversationId === conversation.id)).toHaveLength(1);
    expect(await server.app.store.listFlagsForConversation(conversation.id)).toHaveLength(1);
  });

  it('keeps no trace of the peer in a flag raised in the instant they erase their data', async () => {
    const { peer, conversation } = await openChat();
    const peerId = peer.identity.id;
    const hold = holdStoreCall(server.app.store, 'createFlag', { at: 'before' });
    // The socket closes after the erasure, so this ack may never come.
    const sending = peer
      .send('conversation:send', {
        conversationId: conversation.id,
        clientId: 'gone-000001',
        body: "i'm going to kill myself tonight",
      })
      .catch(() => null);
    await hold.reached;
    await peer.ok('privacy:erase', { confirm: true });
    hold.release();
    await sending;
    const flags = await expect
      .poll(() => server.app.store.listFlagsForConversation(conversation.id))
      .toHaveLength(1)
      .then(() => server.app.store.listFlagsForConversation(conversation.id));
    expect(flags[0]).toMatchObject({ peerId: null, level: 'imminent' });
    expect(flags[0]?.reasons.every((r) => r.match === '')).toBe(true);
    expect(JSON.stringify(flags)).not.toContain(peerId);
    expect(JSON.stringify(flags)).not.toContain('kill myself');
  });
});
