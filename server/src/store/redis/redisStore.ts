import type { Redis } from 'ioredis';
import { StoreUnavailableError } from '../errors.js';
import type {
  AccountRecord,
  AuditQuery,
  AuditRecord,
  ClaimRequest,
  ConversationRecord,
  FlagNote,
  FlagRecord,
  InviteRecord,
  NewMessage,
  PeerRecord,
  QueueEntry,
  SessionRecord,
  ShiftRecord,
  Store,
} from '../types.js';
import * as audit from './audit.js';
import { isUnavailable } from './connection.js';
import type { RedisContext } from './context.js';
import * as streams from './conversationStreams.js';
import * as dispatch from './dispatch.js';
import * as flags from './flags.js';
import * as identities from './identities.js';
import { redisKeys } from './keys.js';
import * as privacy from './privacy.js';
import { defineScripts } from './scripts.js';

/**
 * All platform state in Redis, shared by every server process. Each method is one atomic step
 * (a command, a MULTI on one slot, or a Lua script), except erasure and retention, which cross
 * slots in steps that are each atomic and safe to repeat. docs/store.md has the key layout.
 */
export class RedisStore implements Store {
  readonly kind = 'redis' as const;
  private readonly ctx: RedisContext;

  /** `prefix` namespaces every key (tests give each store its own). */
  constructor(
    private readonly redis: Redis,
    prefix = 'alongside:',
  ) {
    const runScript = defineScripts(redis);
    this.ctx = { redis, keys: redisKeys(prefix), script: runScript };
  }

  /** Redis that cannot be reached becomes StoreUnavailableError; anything else is a bug. */
  private async guard<T>(step: (ctx: RedisContext) => Promise<T>): Promise<T> {
    try {
      return await step(this.ctx);
    } catch (err) {
      if (isUnavailable(err)) throw new StoreUnavailableError(err);
      throw err;
    }
  }

  async close(): Promise<void> {
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }

  // identities
  createPeer(peer: PeerRecord) {
    return this.guard((ctx) => identities.createPeer(ctx, peer));
  }
  getPeer(id: string) {
    return this.guard((ctx) => identities.getPeer(ctx, id));
  }
  recordConsent(peerId: string, version: number, at: number) {
    return this.guard((ctx) => identities.recordConsent(ctx, peerId, version, at));
  }
  erasePeer(peerId: string) {
    return this.guard((ctx) => privacy.erasePeer(ctx, peerId));
  }
  purgeConversationsEndedBefore(cutoff: number) {
    return this.guard((ctx) => privacy.purgeConversationsEndedBefore(ctx, cutoff));
  }
  createAccount(account: AccountRecord) {
    return this.guard((ctx) => identities.createAccount(ctx, account));
  }
  getAccount(id: string) {
    return this.guard((ctx) => identities.getAccount(ctx, id));
  }
  getAccountByUsername(username: string) {
    return this.guard((ctx) => identities.getAccountByUsername(ctx, username));
  }
  listAccounts() {
    return this.guard((ctx) => identities.listAccounts(ctx));
  }
  setAccountDisabled(id: string, disabled: boolean) {
    return this.guard((ctx) => identities.setAccountDisabled(ctx, id, disabled));
  }
  async countAccounts(role: AccountRecord['role']) {
    return (await this.listAccounts()).filter((a) => a.role === role).length;
  }
  createSession(session: SessionRecord) {
    return this.guard((ctx) => identities.createSession(ctx, session));
  }
  getSession(tokenHash: string, now: number) {
    return this.guard((ctx) => identities.getSession(ctx, tokenHash, now));
  }
  revokeSessions(subjectId: string) {
    return this.guard((ctx) => identities.revokeSessions(ctx, subjectId));
  }
  createInvite(invite: InviteRecord) {
    return this.guard((ctx) => identities.createInvite(ctx, invite));
  }
  consumeInvite(tokenHash: string, now: number) {
    return this.guard((ctx) => identities.consumeInvite(ctx, tokenHash, now));
  }

  // shifts
  putShift(shift: ShiftRecord) {
    return this.guard((ctx) => dispatch.putShift(ctx, shift));
  }
  getShift(supporterId: string) {
    return this.guard((ctx) => dispatch.getShift(ctx, supporterId));
  }
  listShifts() {
    return this.guard((ctx) => dispatch.listShifts(ctx));
  }
  deleteShift(supporterId: string) {
    return this.guard((ctx) => dispatch.deleteShift(ctx, supporterId));
  }
  startShift(supporterId: string, capacity: number, now: number) {
    return this.guard((ctx) => dispatch.startShift(ctx, supporterId, capacity, now));
  }
  setShiftStatus(supporterId: string, status: 'active' | 'paused') {
    return this.guard((ctx) => dispatch.setShiftStatus(ctx, supporterId, status));
  }
  endShift(supporterId: string) {
    return this.guard((ctx) => dispatch.endShift(ctx, supporterId));
  }
  closeShiftIfIdle(supporterId: string) {
    return this.guard((ctx) => dispatch.closeShiftIfIdle(ctx, supporterId));
  }
  countActiveConversations(supporterId: string) {
    return this.guard((ctx) => dispatch.countActiveConversations(ctx, supporterId));
  }

  // queue
  enqueue(entry: QueueEntry) {
    return this.guard((ctx) => dispatch.enqueue(ctx, entry));
  }
  getQueueEntryForPeer(peerId: string) {
    return this.guard((ctx) => dispatch.getQueueEntryForPeer(ctx, peerId));
  }
  removeQueueEntry(entryId: string) {
    return this.guard((ctx) => dispatch.removeQueueEntry(ctx, entryId));
  }
  listQueue() {
    return this.guard((ctx) => dispatch.listQueue(ctx));
  }
  raiseQueuePriority(entryId: string, priority: number) {
    return this.guard((ctx) => dispatch.raiseQueuePriority(ctx, entryId, priority));
  }
  claimQueueEntry(request: ClaimRequest) {
    return this.guard((ctx) => dispatch.claimQueueEntry(ctx, request));
  }

  // conversations
  getConversation(id: string) {
    return this.guard((ctx) => dispatch.getConversation(ctx, id));
  }
  getConversationHeader(id: string) {
    return this.guard((ctx) => dispatch.getConversationHeader(ctx, id));
  }
  listActiveConversationsForSupporter(supporterId: string) {
    return this.guard((ctx) => dispatch.listActiveConversationsForSupporter(ctx, supporterId));
  }
  listConversationsForPeer(peerId: string) {
    return this.guard((ctx) => dispatch.listConversationsForPeer(ctx, peerId));
  }
  endConversation(id: string, endedBy: NonNullable<ConversationRecord['endedBy']>, now: number) {
    return this.guard((ctx) => dispatch.endConversation(ctx, id, endedBy, now));
  }
  addConversationModerator(conversationId: string, moderatorId: string) {
    return this.guard((ctx) => dispatch.addConversationModerator(ctx, conversationId, moderatorId));
  }
  appendMessage(conversationId: string, message: NewMessage) {
    return this.guard((ctx) => streams.appendMessage(ctx, conversationId, message));
  }
  listMessages(conversationId: string, afterSeq: number, limit: number) {
    return this.guard((ctx) => streams.listMessages(ctx, conversationId, afterSeq, limit));
  }
  updateReceipts(
    conversationId: string,
    side: 'peer' | 'supporter',
    update: { delivered?: number; read?: number },
  ) {
    return this.guard((ctx) => streams.updateReceipts(ctx, conversationId, side, update));
  }

  // safety flags
  createFlag(flag: FlagRecord, options: { unlessCovered?: boolean } = {}) {
    return this.guard((ctx) => flags.createFlag(ctx, flag, options));
  }
  getFlag(id: string) {
    return this.guard((ctx) => flags.getFlag(ctx, id));
  }
  listUnresolvedFlags() {
    return this.guard((ctx) => flags.listUnresolvedFlags(ctx));
  }
  listFlagsForConversation(conversationId: string) {
    return this.guard((ctx) => flags.listFlagsForConversation(ctx, conversationId));
  }
  acknowledgeFlag(id: string, by: string, at: number) {
    return this.guard((ctx) => flags.acknowledgeFlag(ctx, id, by, at));
  }
  addFlagNote(id: string, note: FlagNote) {
    return this.guard((ctx) => flags.addFlagNote(ctx, id, note));
  }
  resolveFlag(id: string, by: string, at: number, outcome: string) {
    return this.guard((ctx) => flags.resolveFlag(ctx, id, by, at, outcome));
  }

  // audit: append-only
  appendAudit(record: AuditRecord) {
    return this.guard((ctx) => audit.appendAudit(ctx, record));
  }
  listAudit(query: AuditQuery) {
    return this.guard((ctx) => audit.listAudit(ctx, query));
  }
}
