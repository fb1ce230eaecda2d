import type { AppOptions } from '../../app.js';
import type { Logger } from '../../logger.js';
import { installRedisAdapter } from './adapter.js';
import { connectWithin, createRedisClient, watchConnection } from './connection.js';
import { RedisStore } from './redisStore.js';

const PREFIX = 'alongside:';

/**
 * Connects to Redis (or rejects within a few seconds with a one-line reason) and returns the
 * store, the Socket.IO adapter installer, a health check and the client for shared rate limits.
 */
export async function openRedis(
  url: string,
  logger: Logger,
): Promise<Pick<AppOptions, 'store' | 'installAdapter' | 'storeHealthy' | 'rateLimitRedis'>> {
  const client = createRedisClient(url, 'alongside-store');
  watchConnection(client, 'store', logger);
  await connectWithin(client, url);
  const store = new RedisStore(client, PREFIX);

  const storeAnswers = async () => {
    if (client.status !== 'ready') return false;
    try {
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    }
  };
  let adapterConnected = () => true;

  return {
    store,
    // Fails fast while Redis is away, so the limiter falls back to its in-memory insurance.
    rateLimitRedis: client,
    // Healthy means this node can both store and reach the other nodes.
    storeHealthy: async () => adapterConnected() && (await storeAnswers()),
    installAdapter: async (io) => {
      const adapter = await installRedisAdapter(io, {
        url,
        base: client,
        prefix: PREFIX,
        logger,
        storeReady: storeAnswers,
      });
      adapterConnected = adapter.connected;
      return adapter.close;
    },
  };
}
