import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Logger } from '../../logger.js';
import type { AppServer } from '../../realtime/types.js';
import { connectWithin, watchConnection } from './connection.js';

/** Commands the adapter sends without handling their promise. */
const adapterCommands = ['publish', 'subscribe', 'psubscribe', 'unsubscribe', 'punsubscribe'];

/**
 * The adapter calls these without catching, so a failure while Redis is away would be an
 * unhandled rejection, which ends a Node process. A lost push is recovered by the resync below.
 */
function catchAdapterCommands(client: Redis, logger: Logger): void {
  const commands = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of adapterCommands) {
    const original = commands[name]?.bind(client);
    if (!original) continue;
    commands[name] = (...args: unknown[]) =>
      original(...args).catch((err: unknown) => {
        logger.debug({ command: name, err: String(err) }, 'adapter command failed');
        return null;
      });
  }
}

export interface AdapterOptions {
  url: string;
  /** The store's connection, duplicated for publishing and subscribing. */
  base: Redis;
  prefix: string;
  logger: Logger;
  /** Whether the store can answer again; resync waits for it. */
  storeReady: () => Promise<boolean>;
}

/**
 * Socket.IO's Redis (pub/sub) adapter: pushes reach sockets on every node. Pub/sub keeps
 * nothing, so messages published while a node's subscriber was disconnected never arrive
 * there; when it is back, that node closes its sockets once so every client reconnects and
 * resyncs by sequence number, as it does after any reconnect.
 */
export async function installRedisAdapter(
  io: AppServer,
  options: AdapterOptions,
): Promise<{ connected: () => boolean; close: () => Promise<void> }> {
  const { base, logger } = options;
  // Publishing waits out an outage in the offline queue rather than failing: a push that
  // arrives late is better than one that never does.
  const pub = base.duplicate({
    connectionName: 'alongside-pub',
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
    autoResendUnfulfilledCommands: true,
    commandTimeout: undefined,
  });
  const sub = base.duplicate({
    connectionName: 'alongside-sub',
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
    autoResendUnfulfilledCommands: true,
    commandTimeout: undefined,
  });
  watchConnection(pub, 'pub', logger);
  watchConnection(sub, 'sub', logger);
  await Promise.all([connectWithin(pub, options.url), connectWithin(sub, options.url)]);
  catchAdapterCommands(pub, logger);
  catchAdapterCommands(sub, logger);

  io.adapter(createAdapter(pub, sub, { key: `${options.prefix}socket.io`, requestsTimeout: 3000 }));

  let closing = false;
  let subscriberLost = false;
  sub.on('reconnecting', () => {
    subscriberLost = true;
  });
  sub.on('ready', () => {
    if (!subscriberLost) return;
    subscriberLost = false;
    void resyncLocalSockets();
  });

  async function resyncLocalSockets() {
    // A client turned away at the handshake (store still down) would not retry by itself.
    for (let attempt = 0; attempt < 100 && !closing; attempt++) {
      if (await options.storeReady()) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (closing) return;
    const sockets = [...io.of('/').sockets.values()];
    logger.warn({ sockets: sockets.length }, 'resyncing local sockets after a Redis outage');
    // Closing the transport (not disconnecting the socket) makes clients reconnect by
    // themselves; a server-side disconnect would tell them to stay away.
    for (const socket of sockets) socket.conn.close();
  }

  return {
    connected: () => pub.status === 'ready' && sub.status === 'ready',
    close: async () => {
      closing = true;
      await Promise.all([pub, sub].map((client) => client.quit().catch(() => client.disconnect())));
    },
  };
}
