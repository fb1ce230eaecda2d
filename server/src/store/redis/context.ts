import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys.js';
import type { LuaScript } from './scripts.js';

/** What every part of the Redis store works with: the connection, the key layout, the scripts. */
export interface RedisContext {
  redis: Redis;
  keys: RedisKeys;
  script(script: LuaScript, keys: string[], args: (string | number)[]): Promise<unknown>;
}

export function parseJson<T>(json: string | null): T | null {
  return json === null ? null : (JSON.parse(json) as T);
}

/** A MULTI on one slot; any failed command fails the whole step. */
export async function execOrThrow(tx: ReturnType<Redis['multi']>): Promise<void> {
  const results = await tx.exec();
  if (results === null) throw new Error('transaction aborted');
  for (const [err] of results) if (err) throw err;
}
