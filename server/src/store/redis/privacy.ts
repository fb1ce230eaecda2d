import type { RedisContext } from './context.js';
import { deleteConversations } from './conversationStreams.js';
import { removePeerFromQueue } from './dispatch.js';
import { anonymiseFlags } from './flags.js';
import { revokeSessions } from './identities.js';

/* Erasure and retention: deletes that cross slots, as steps each atomic and safe to repeat. */

/** Conversations deleted per script run, so retention never blocks Redis for long. */
const DELETE_BATCH = 100;

/**
 * The transcripts go first (tombstoned, so a send in flight cannot bring words back), then
 * headers and indexes, the queue place, the flags' link to the peer, sessions, the peer.
 */
export async function erasePeer(ctx: RedisContext, peerId: string) {
  let conversations = 0;
  // A chat opened while erasing is caught by the next round.
  for (let round = 0; round < 5; round++) {
    const ids = await ctx.redis.zrange(ctx.keys.peerConversations(peerId), '0', '-1');
    if (ids.length === 0) break;
    conversations += await deleteConversations(ctx, ids, null);
  }
  await removePeerFromQueue(ctx, peerId);
  const flags = await anonymiseFlags(ctx, peerId);
  await revokeSessions(ctx, peerId);
  await ctx.redis.del(ctx.keys.peer(peerId));
  return { conversations, flags };
}

export async function purgeConversationsEndedBefore(ctx: RedisContext, cutoff: number) {
  let purged = 0;
  for (;;) {
    const ids = await ctx.redis.zrangebyscore(
      ctx.keys.endedConversations,
      '-inf',
      `(${cutoff}`,
      'LIMIT',
      0,
      DELETE_BATCH,
    );
    const deleted = ids.length === 0 ? 0 : await deleteConversations(ctx, ids, cutoff);
    if (deleted === 0) return purged;
    purged += deleted;
  }
}
