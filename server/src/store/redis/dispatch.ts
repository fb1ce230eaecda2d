import type {
  ClaimRequest,
  ClaimResult,
  ConversationRecord,
  QueueEntry,
  ShiftRecord,
} from '../types.js';
import { parseJson, type RedisContext } from './context.js';
import * as scripts from './dispatchScripts.js';
import {
  conversationFrom,
  headerFrom,
  hashFromPairs,
  newConversationHeader,
  queueEntryFrom,
  receiptsFrom,
} from './records.js';

/* Shifts, the queue and conversation headers: everything under the {dispatch} tag. */

export async function putShift({ redis, keys }: RedisContext, shift: ShiftRecord) {
  await redis.hset(keys.shifts, shift.supporterId, JSON.stringify(shift));
}

export async function getShift({ redis, keys }: RedisContext, supporterId: string) {
  return parseJson<ShiftRecord>(await redis.hget(keys.shifts, supporterId));
}

export async function listShifts({ redis, keys }: RedisContext) {
  return (await redis.hvals(keys.shifts)).map((json) => JSON.parse(json) as ShiftRecord);
}

export async function deleteShift({ redis, keys }: RedisContext, supporterId: string) {
  await redis.hdel(keys.shifts, supporterId);
}

/** A shift script's reply: the shift JSON, or nil. */
function shiftOrNull(reply: unknown): ShiftRecord | null {
  return typeof reply === 'string' ? (JSON.parse(reply) as ShiftRecord) : null;
}

export async function startShift(
  ctx: RedisContext,
  supporterId: string,
  capacity: number,
  now: number,
) {
  const json = await ctx.script(
    scripts.startShift,
    [ctx.keys.shifts],
    [supporterId, capacity, now],
  );
  return JSON.parse(json as string) as ShiftRecord;
}

export async function setShiftStatus(
  ctx: RedisContext,
  supporterId: string,
  status: 'active' | 'paused',
) {
  const json = await ctx.script(scripts.setShiftStatus, [ctx.keys.shifts], [supporterId, status]);
  return shiftOrNull(json);
}

export async function endShift(ctx: RedisContext, supporterId: string) {
  const k = ctx.keys;
  const json = await ctx.script(scripts.endShift, [k.shifts, k.active(supporterId)], [supporterId]);
  if (json === 'not_on_shift') return 'not_on_shift' as const;
  return shiftOrNull(json);
}

export async function closeShiftIfIdle(ctx: RedisContext, supporterId: string) {
  const k = ctx.keys;
  const json = await ctx.script(
    scripts.closeShiftIfIdle,
    [k.shifts, k.active(supporterId)],
    [supporterId],
  );
  return shiftOrNull(json);
}

export function countActiveConversations({ redis, keys }: RedisContext, supporterId: string) {
  return redis.zcard(keys.active(supporterId));
}

/** KEYS[1..4] of every queue script. */
export function queueKeys({ keys }: RedisContext) {
  return [keys.queueEntries, keys.queuePriorities, keys.queueOrder, keys.queuePeers];
}

function entryOrNull(reply: unknown): QueueEntry | null {
  if (!Array.isArray(reply)) return null;
  const [json, priority] = reply as [string, string];
  return queueEntryFrom(json, priority);
}

export async function enqueue(ctx: RedisContext, entry: QueueEntry) {
  const k = ctx.keys;
  const outcome = await ctx.script(
    scripts.enqueue,
    [...queueKeys(ctx), k.peerConversations(entry.peerId)],
    [
      entry.id,
      entry.peerId,
      JSON.stringify(entry),
      entry.priority,
      entry.joinedAt,
      k.conversationPrefix,
    ],
  );
  return outcome as 'queued' | 'already_queued' | 'in_chat';
}

export async function getQueueEntryForPeer(ctx: RedisContext, peerId: string) {
  return entryOrNull(await ctx.script(scripts.queueEntryForPeer, queueKeys(ctx), [peerId]));
}

export async function removeQueueEntry(ctx: RedisContext, entryId: string) {
  return entryOrNull(await ctx.script(scripts.removeQueueEntry, queueKeys(ctx), [entryId]));
}

export async function removePeerFromQueue(ctx: RedisContext, peerId: string) {
  await ctx.script(scripts.removePeerFromQueue, queueKeys(ctx), [peerId]);
}

/** In the order claims take them: priority, then joinedAt, then id (byte order). */
export async function listQueue(ctx: RedisContext) {
  const flat = (await ctx.script(scripts.listQueue, queueKeys(ctx), [])) as string[];
  const entries: QueueEntry[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    entries.push(queueEntryFrom(String(flat[i]), flat[i + 1]));
  }
  return entries;
}

export async function raiseQueuePriority(ctx: RedisContext, entryId: string, priority: number) {
  return entryOrNull(
    await ctx.script(scripts.raiseQueuePriority, queueKeys(ctx), [entryId, priority]),
  );
}

export async function claimQueueEntry(
  ctx: RedisContext,
  request: ClaimRequest,
): Promise<ClaimResult> {
  const k = ctx.keys;
  const header = {
    id: request.conversationId,
    status: 'active' as const,
    supporterId: request.supporterId,
    supporterName: request.supporterName,
    startedAt: request.now,
    endedAt: null,
    endedBy: null,
    timeLimitMinutes: request.timeLimitMinutes,
    moderatorIds: [],
    moderatorJoined: false,
  };
  const reply = (await ctx.script(
    scripts.claimQueueEntry,
    [...queueKeys(ctx), k.shifts, k.active(request.supporterId), k.conversation(header.id)],
    [
      k.peerConversationsPrefix,
      request.entryId ?? '',
      request.supporterId,
      JSON.stringify(request.experience),
      header.id,
      request.now,
      ...newConversationHeader(header),
    ],
  )) as string[];
  const [outcome, json, priority] = reply;
  if (outcome !== 'ok' || json === undefined) {
    return { ok: false, reason: outcome as Extract<ClaimResult, { ok: false }>['reason'] };
  }
  const entry = queueEntryFrom(json, priority);
  const conversation: ConversationRecord = {
    ...header,
    peerId: entry.peerId,
    peerPseudonym: entry.pseudonym,
    topics: entry.topics,
    language: entry.language,
    lastSeq: 0,
    receipts: receiptsFrom({}),
  };
  return { ok: true, conversation, entry };
}

export async function getConversationHeader({ redis, keys }: RedisContext, id: string) {
  return headerFrom(await redis.hgetall(keys.conversation(id)));
}

export async function getConversation({ redis, keys }: RedisContext, id: string) {
  const [header, state] = await Promise.all([
    redis.hgetall(keys.conversation(id)),
    redis.hgetall(keys.conversationState(id)),
  ]);
  return conversationFrom(header, state);
}

/** A header a script returned, completed with the counters from the conversation's slot. */
async function withState(ctx: RedisContext, id: string, header: unknown) {
  if (!Array.isArray(header)) return null;
  const state = await ctx.redis.hgetall(ctx.keys.conversationState(id));
  return conversationFrom(hashFromPairs(header), state);
}

async function conversationsIn(ctx: RedisContext, indexKey: string, activeOnly: boolean) {
  const ids = await ctx.redis.zrange(indexKey, '0', '-1');
  const found = await Promise.all(ids.map((id) => getConversation(ctx, id)));
  return found.filter(
    (c): c is ConversationRecord => c !== null && (!activeOnly || c.status === 'active'),
  );
}

export function listActiveConversationsForSupporter(ctx: RedisContext, supporterId: string) {
  return conversationsIn(ctx, ctx.keys.active(supporterId), true);
}

export function listConversationsForPeer(ctx: RedisContext, peerId: string) {
  return conversationsIn(ctx, ctx.keys.peerConversations(peerId), false);
}

export async function endConversation(
  ctx: RedisContext,
  id: string,
  endedBy: NonNullable<ConversationRecord['endedBy']>,
  now: number,
) {
  const k = ctx.keys;
  // The stream (another slot) is marked first: from here on a send is refused, so nothing is
  // stored after the end. A resend of an earlier message still gets its original answer.
  if ((await ctx.redis.exists(k.conversation(id))) === 1) {
    await ctx.redis.hset(k.conversationState(id), 'ended', '1');
  }
  const header = await ctx.script(
    scripts.endConversation,
    [k.conversation(id), k.endedConversations],
    [k.activePrefix, JSON.stringify(endedBy), now],
  );
  return withState(ctx, id, header);
}

export async function addConversationModerator(
  ctx: RedisContext,
  conversationId: string,
  moderatorId: string,
) {
  const header = await ctx.script(
    scripts.addConversationModerator,
    [ctx.keys.conversation(conversationId)],
    [moderatorId],
  );
  return withState(ctx, conversationId, header);
}
