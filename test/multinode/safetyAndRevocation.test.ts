import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, connectSocket, postJson, type TestClient } from '../helpers/clients.js';
import { startNode } from '../helpers/processes.js';
import { startCluster, type Cluster } from './cluster.js';

/** Resolves with the handshake error code of a fresh socket using `token` (or 'connected'). */
function tryConnect(url: string, token: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connectSocket(url, token);
    socket.io.opts.reconnection = false;
    socket.once('connect', () => {
      socket.close();
      resolve('connected');
    });
    socket.once('connect_error', (err: Error & { data?: { code?: string } }) => {
      socket.close();
      resolve(err.data?.code ?? err.message);
    });
  });
}

describe('safety and revocation across nodes on Redis', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster({ env: { RATE_LIMITS: 'on' } });
  });
  afterAll(async () => {
    await cluster.close();
  });

  it('disconnects a disabled supporter on every node within seconds, and keeps them out', async () => {
    const { a, b } = cluster;
    const moderator = await cluster.moderator(a);
    const onA = await cluster.supporter(a, { displayName: 'Dee' });
    const session = { token: onA.token, identity: onA.identity };
    const onB = await connectClient(b.url, session);
    const gone = [onA, onB].map(
      (c) => new Promise((resolve) => c.socket.once('disconnect', resolve)),
    );
    const t0 = Date.now();
    await moderator.ok('account:set-disabled', { accountId: onA.identity.id, disabled: true });
    await Promise.all(gone);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(await tryConnect(a.url, onA.token)).toBe('unauthenticated');
    expect(await tryConnect(b.url, onA.token)).toBe('unauthenticated');
    onB.close();
  });

  it('shares rate limits between nodes: a flood split over A and B meets one budget', async () => {
    const { a, b } = cluster;
    const supporter = await cluster.supporter(b, { capacity: 1 });
    const { peer, entryId } = await cluster.queuedPeer(a, 'Flood');
    const { conversation } = await supporter.ok('queue:accept', { entryId });
    const twin = await connectClient(b.url, { token: peer.token, identity: peer.identity });
    const send = (c: TestClient, i: number) =>
      c.send(
        'conversation:send',
        {
          conversationId: conversation.id,
          clientId: `split-${String(i).padStart(6, '0')}`,
          body: `m${i}`,
        },
        20_000,
      );
    const acks = await Promise.all(
      Array.from({ length: 200 }, (_, i) => send(i % 2 ? twin : peer, i)),
    );
    const accepted = acks.filter((r) => r.ok).length;
    // One budget (20 messages per 5 s per identity), not one per node.
    expect(accepted).toBeLessThanOrEqual(20);
    expect(acks.filter((r) => !r.ok && r.error.code === 'rate_limited').length).toBe(
      200 - accepted,
    );
    twin.close();
  });

  it('keeps an unacknowledged flag through a restart of every node, and alerts the next moderator', async () => {
    const { a, b, redis } = cluster;
    const supporter = await cluster.supporter(b, { capacity: 1 });
    const { peer, entryId } = await cluster.queuedPeer(a, 'Wren');
    const { conversation } = await supporter.ok('queue:accept', { entryId });
    await peer.ok('conversation:send', {
      conversationId: conversation.id,
      clientId: 'risk-restart-1',
      body: "i'm going to kill myself tonight",
    });
    const raised = await supporter.next('flag:raised');
    expect(raised.flag.level).toBe('imminent');

    await Promise.all([a.kill('SIGTERM'), b.kill('SIGTERM')]);
    const c = await startNode({ name: 'C', redisUrl: redis.url });
    try {
      const moderator = await cluster.moderator(c);
      const alert = await moderator.next('flag:alert', (x) => x.flag.id === raised.flag.id, 5000);
      expect(alert.flag).toMatchObject({
        status: 'open',
        level: 'imminent',
        conversationId: conversation.id,
      });
      expect((await postJson(`${c.url}/api/session/peer`, {})).status).toBe(200);
    } finally {
      await c.kill('SIGTERM');
    }
  });
});
