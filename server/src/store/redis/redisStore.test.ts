import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../../../../test/helpers/redis.js';
import { createLogger } from '../../logger.js';
import { StoreUnavailableError } from '../errors.js';
import { flagRecord, queueEntry, storeContract } from '../store.contract.js';
import { connectWithin, createRedisClient } from './connection.js';
import { openRedis } from './openRedis.js';
import { RedisStore } from './redisStore.js';

let redis: TestRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.destroy();
});

let stores = 0;
/** Each test gets its own key prefix on the shared server: a fresh, empty store. */
async function openStore(prefix = `test${stores++}:`) {
  const client = createRedisClient(redis.url, 'contract');
  client.on('error', () => undefined);
  await connectWithin(client, redis.url);
  return { store: new RedisStore(client, prefix), client, prefix };
}

storeContract('redis', async () => (await openStore()).store);

describe('RedisStore in Redis', () => {
  it('keeps message content in message keys only, and gives sessions and invites a TTL', async () => {
    const { store, client, prefix } = await openStore();
    await store.putShift({ supporterId: 's1', status: 'active', capacity: 2, startedAt: 1 });
    const entry = queueEntry();
    await store.enqueue(entry);
    const claimed = await store.claimQueueEntry({
      entryId: null,
      supporterId: 's1',
      supporterName: 'Sam',
      experience: [],
      conversationId: 'c1',
      timeLimitMinutes: 50,
      now: Date.now(),
    });
    expect(claimed.ok).toBe(true);
    await store.appendMessage('c1', {
      clientId: 'client-0001',
      from: 'peer',
      senderId: entry.peerId,
      authorName: 'Robin',
      body: 'a private sentence',
      sentAt: 1,
    });
    await store.updateReceipts('c1', 'supporter', { read: 1 });
    await store.createFlag(
      flagRecord({ conversationId: 'c1', reasons: [{ rule: 'r', match: 'm' }] }),
    );
    const now = Date.now();
    await store.createSession({
      tokenHash: 'h',
      subjectId: 'u',
      role: 'peer',
      createdAt: now,
      expiresAt: now + 60_000,
    });
    await store.createInvite({
      tokenHash: 'i',
      role: 'supporter',
      createdBy: null,
      createdAt: now,
      expiresAt: now + 60_000,
    });

    const keys = await client.keys(`${prefix}*`);
    const holding: string[] = [];
    for (const key of keys) {
      const dump = JSON.stringify(await dumpKey(client, key));
      if (dump.includes('a private sentence')) holding.push(key);
    }
    expect(holding).toEqual([`${prefix}{conv:c1}:messages`]);
    for (const key of [
      `${prefix}{sessions}:token:h`,
      `${prefix}{sessions}:subject:u`,
      `${prefix}invite:i`,
    ]) {
      const ttl = await client.pttl(key);
      expect(ttl).toBeGreaterThan(60_000);
      expect(ttl).toBeLessThanOrEqual(120_000);
    }
    // Cluster-ready: every key of one conversation's stream shares its slot tag.
    expect(keys.filter((k) => k.includes('c1') && !k.includes('{'))).toEqual([]);
    await store.close();
  });

  it("marks an erased peer for a day only, in the flags' slot", async () => {
    const { store, client, prefix } = await openStore();
    await store.erasePeer('p-gone');
    const ttl = await client.pttl(`${prefix}{flags}:erased-peer:p-gone`);
    expect(ttl).toBeGreaterThan(86_000_000);
    expect(ttl).toBeLessThanOrEqual(86_400_000);
    await store.close();
  });

  it('answers StoreUnavailableError while Redis is down, and recovers by itself', async () => {
    const { store } = await openStore();
    await store.createPeer({ id: 'p1', createdAt: 1, consentVersion: null, consentedAt: null });
    await redis.stop('SIGTERM');
    const started = Date.now();
    await expect(store.getPeer('p1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.enqueue(queueEntry())).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(1000);
    await redis.start();
    await expect
      .poll(async () => store.getPeer('p1').catch((err: unknown) => err), {
        timeout: 10_000,
        interval: 100,
      })
      .toEqual({ id: 'p1', createdAt: 1, consentVersion: null, consentedAt: null });
    await store.close();
  });

  it('refuses to start within a few seconds when Redis cannot be reached', async () => {
    const started = Date.now();
    await expect(openRedis('redis://127.0.0.1:1', createLogger('silent'))).rejects.toThrow(
      /^Redis at redis:\/\/127\.0\.0\.1:1 is not reachable \(.*ECONNREFUSED.*\)/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

async function dumpKey(client: Redis, key: string) {
  switch (await client.type(key)) {
    case 'string':
      return client.get(key);
    case 'hash':
      return client.hgetall(key);
    case 'list':
      return client.lrange(key, 0, -1);
    case 'set':
      return client.smembers(key);
    case 'zset':
      return client.zrange(key, '0', '-1');
    case 'stream':
      return client.xrange(key, '-', '+');
    default:
      return null;
  }
}
