import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { AppOptions } from '../app.js';
import { MemoryStore } from './memory/memoryStore.js';

/** Memory by default; Redis (state and the Socket.IO adapter) when REDIS_URL is set. */
export async function openStore(
  config: Config,
  logger: Logger,
): Promise<Pick<AppOptions, 'store' | 'installAdapter' | 'storeHealthy' | 'rateLimitRedis'>> {
  if (!config.REDIS_URL) return { store: new MemoryStore() };
  // Loaded only when used, so the default install never touches the Redis client.
  const redis = await import('./redis/openRedis.js');
  return redis.openRedis(config.REDIS_URL, logger);
}
