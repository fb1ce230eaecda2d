import { compareRiskLevel } from '@alongside/shared';
import { compareQueueEntries, emptyReceipts, pickNextEntry } from '../fairOrder.js';
import type {
  AccountRecord,
  AuditQuery,
  AuditRecord,
  ClaimRequest,
  ClaimResult,
  ConversationHeader,
  ConversationRecord,
  FlagNote,
  FlagRecord,
  InviteRecord,
  MessageRecord,
  NewMessage,
  PeerRecord,
  QueueEntry,
  SessionRecord,
  ShiftRecord,
  Store,
} from '../types.js';

/**
 * Deep copies keep callers from mutating stored state, as a real store would. Records are plain
 * data (strings, numbers, booleans, null, arrays, plain objects), so a recursive copy is enough;
 * structuredClone cost about five times as much and was the top server entry in the chat-load
 * profile (docs/performance.md).
 */
function copy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => copy(item)) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
  return out as T;
}

interface Chat {
  /** Frozen; replaced, never changed (status, moderators). */
  header: ConversationHeader;
  /** The counters change on every message, so they live beside the header, not in it. */
  lastSeq: number;
  receipts: ConversationRecord['receipts'];
  /** The whole record as last handed out, frozen; null once a counter or the header moved. */
  snapshot: ConversationRecord | null;
  /** seq n at index n-1. */
  messages: MessageRecord[];
  /** clientId → seq, for idempotent resends. */
  clientIds: Map<string, number>;
}

/** Freezes a plain-data record and everything in it. */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/** How long an erased peer's id is remembered, so a flag raised in that instant loses it too. */
const ERASED_PEER_MS = 86_400_000;

/** What erasure leaves of a flag: no peer, and not the words the detector matched. */
function anonymise(flag: FlagRecord) {
  flag.peerId = null;
  flag.reasons = flag.reasons.map((r) => ({ rule: r.rule, match: '' }));
}

/**
 * The zero-setup store for one process. Every method runs without awaiting in between,
 * so each is atomic on Node's single thread.
 */
export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  private peers = new Map<string, PeerRecord>();
  private accounts = new Map<string, AccountRecord>();
  private usernames = new Map<string, string>();
  private sessions = new Map<string, SessionRecord>();
  private invites = new Map<string, InviteRecord>();
  private shifts = new Map<string, ShiftRecord>();
  private queue = new Map<string, QueueEntry>();
  /** A conversation with its transcript: one lookup per message on the chat path, not three. */
  private chats = new Map<string, Chat>();
  /**
   * Active chats per supporter, kept in step with every status change. Counting by scanning every
   * conversation ever held made each queue status update O(shifts × conversations).
   */
  private activeBySupporter = new Map<string, number>();
  /** Conversation ids per peer: joining the queue checks a peer's chats without a full scan. */
  private conversationsByPeer = new Map<string, Set<string>>();
  /** The sweep of expired sessions, resumed a little on every createSession. */
  private sessionSweep: Iterator<[string, SessionRecord]> | null = null;
  private flags = new Map<string, FlagRecord>();
  /** Erased peer ids → when, oldest first; kept ERASED_PEER_MS (see createFlag). */
  private erasedPeers = new Map<string, number>();
  private audit: AuditRecord[] = [];

  close(): Promise<void> {
    return Promise.resolve();
  }

  createPeer(peer: PeerRecord) {
    this.peers.set(peer.id, copy(peer));
    return Promise.resolve();
  }
  getPeer(id: string) {
    return Promise.resolve(copy(this.peers.get(id) ?? null));
  }

  recordConsent(peerId: string, version: number, at: number) {
    const peer = this.peers.get(peerId);
    if (!peer) return Promise.resolve(null);
    peer.consentVersion = version;
    peer.consentedAt = at;
    return Promise.resolve(copy(peer));
  }
  private deleteConversation(id: string) {
    const existing = this.chats.get(id)?.header;
    if (!existing) return;
    if (existing.status === 'active') this.adjustActive(existing.supporterId, -1);
    const ofPeer = this.conversationsByPeer.get(existing.peerId);
    ofPeer?.delete(id);
    if (ofPeer?.size === 0) this.conversationsByPeer.delete(existing.peerId);
    this.chats.delete(id);
  }
  /** A peer's chats. Scans read the header; a full record is built only for what is returned. */
  private peerChats(peerId: string): Chat[] {
    const out: Chat[] = [];
    for (const id of this.conversationsByPeer.get(peerId) ?? []) {
      const chat = this.chats.get(id);
      if (chat) out.push(chat);
    }
    return out;
  }
  /** Oldest first, so the sweep stops at the first one still within the day. */
  private forgetErasedBefore(cutoff: number) {
    for (const [id, at] of this.erasedPeers) {
      if (at > cutoff) break;
      this.erasedPeers.delete(id);
    }
  }
  erasePeer(peerId: string) {
    let conversations = 0;
    for (const chat of this.peerChats(peerId)) {
      this.deleteConversation(chat.header.id);
      conversations++;
    }
    const now = Date.now();
    this.forgetErasedBefore(now - ERASED_PEER_MS);
    this.erasedPeers.delete(peerId);
    this.erasedPeers.set(peerId, now);
    let flags = 0;
    for (const f of this.flags.values()) {
      if (f.peerId === peerId) {
        anonymise(f);
        flags++;
      }
    }
    for (const e of [...this.queue.values()]) if (e.peerId === peerId) this.queue.delete(e.id);
    for (const [hash, session] of this.sessions)
      if (session.subjectId === peerId) this.sessions.delete(hash);
    this.peers.delete(peerId);
    return Promise.resolve({ conversations, flags });
  }
  purgeConversationsEndedBefore(cutoff: number) {
    let purged = 0;
    for (const { header } of [...this.chats.values()]) {
      if (header.status === 'ended' && header.endedAt !== null && header.endedAt < cutoff) {
        this.deleteConversation(header.id);
        purged++;
      }
    }
    return Promise.resolve(purged);
  }

  createAccount(account: AccountRecord) {
    if (this.usernames.has(account.username)) return Promise.resolve(false);
    this.usernames.set(account.username, account.id);
    this.accounts.set(account.id, copy(account));
    return Promise.resolve(true);
  }
  getAccount(id: string) {
    return Promise.resolve(copy(this.accounts.get(id) ?? null));
  }
  getAccountByUsername(username: string) {
    const id = this.usernames.get(username);
    return Promise.resolve(copy((id && this.accounts.get(id)) || null));
  }
  listAccounts() {
    return Promise.resolve(
      [...this.accounts.values()].sort((a, b) => a.createdAt - b.createdAt).map(copy),
    );
  }
  setAccountDisabled(id: string, disabled: boolean) {
    const account = this.accounts.get(id);
    if (!account) return Promise.resolve(null);
    account.disabled = disabled;
    return Promise.resolve(copy(account));
  }
  countAccounts(role: AccountRecord['role']) {
    return Promise.resolve([...this.accounts.values()].filter((a) => a.role === role).length);
  }

  createSession(session: SessionRecord) {
    this.sessions.set(session.tokenHash, copy(session));
    this.sweepSessions(session.createdAt);
    return Promise.resolve();
  }
  /**
   * Expired sessions are dropped by a sweep that looks at two entries per session created, so
   * it laps the map faster than the map grows, at O(1) per call and never a full scan at once.
   */
  private sweepSessions(now: number) {
    for (let i = 0; i < 2; i++) {
      this.sessionSweep ??= this.sessions.entries();
      const next = this.sessionSweep.next();
      if (next.done) {
        // A finished iterator never sees later entries: the next call starts a new lap.
        this.sessionSweep = null;
        return;
      }
      const [hash, session] = next.value;
      if (session.expiresAt <= now) this.sessions.delete(hash);
    }
  }
  getSession(tokenHash: string, now: number) {
    const session = this.sessions.get(tokenHash);
    if (!session || session.expiresAt <= now) return Promise.resolve(null);
    return Promise.resolve(copy(session));
  }
  revokeSessions(subjectId: string) {
    let count = 0;
    for (const [hash, session] of this.sessions) {
      if (session.subjectId === subjectId) {
        this.sessions.delete(hash);
        count++;
      }
    }
    return Promise.resolve(count);
  }

  createInvite(invite: InviteRecord) {
    this.invites.set(invite.tokenHash, copy(invite));
    return Promise.resolve();
  }
  consumeInvite(tokenHash: string, now: number) {
    const invite = this.invites.get(tokenHash);
    this.invites.delete(tokenHash);
    return Promise.resolve(invite && invite.expiresAt > now ? invite : null);
  }

  putShift(shift: ShiftRecord) {
    this.shifts.set(shift.supporterId, copy(shift));
    return Promise.resolve();
  }
  getShift(supporterId: string) {
    return Promise.resolve(copy(this.shifts.get(supporterId) ?? null));
  }
  listShifts() {
    return Promise.resolve([...this.shifts.values()].map(copy));
  }
  deleteShift(supporterId: string) {
    this.shifts.delete(supporterId);
    return Promise.resolve();
  }
  startShift(supporterId: string, capacity: number, now: number) {
    const startedAt = this.shifts.get(supporterId)?.startedAt ?? now;
    const shift: ShiftRecord = { supporterId, status: 'active', capacity, startedAt };
    this.shifts.set(supporterId, shift);
    return Promise.resolve(copy(shift));
  }
  setShiftStatus(supporterId: string, status: 'active' | 'paused') {
    const shift = this.shifts.get(supporterId);
    if (!shift) return Promise.resolve(null);
    // A pause from a stale tab must not undo an end: the shift would never close.
    if (shift.status !== 'ending') shift.status = status;
    return Promise.resolve(copy(shift));
  }
  endShift(supporterId: string) {
    const shift = this.shifts.get(supporterId);
    if (!shift) return Promise.resolve('not_on_shift' as const);
    shift.status = 'ending';
    return this.closeShiftIfIdle(supporterId);
  }
  closeShiftIfIdle(supporterId: string) {
    const shift = this.shifts.get(supporterId);
    if (shift?.status === 'ending' && this.activeCount(supporterId) === 0) {
      this.shifts.delete(supporterId);
      return Promise.resolve(null);
    }
    return Promise.resolve(copy(shift ?? null));
  }
  private activeCount(supporterId: string): number {
    return this.activeBySupporter.get(supporterId) ?? 0;
  }
  private adjustActive(supporterId: string, delta: number) {
    const n = (this.activeBySupporter.get(supporterId) ?? 0) + delta;
    if (n > 0) this.activeBySupporter.set(supporterId, n);
    else this.activeBySupporter.delete(supporterId);
  }
  countActiveConversations(supporterId: string) {
    return Promise.resolve(this.activeCount(supporterId));
  }

  enqueue(entry: QueueEntry) {
    for (const e of this.queue.values())
      if (e.peerId === entry.peerId) return Promise.resolve('already_queued' as const);
    if (this.peerChats(entry.peerId).some((chat) => chat.header.status === 'active'))
      return Promise.resolve('in_chat' as const);
    this.queue.set(entry.id, copy(entry));
    return Promise.resolve('queued' as const);
  }
  getQueueEntryForPeer(peerId: string) {
    for (const e of this.queue.values()) if (e.peerId === peerId) return Promise.resolve(copy(e));
    return Promise.resolve(null);
  }
  removeQueueEntry(entryId: string) {
    const entry = this.queue.get(entryId) ?? null;
    this.queue.delete(entryId);
    return Promise.resolve(entry);
  }
  private ordered(): QueueEntry[] {
    return [...this.queue.values()].sort(compareQueueEntries);
  }
  listQueue() {
    return Promise.resolve(this.ordered().map(copy));
  }
  raiseQueuePriority(entryId: string, priority: number) {
    const entry = this.queue.get(entryId);
    if (!entry) return Promise.resolve(null);
    entry.priority = Math.max(entry.priority, priority);
    return Promise.resolve(copy(entry));
  }
  claimQueueEntry(request: ClaimRequest): Promise<ClaimResult> {
    const shift = this.shifts.get(request.supporterId);
    if (!shift || shift.status !== 'active')
      return Promise.resolve({ ok: false, reason: 'not_on_shift' });
    if (this.activeCount(request.supporterId) >= shift.capacity) {
      return Promise.resolve({ ok: false, reason: 'at_capacity' });
    }
    const entry =
      request.entryId === null
        ? pickNextEntry(this.ordered(), request.experience)
        : this.queue.get(request.entryId);
    if (!entry) return Promise.resolve({ ok: false, reason: 'already_taken' });
    this.queue.delete(entry.id);
    const conversation: ConversationRecord = {
      id: request.conversationId,
      status: 'active',
      peerId: entry.peerId,
      supporterId: request.supporterId,
      peerPseudonym: entry.pseudonym,
      supporterName: request.supporterName,
      topics: entry.topics,
      language: entry.language,
      startedAt: request.now,
      endedAt: null,
      endedBy: null,
      timeLimitMinutes: request.timeLimitMinutes,
      lastSeq: 0,
      receipts: emptyReceipts(),
      moderatorJoined: false,
      moderatorIds: [],
    };
    const { lastSeq, receipts, ...header } = conversation;
    this.chats.set(conversation.id, {
      header: frozen(header),
      lastSeq,
      receipts: frozen(receipts),
      snapshot: null,
      messages: [],
      clientIds: new Map(),
    });
    this.adjustActive(conversation.supporterId, 1);
    const ofPeer = this.conversationsByPeer.get(entry.peerId);
    if (ofPeer) ofPeer.add(conversation.id);
    else this.conversationsByPeer.set(entry.peerId, new Set([conversation.id]));
    return Promise.resolve({ ok: true, conversation, entry: copy(entry) });
  }

  // Conversations and messages, the hot path, are copy-on-write: stored records are frozen and
  // handed out as they are; a change stores a new one. A message only bumps the chat's lastSeq:
  // the full record is put together again when someone next asks for it, and a send, which
  // checks the header only, never does.
  private recordOf(chat: Chat): ConversationRecord {
    chat.snapshot ??= Object.freeze({
      ...chat.header,
      lastSeq: chat.lastSeq,
      receipts: chat.receipts,
    });
    return chat.snapshot;
  }
  private replaceHeader(chat: Chat, next: ConversationHeader): ConversationRecord {
    chat.header = Object.freeze(next);
    chat.snapshot = null;
    return this.recordOf(chat);
  }

  getConversation(id: string) {
    const chat = this.chats.get(id);
    return Promise.resolve(chat ? this.recordOf(chat) : null);
  }
  getConversationHeader(id: string) {
    return Promise.resolve(this.chats.get(id)?.header ?? null);
  }
  listActiveConversationsForSupporter(supporterId: string) {
    return Promise.resolve(
      [...this.chats.values()]
        .filter(({ header }) => header.supporterId === supporterId && header.status === 'active')
        .map((chat) => this.recordOf(chat))
        .sort((a, b) => a.startedAt - b.startedAt),
    );
  }
  listConversationsForPeer(peerId: string) {
    return Promise.resolve(
      this.peerChats(peerId)
        .map((chat) => this.recordOf(chat))
        .sort((a, b) => a.startedAt - b.startedAt),
    );
  }
  endConversation(id: string, endedBy: NonNullable<ConversationRecord['endedBy']>, now: number) {
    const chat = this.chats.get(id);
    if (!chat) return Promise.resolve(null);
    const header = chat.header;
    if (header.status !== 'active') return Promise.resolve(this.recordOf(chat));
    this.adjustActive(header.supporterId, -1);
    return Promise.resolve(
      this.replaceHeader(chat, { ...header, status: 'ended', endedAt: now, endedBy }),
    );
  }
  appendMessage(conversationId: string, input: NewMessage) {
    const chat = this.chats.get(conversationId);
    if (!chat) return Promise.resolve(null);
    const existing = chat.clientIds.get(input.clientId);
    if (existing !== undefined) {
      const original = chat.messages[existing - 1];
      if (original) return Promise.resolve({ message: original, duplicate: true });
    }
    if (chat.header.status !== 'active') return Promise.resolve('ended' as const);
    const seq = ++chat.lastSeq;
    chat.snapshot = null;
    // Field by field, not `{ ...input }`: in the running server the spread was the costliest
    // line of the chat path (about 7 µs a message against well under 1 µs for this).
    const message: MessageRecord = Object.freeze({
      conversationId,
      seq,
      clientId: input.clientId,
      from: input.from,
      senderId: input.senderId,
      authorName: input.authorName,
      body: input.body,
      sentAt: input.sentAt,
    });
    chat.messages.push(message);
    chat.clientIds.set(input.clientId, seq);
    return Promise.resolve({ message, duplicate: false });
  }
  listMessages(conversationId: string, afterSeq: number, limit: number) {
    const list = this.chats.get(conversationId)?.messages ?? [];
    // seq n sits at index n-1, so the page is a slice.
    return Promise.resolve(list.slice(afterSeq, afterSeq + limit));
  }
  addConversationModerator(conversationId: string, moderatorId: string) {
    const chat = this.chats.get(conversationId);
    if (!chat) return Promise.resolve(null);
    const header = chat.header;
    const moderatorIds = header.moderatorIds.includes(moderatorId)
      ? header.moderatorIds
      : Object.freeze([...header.moderatorIds, moderatorId]);
    return Promise.resolve(
      this.replaceHeader(chat, {
        ...header,
        moderatorIds: moderatorIds as string[],
        moderatorJoined: true,
      }),
    );
  }
  updateReceipts(
    conversationId: string,
    side: 'peer' | 'supporter',
    update: { delivered?: number; read?: number },
  ) {
    const chat = this.chats.get(conversationId);
    if (!chat) return Promise.resolve(null);
    const mine = chat.receipts[side];
    const cap = (n: number | undefined, current: number) =>
      n === undefined ? current : Math.max(current, Math.min(n, chat.lastSeq));
    const read = cap(update.read, mine.read);
    // Read implies delivered.
    const delivered = Math.max(cap(update.delivered, mine.delivered), read);
    chat.receipts = frozen({ ...chat.receipts, [side]: { delivered, read } });
    chat.snapshot = null;
    return Promise.resolve(chat.receipts);
  }

  createFlag(flag: FlagRecord, options: { unlessCovered?: boolean } = {}) {
    if (options.unlessCovered && this.isCovered(flag)) return Promise.resolve(null);
    const stored = copy(flag);
    this.forgetErasedBefore(Date.now() - ERASED_PEER_MS);
    if (stored.peerId !== null && this.erasedPeers.has(stored.peerId)) anonymise(stored);
    this.flags.set(stored.id, stored);
    return Promise.resolve(copy(stored));
  }
  private isCovered(flag: FlagRecord): boolean {
    if (flag.conversationId === null) return false;
    for (const f of this.flags.values()) {
      if (
        f.conversationId === flag.conversationId &&
        f.status !== 'resolved' &&
        compareRiskLevel(f.level, flag.level) >= 0 &&
        flag.categories.every((c) => f.categories.includes(c))
      )
        return true;
    }
    return false;
  }
  getFlag(id: string) {
    return Promise.resolve(copy(this.flags.get(id) ?? null));
  }
  listUnresolvedFlags() {
    return Promise.resolve(
      [...this.flags.values()]
        .filter((f) => f.status !== 'resolved')
        .sort((a, b) => a.createdAt - b.createdAt)
        .map(copy),
    );
  }
  listFlagsForConversation(conversationId: string) {
    return Promise.resolve(
      [...this.flags.values()]
        .filter((f) => f.conversationId === conversationId)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map(copy),
    );
  }
  acknowledgeFlag(id: string, by: string, at: number) {
    const flag = this.flags.get(id);
    if (!flag) return Promise.resolve(null);
    if (flag.status === 'open') {
      flag.status = 'acknowledged';
      flag.acknowledgedAt = at;
      flag.acknowledgedBy = by;
    }
    return Promise.resolve(copy(flag));
  }
  addFlagNote(id: string, note: FlagNote) {
    const flag = this.flags.get(id);
    if (!flag) return Promise.resolve(null);
    flag.notes.push(copy(note));
    return Promise.resolve(copy(flag));
  }
  resolveFlag(id: string, by: string, at: number, outcome: string) {
    const flag = this.flags.get(id);
    if (!flag) return Promise.resolve(null);
    if (flag.status !== 'resolved') {
      flag.acknowledgedAt ??= at;
      flag.acknowledgedBy ??= by;
      flag.status = 'resolved';
      flag.resolvedAt = at;
      flag.resolvedBy = by;
      flag.outcome = outcome;
    }
    return Promise.resolve(copy(flag));
  }

  appendAudit(record: AuditRecord) {
    this.audit.push(copy(record));
    return Promise.resolve();
  }
  listAudit(query: AuditQuery) {
    const out: AuditRecord[] = [];
    for (let i = this.audit.length - 1; i >= 0 && out.length < query.limit; i--) {
      const r = this.audit[i];
      if (!r) continue;
      if (query.actorId !== undefined && r.actorId !== query.actorId) continue;
      if (query.action !== undefined && r.action !== query.action) continue;
      if (query.targetId !== undefined && r.targetId !== query.targetId) continue;
      out.push(copy(r));
    }
    return Promise.resolve(out);
  }
}
