import type { AccountRecord, InviteRecord, PeerRecord, SessionRecord } from '../types.js';
import { execOrThrow, parseJson, type RedisContext } from './context.js';
import { ttlAfterExpiry } from './keys.js';
import * as scripts from './recordScripts.js';
import { fromFields, hashFromPairs, toFields, type Hash } from './records.js';

/* Peers, staff accounts, sessions and invites. */

function peerFrom(hash: Hash): PeerRecord | null {
  return hash.id === undefined ? null : fromFields<PeerRecord>(hash);
}

export async function createPeer({ redis, keys }: RedisContext, peer: PeerRecord) {
  const key = keys.peer(peer.id);
  await execOrThrow(redis.multi().del(key).hset(key, toFields(peer)));
}

export async function getPeer({ redis, keys }: RedisContext, id: string) {
  return peerFrom(await redis.hgetall(keys.peer(id)));
}

export async function recordConsent(
  ctx: RedisContext,
  peerId: string,
  version: number,
  at: number,
) {
  const reply = await ctx.script(scripts.recordConsent, [ctx.keys.peer(peerId)], [version, at]);
  return peerFrom(hashFromPairs(reply));
}

/** An account's JSON never changes; whether it is disabled is a set beside it. */
export async function createAccount(ctx: RedisContext, account: AccountRecord) {
  const k = ctx.keys;
  const created = await ctx.script(
    scripts.createAccount,
    [k.accountRecords, k.accountUsernames, k.disabledAccounts],
    [account.id, account.username, JSON.stringify(account), account.disabled ? 1 : 0],
  );
  return Number(created) === 1;
}

export async function getAccount({ redis, keys }: RedisContext, id: string) {
  const [json, disabled] = await Promise.all([
    redis.hget(keys.accountRecords, id),
    redis.sismember(keys.disabledAccounts, id),
  ]);
  const account = parseJson<AccountRecord>(json);
  return account && { ...account, disabled: disabled === 1 };
}

export async function getAccountByUsername(ctx: RedisContext, username: string) {
  const id = await ctx.redis.hget(ctx.keys.accountUsernames, username);
  return id === null ? null : getAccount(ctx, id);
}

export async function listAccounts({ redis, keys }: RedisContext) {
  const [records, disabled] = await Promise.all([
    redis.hvals(keys.accountRecords),
    redis.smembers(keys.disabledAccounts),
  ]);
  const off = new Set(disabled);
  return records
    .map((json) => JSON.parse(json) as AccountRecord)
    .map((account) => ({ ...account, disabled: off.has(account.id) }))
    .sort((a, b) => a.createdAt - b.createdAt);
}

export async function setAccountDisabled(ctx: RedisContext, id: string, disabled: boolean) {
  const json = await ctx.script(
    scripts.setAccountDisabled,
    [ctx.keys.accountRecords, ctx.keys.disabledAccounts],
    [id, disabled ? 1 : 0],
  );
  return typeof json === 'string' ? { ...(JSON.parse(json) as AccountRecord), disabled } : null;
}

export async function createSession(ctx: RedisContext, session: SessionRecord) {
  await ctx.script(
    scripts.createSession,
    [ctx.keys.session(session.tokenHash), ctx.keys.subjectSessions(session.subjectId)],
    [JSON.stringify(session), session.tokenHash, ttlAfterExpiry(session)],
  );
}

export async function getSession({ redis, keys }: RedisContext, tokenHash: string, now: number) {
  const session = parseJson<SessionRecord>(await redis.get(keys.session(tokenHash)));
  return session && session.expiresAt > now ? session : null;
}

export async function revokeSessions(ctx: RedisContext, subjectId: string) {
  const k = ctx.keys;
  return Number(
    await ctx.script(scripts.revokeSessions, [k.subjectSessions(subjectId)], [k.sessionPrefix]),
  );
}

export async function createInvite({ redis, keys }: RedisContext, invite: InviteRecord) {
  await redis.set(
    keys.invite(invite.tokenHash),
    JSON.stringify(invite),
    'PX',
    ttlAfterExpiry(invite),
  );
}

/** GETDEL is atomic: of racing callers exactly one gets the invite. */
export async function consumeInvite({ redis, keys }: RedisContext, tokenHash: string, now: number) {
  const invite = parseJson<InviteRecord>(await redis.getdel(keys.invite(tokenHash)));
  return invite && invite.expiresAt > now ? invite : null;
}
