import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../../logger.js';

/** How long start-up waits for Redis before giving up with a reason. */
export const STARTUP_DEADLINE_MS = 3000;

/**
 * Commands fail at once while Redis is away (no offline queue, no resend after a reconnect:
 * a claim resent after its reply was lost could be answered "already taken" to its own winner),
 * and the client keeps reconnecting by itself, so service resumes when Redis returns.
 */
export const failFastOptions: RedisOptions = {
  lazyConnect: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  autoResendUnfulfilledCommands: false,
  commandTimeout: 3000,
  connectTimeout: 2000,
  retryStrategy: (attempt) => Math.min(100 * 2 ** (attempt - 1), 2000),
};

/** The URL without credentials, for messages and logs. */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return 'the configured REDIS_URL';
  }
}

export function createRedisClient(url: string, name: string, overrides: RedisOptions = {}): Redis {
  return new Redis(url, { ...failFastOptions, connectionName: name, ...overrides });
}

/**
 * Connects, retrying until the deadline, then rejects with a one-line reason. Without this a
 * server pointed at a wrong REDIS_URL would retry forever instead of saying what is wrong.
 */
export function connectWithin(client: Redis, url: string, deadlineMs = STARTUP_DEADLINE_MS) {
  return new Promise<void>((resolve, reject) => {
    let lastError: Error | undefined;
    const onError = (err: Error) => {
      lastError = err;
    };
    const cleanup = () => {
      clearTimeout(timer);
      client.off('error', onError);
      client.off('ready', onReady);
    };
    const onReady = () => {
      cleanup();
      resolve();
    };
    const timer = setTimeout(() => {
      cleanup();
      client.disconnect();
      const why = lastError ? lastError.message.split('\n')[0] : 'no answer';
      reject(
        new Error(
          `Redis at ${describeRedisUrl(url)} is not reachable (${why}) after ${deadlineMs / 1000}s; check REDIS_URL and that Redis is running.`,
        ),
      );
    }, deadlineMs);
    client.on('error', onError);
    client.once('ready', onReady);
    // Rejects on the first failed attempt; the retry strategy keeps trying until the deadline.
    client.connect().catch(() => undefined);
  });
}

/**
 * Logs a lost connection once and its return once, instead of an error per retry. Also the
 * 'error' listener every ioredis client needs: without one an outage would crash the process.
 */
export function watchConnection(client: Redis, name: string, logger: Logger): void {
  // Before the first 'ready', connectWithin reports failures; after it, this does.
  let everReady = false;
  let lost = false;
  const markLost = (reason: string) => {
    if (!everReady || lost) return;
    lost = true;
    logger.warn({ redis: name, reason }, 'redis connection lost; reconnecting');
  };
  client.on('error', (err: Error) => {
    markLost(err.message);
  });
  client.on('reconnecting', () => {
    markLost('connection closed');
  });
  client.on('ready', () => {
    everReady = true;
    if (!lost) return;
    lost = false;
    logger.warn({ redis: name }, 'redis connection restored');
  });
}

const unavailableReplies =
  /^(LOADING|BUSY|MASTERDOWN|READONLY|TRYAGAIN|CLUSTERDOWN|MISCONF|NOREPLICAS)\b/;
const unavailableMessages = new Set([
  'Connection is closed.',
  "Stream isn't writeable and enableOfflineQueue options is false",
  'Command timed out',
]);
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/** True when an error means "Redis cannot be reached right now", as opposed to a bug. */
export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (err.name === 'ReplyError') return unavailableReplies.test(err.message);
  if (err.name === 'MaxRetriesPerRequestError' || err.name === 'ClusterAllFailedError') return true;
  if (unavailableMessages.has(err.message)) return true;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && networkCodes.has(code);
}
