import { DomainError, type ClientEventName } from '@alongside/shared';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { RateGate } from './boundary.js';
import type { AppSocket } from './types.js';

interface Policy {
  points: number;
  /** seconds */
  duration: number;
  /** seconds blocked once exceeded */
  blockDuration?: number;
}

/**
 * The budgets. Generous for a person typing, tight for a script: a chat message every 250 ms
 * sustained is already far beyond anyone's typing.
 */
export const POLICIES = {
  anyEvent: { points: 60, duration: 1 },
  message: { points: 20, duration: 5 },
  queueJoin: { points: 6, duration: 60 },
  invite: { points: 20, duration: 3600 },
  report: { points: 20, duration: 600 },
  connectPerAddress: { points: 60, duration: 60 },
  signInPerAddress: { points: 30, duration: 900 },
  // New anonymous identities per address: otherwise per-identity limits are one request away.
  peerSessionPerAddress: { points: 30, duration: 60 },
  signInFailures: { points: 50, duration: 3600 },
} satisfies Record<string, Policy>;

const eventPolicy: Partial<Record<ClientEventName, keyof typeof POLICIES>> = {
  'conversation:send': 'message',
  'queue:join': 'queueJoin',
  'account:invite': 'invite',
  'flag:raise': 'report',
};

export interface RateLimitBackend {
  /** An ioredis client: limits are then shared by every node. */
  redis?: unknown;
}

function rejected(err: unknown): number | null {
  return err instanceof RateLimiterRes ? err.msBeforeNext : null;
}

/** Rate limits per identity and per address, in memory or shared through Redis. */
export class RateLimits implements RateGate {
  private readonly limiters = new Map<keyof typeof POLICIES, RateLimiterAbstract>();

  constructor(backend: RateLimitBackend = {}) {
    for (const [name, policy] of Object.entries(POLICIES) as [keyof typeof POLICIES, Policy][]) {
      const memory = new RateLimiterMemory({ ...policy, keyPrefix: `alongside:rl:${name}` });
      // With Redis down the limits fall back to this node's memory rather than refusing everyone.
      this.limiters.set(
        name,
        backend.redis
          ? new RateLimiterRedis({
              ...policy,
              keyPrefix: `alongside:rl:${name}`,
              storeClient: backend.redis,
              insuranceLimiter: memory,
              rejectIfRedisNotReady: true,
            })
          : memory,
      );
    }
  }

  private limiter(name: keyof typeof POLICIES): RateLimiterAbstract {
    const l = this.limiters.get(name);
    if (!l) throw new Error(`no limiter ${name}`);
    return l;
  }

  /** Consumes a point or throws a typed rate_limited error that says when to retry. */
  async consume(name: keyof typeof POLICIES, key: string): Promise<void> {
    try {
      await this.limiter(name).consume(key);
    } catch (err) {
      const ms = rejected(err);
      if (ms === null) throw err;
      throw new DomainError(
        'rate_limited',
        `Too many requests; retry in ${Math.ceil(ms / 1000)} s.`,
        ms,
      );
    }
  }

  async check(event: ClientEventName, socket: AppSocket): Promise<void> {
    const id = socket.data.identity.id;
    const policy = eventPolicy[event];
    // Both budgets at once: on Redis that is one round trip's wait instead of two.
    await Promise.all([
      this.consume('anyEvent', id),
      policy ? this.consume(policy, id) : undefined,
    ]);
  }

  connect(address: string): Promise<void> {
    return this.consume('connectPerAddress', address);
  }

  /**
   * Sign-in: a budget per address, and a growing delay per username after failures
   * (1 s, 2 s, 4 s … up to 15 min), so guessing a password gets slower and slower.
   */
  async beforeSignIn(address: string, username: string): Promise<void> {
    await this.consume('signInPerAddress', address);
    const failures = (await this.limiter('signInFailures').get(username))?.consumedPoints ?? 0;
    if (failures >= 3) {
      const waitMs = Math.min(2 ** (failures - 3) * 1000, 15 * 60_000);
      const last = this.lastFailure.get(username) ?? 0;
      const remaining = last + waitMs - Date.now();
      if (remaining > 0) {
        throw new DomainError(
          'rate_limited',
          `Too many failed sign-ins; retry in ${Math.ceil(remaining / 1000)} s.`,
          remaining,
        );
      }
    }
  }

  // Time of the last failure per username, for the growing delay (the count itself is shared).
  private lastFailure = new Map<string, number>();

  async signInFailed(username: string): Promise<void> {
    this.lastFailure.set(username, Date.now());
    if (this.lastFailure.size > 10_000) this.lastFailure.clear();
    try {
      await this.limiter('signInFailures').consume(username);
    } catch (err) {
      if (rejected(err) === null) throw err;
    }
  }

  async signInSucceeded(username: string): Promise<void> {
    this.lastFailure.delete(username);
    await this.limiter('signInFailures').delete(username);
  }
}
