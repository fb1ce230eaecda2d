import type { FlagNote, FlagRecord } from '../types.js';
import { execOrThrow, type RedisContext } from './context.js';
import * as scripts from './recordScripts.js';
import { flagFrom, toFields } from './records.js';

/* Safety flags: everything under the {flags} tag. */

function flagKeys({ keys }: RedisContext, id: string) {
  return [keys.flag(id), keys.flagNotes(id)];
}

/** One slot, so one transaction: the flag and its indexes appear together. */
export async function createFlag(ctx: RedisContext, flag: FlagRecord) {
  const k = ctx.keys;
  const { notes, ...fields } = flag;
  const tx = ctx.redis.multi().del(k.flag(flag.id), k.flagNotes(flag.id));
  tx.hset(k.flag(flag.id), toFields(fields));
  if (notes.length > 0) tx.rpush(k.flagNotes(flag.id), ...notes.map((n) => JSON.stringify(n)));
  if (flag.status !== 'resolved') tx.zadd(k.unresolvedFlags, flag.createdAt, flag.id);
  if (flag.conversationId !== null) {
    tx.zadd(k.conversationFlags(flag.conversationId), flag.createdAt, flag.id);
  }
  // Erasure finds a peer's flags here, to keep them without the peer.
  if (flag.peerId !== null) tx.zadd(k.peerFlags(flag.peerId), flag.createdAt, flag.id);
  await execOrThrow(tx);
}

export async function getFlag(ctx: RedisContext, id: string) {
  return flagFrom(await ctx.script(scripts.readFlag, flagKeys(ctx, id), []));
}

async function flagsIn(ctx: RedisContext, indexKey: string) {
  const ids = await ctx.redis.zrange(indexKey, '0', '-1');
  const flags = await Promise.all(ids.map((id) => getFlag(ctx, id)));
  return flags.filter((f): f is FlagRecord => f !== null);
}

export async function listUnresolvedFlags(ctx: RedisContext) {
  return (await flagsIn(ctx, ctx.keys.unresolvedFlags)).filter((f) => f.status !== 'resolved');
}

export function listFlagsForConversation(ctx: RedisContext, conversationId: string) {
  return flagsIn(ctx, ctx.keys.conversationFlags(conversationId));
}

export async function acknowledgeFlag(ctx: RedisContext, id: string, by: string, at: number) {
  return flagFrom(
    await ctx.script(scripts.acknowledgeFlag, flagKeys(ctx, id), [JSON.stringify(by), at]),
  );
}

export async function addFlagNote(ctx: RedisContext, id: string, note: FlagNote) {
  return flagFrom(await ctx.script(scripts.addFlagNote, flagKeys(ctx, id), [JSON.stringify(note)]));
}

export async function resolveFlag(
  ctx: RedisContext,
  id: string,
  by: string,
  at: number,
  outcome: string,
) {
  return flagFrom(
    await ctx.script(
      scripts.resolveFlag,
      [...flagKeys(ctx, id), ctx.keys.unresolvedFlags],
      [id, JSON.stringify(by), at, JSON.stringify(outcome)],
    ),
  );
}

/** Erasure: the peer's flags stay, without the peer's id or the words the detector matched. */
export async function anonymiseFlags(ctx: RedisContext, peerId: string): Promise<number> {
  const k = ctx.keys;
  return Number(await ctx.script(scripts.anonymiseFlags, [k.peerFlags(peerId)], [k.flagPrefix]));
}
