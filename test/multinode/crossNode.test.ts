import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from './cluster.js';

describe('two server nodes sharing one Redis', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster();
  });
  afterAll(async () => {
    await cluster.close();
  });

  it('lets a peer on node A and a supporter on node B chat as if on one server', async () => {
    const { a, b } = cluster;
    const supporter = await cluster.supporter(b, { capacity: 2, displayName: 'Sam' });
    const { peer, entryId } = await cluster.queuedPeer(a, 'Robin');

    // The queue change made on A reaches the supporter's socket on B.
    await supporter.next('queue:updated', (p) => p.entries.some((e) => e.id === entryId));
    const { conversation } = await supporter.ok('queue:accept', { entryId });
    const opened = await peer.next(
      'conversation:opened',
      (p) => p.conversation.id === conversation.id,
    );
    expect(opened.conversation).toMatchObject({ status: 'active', supporterName: 'Sam' });

    const id = conversation.id;
    await peer.ok('conversation:send', {
      conversationId: id,
      clientId: 'peer-msg-0001',
      body: 'hello from A',
    });
    const toSupporter = await supporter.next(
      'conversation:message',
      (p) => p.message.body === 'hello from A',
    );
    expect(toSupporter.message).toMatchObject({ seq: 1, from: 'peer', authorName: 'Robin' });

    await supporter.ok('conversation:send', {
      conversationId: id,
      clientId: 'sup-msg-0001',
      body: 'hello from B',
    });
    const toPeer = await peer.next(
      'conversation:message',
      (p) => p.message.body === 'hello from B',
    );
    expect(toPeer.message).toMatchObject({ seq: 2, from: 'supporter', authorName: 'Sam' });

    await peer.ok('conversation:typing', { conversationId: id, typing: true });
    expect(await supporter.next('conversation:typing')).toMatchObject({
      from: 'peer',
      typing: true,
    });

    await peer.ok('conversation:receipt', { conversationId: id, delivered: 2, read: 2 });
    const receipts = await supporter.next(
      'conversation:receipts',
      (p) => p.receipts.peer.read === 2,
    );
    expect(receipts.receipts.peer).toEqual({ delivered: 2, read: 2 });

    await supporter.ok('conversation:end', { conversationId: id });
    const ended = await peer.next('conversation:ended', (p) => p.conversation.id === id);
    expect(ended.conversation).toMatchObject({ status: 'ended', endedBy: 'supporter', lastSeq: 2 });
  });

  it('gives one peer to exactly one of ten supporters racing on two nodes', async () => {
    const supporters = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        cluster.supporter(i % 2 ? cluster.b : cluster.a, {
          capacity: 1,
          displayName: `Supporter ${i}`,
        }),
      ),
    );
    const { peer, entryId } = await cluster.queuedPeer(cluster.a, 'Kit');

    const results = await Promise.all(supporters.map((s) => s.send('queue:accept', { entryId })));
    const winners = results.filter((r) => r.ok);
    const losers = results.flatMap((r) => (r.ok ? [] : [r.error.code]));
    expect(winners).toHaveLength(1);
    expect(losers).toEqual(Array.from({ length: 9 }, () => 'already_taken'));
    await peer.next('conversation:opened');
    expect(await cluster.store.getQueueEntryForPeer(peer.identity.id)).toBeNull();
  });
});
