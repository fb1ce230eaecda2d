import type { MessageRecord, NewMessage } from '../types.js';
import type { RedisContext } from './context.js';
import * as scripts from './conversationScripts.js';
import { deleteConversations as deleteHeaders } from './dispatchScripts.js';
import { TOMBSTONE_MS } from './keys.js';
import { hashFromPairs, messageFrom, messageJson, receiptsFrom } from './records.js';

/* One conversation's messages, sequence numbers and receipts: its {conv:ID} slot. */

function streamKeys({ keys }: RedisContext, id: string) {
  return [keys.conversationState(id), keys.messages(id), keys.clientIds(id)];
}

/**
 * The header (under {dispatch}) says whether the conversation exists; the stream is in another
 * slot. A delete racing with the check is caught by the stream's tombstone.
 */
async function conversationExists({ redis, keys }: RedisContext, id: string) {
  return (await redis.exists(keys.conversation(id))) === 1;
}

/**
 * One round trip once the chat has messages: the script itself knows that a stream with a
 * lastSeq belongs to a live conversation. Only the first message checks the header first.
 */
export async function appendMessage(
  ctx: RedisContext,
  conversationId: string,
  message: NewMessage,
) {
  const keys = streamKeys(ctx, conversationId);
  const args = [message.clientId, messageJson(message)];
  let reply = await ctx.script(scripts.appendMessage, keys, args);
  if (reply === 'unknown') {
    if (!(await conversationExists(ctx, conversationId))) return null;
    reply = await ctx.script(scripts.appendMessage, keys, [...args, 'checked']);
  }
  if (reply === 'ended') return 'ended' as const;
  if (!Array.isArray(reply)) return null;
  const [duplicate, seq, json] = reply as [number, string, string];
  return {
    message: messageFrom(conversationId, Number(seq), json),
    duplicate: duplicate === 1,
  };
}

export async function listMessages(
  ctx: RedisContext,
  conversationId: string,
  afterSeq: number,
  limit: number,
) {
  const [first, ...rows] = (await ctx.script(
    scripts.listMessages,
    streamKeys(ctx, conversationId).slice(0, 2),
    [afterSeq, limit],
  )) as string[];
  const messages: MessageRecord[] = [];
  rows.forEach((json, i) => {
    if (json) messages.push(messageFrom(conversationId, Number(first) + i, json));
  });
  return messages;
}

export async function updateReceipts(
  ctx: RedisContext,
  conversationId: string,
  side: 'peer' | 'supporter',
  update: { delivered?: number; read?: number },
) {
  if (!(await conversationExists(ctx, conversationId))) return null;
  const state = await ctx.script(
    scripts.updateReceipts,
    [ctx.keys.conversationState(conversationId)],
    [side, update.delivered ?? '', update.read ?? ''],
  );
  return Array.isArray(state) ? receiptsFrom(hashFromPairs(state)) : null;
}

/**
 * Deletes conversations in two atomic steps, each safe to repeat: the streams first (their
 * words go and a tombstone stops late sends), then headers and indexes. `cutoff` limits it to
 * chats that ended before then; null deletes whatever the ids name.
 */
export async function deleteConversations(
  ctx: RedisContext,
  ids: string[],
  cutoff: number | null,
): Promise<number> {
  const k = ctx.keys;
  for (const id of ids) {
    await ctx.script(scripts.eraseStream, streamKeys(ctx, id), [TOMBSTONE_MS]);
  }
  return Number(
    await ctx.script(
      deleteHeaders,
      [k.endedConversations],
      [k.conversationPrefix, k.activePrefix, k.peerConversationsPrefix, cutoff ?? '', ...ids],
    ),
  );
}
