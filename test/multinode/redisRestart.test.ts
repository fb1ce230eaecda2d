import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep } from '../helpers/clients.js';
import { connected, fullHistory, reconnection, sendUntilStored } from './chat.js';
import { startCluster, type Cluster } from './cluster.js';

async function health(url: string): Promise<number> {
  return (await fetch(`${url}/api/health`).catch(() => null))?.status ?? 0;
}

describe('Redis restarts mid-conversation', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster();
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it('answers unavailable during the outage, then carries on with nothing lost', async () => {
    const { a, b } = cluster;
    const supporter = await cluster.supporter(b, { capacity: 2 });
    const { peer, entryId } = await cluster.queuedPeer(a, 'Robin');
    const { conversation } = await supporter.ok('queue:accept', { entryId });
    const id = conversation.id;
    await peer.next('conversation:opened');
    for (let i = 0; i < 5; i++) await sendUntilStored(peer, id, `before-${i}-000`, `before ${i}`);
    const waiting = await cluster.queuedPeer(a, 'Kit');

    const resynced = [peer, supporter, waiting.peer].map((client) => reconnection(client));
    await cluster.redis.stop('SIGTERM');

    const refused = await peer.send('conversation:send', {
      conversationId: id,
      clientId: 'during-outage',
      body: 'sent while Redis is away',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await health(a.url)).toBe(503);
    // Long enough for every connection to fail a few reconnect attempts.
    await sleep(1500);
    const alsoRefused = await supporter.send('queue:list', {});
    expect(alsoRefused).toMatchObject({ ok: false, error: { code: 'unavailable' } });

    await cluster.redis.start();
    await expect.poll(() => health(a.url), { timeout: 15_000, interval: 100 }).toBe(200);
    await expect.poll(() => health(b.url), { timeout: 15_000, interval: 100 }).toBe(200);
    // Each node closed its sockets once, so every client resyncs what pub/sub may have missed.
    await Promise.all(resynced);
    await Promise.all([peer, supporter, waiting.peer].map((client) => connected(client)));
    expect(a.running() && b.running()).toBe(true);
    expect(a.stderr() + b.stderr()).not.toMatch(/unhandled|uncaught/i);

    // The queue and the conversation came back from the append-only file.
    const queue = await supporter.ok('queue:list', {});
    expect(queue.entries.map((e) => e.id)).toEqual([waiting.entryId]);
    expect((await fullHistory(supporter, id)).map((m) => m.body)).toEqual(
      Array.from({ length: 5 }, (_, i) => `before ${i}`),
    );

    // The refused message is sent again, once; new messages cross nodes both ways.
    const resent = await sendUntilStored(peer, id, 'during-outage', 'sent while Redis is away');
    expect(resent).toMatchObject({ duplicate: false, message: { seq: 6 } });
    await supporter.next('conversation:message', (p) => p.message.seq === 6);
    await supporter.ok('conversation:send', {
      conversationId: id,
      clientId: 'sup-after-01',
      body: 'still here',
    });
    await peer.next('conversation:message', (p) => p.message.body === 'still here');
    expect((await fullHistory(peer, id)).map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
