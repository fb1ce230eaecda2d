import { AccountsService } from '@alongside/server/accounts/accountsService';
import { loadConfig } from '@alongside/server/config';
import { createLogger } from '@alongside/server/logger';
import { openRedis } from '@alongside/server/store/redis/openRedis';
import type { Store } from '@alongside/server/store/types';
import { connectClient, connectPeer, registerStaff, type TestClient } from '../helpers/clients.js';
import { startNode, requireBuiltServer, type ServerNode } from '../helpers/processes.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';

export interface Reachable {
  url: string;
}

/** One Redis, two real server processes sharing it, and a way to make staff accounts. */
export interface Cluster {
  redis: TestRedis;
  a: ServerNode;
  b: ServerNode;
  store: Store;
  /** Makes a staff account through a real invite and signs it in at `via` (a node or a proxy). */
  supporter(
    via: Reachable,
    opts?: { capacity?: number; displayName?: string },
  ): Promise<TestClient>;
  /** A moderator account, signed in at `via`. */
  moderator(via: Reachable): Promise<TestClient>;
  /** A peer who accepted the consent text and joined the queue at `via`. */
  queuedPeer(via: Reachable, pseudonym?: string): Promise<{ peer: TestClient; entryId: string }>;
  close(): Promise<void>;
}

export async function startCluster(opts: { env?: Record<string, string> } = {}): Promise<Cluster> {
  requireBuiltServer();
  const redis = await startRedis();
  const started = await Promise.allSettled(
    ['A', 'B'].map((name) =>
      startNode({ name, redisUrl: redis.url, ...(opts.env ? { env: opts.env } : {}) }),
    ),
  );
  const nodes = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    // Leave no stray processes behind a failed start.
    await Promise.all(nodes.map((node) => node.kill('SIGKILL')));
    await redis.destroy();
    throw failed.reason;
  }
  const [a, b] = nodes as [ServerNode, ServerNode];
  // Invites are made the way the CLI makes them: straight in the shared store.
  const { store } = await openRedis(redis.url, createLogger('silent'));
  const accounts = new AccountsService(store, loadConfig({ SCRYPT_COST: '1024' }));
  const clients: TestClient[] = [];

  return {
    redis,
    a,
    b,
    store,
    async supporter(via, opts = {}) {
      const { token } = await accounts.createInvite('supporter', null);
      const session = await registerStaff(via.url, token, {
        displayName: opts.displayName ?? 'Sam',
      });
      const client = await connectClient(via.url, session);
      clients.push(client);
      if (opts.capacity !== undefined) await client.ok('shift:start', { capacity: opts.capacity });
      return client;
    },
    async moderator(via) {
      const { token } = await accounts.createInvite('moderator', null);
      const client = await connectClient(
        via.url,
        await registerStaff(via.url, token, { displayName: 'Morgan' }),
      );
      clients.push(client);
      return client;
    },
    async queuedPeer(via, pseudonym = 'Robin') {
      const peer = await connectPeer(via.url);
      clients.push(peer);
      const joined = await peer.ok('queue:join', { pseudonym, topics: [] });
      return { peer, entryId: joined.entry.id };
    },
    async close() {
      for (const client of clients) client.close();
      await store.close().catch(() => undefined);
      await Promise.all([a, b].map((node) => node.kill('SIGKILL')));
      await redis.destroy();
    },
  };
}
