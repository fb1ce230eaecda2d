import type {
  AccountRole,
  Conversation,
  Message,
  ParticipantRole,
  QueueEntryView,
  Receipts,
  RiskCategory,
  RiskLevel,
  Role,
  ShiftStatus,
} from '@alongside/shared';

export interface PeerRecord {
  id: string;
  createdAt: number;
  /** The consent text version the peer accepted, and when; null until they do. */
  consentVersion: number | null;
  consentedAt: number | null;
}

export interface AccountRecord {
  id: string;
  username: string;
  displayName: string;
  role: AccountRole;
  /** scrypt hash in a self-describing string; see accounts/passwords.ts */
  passwordHash: string;
  /** Topics of the supporter's own lived experience (for matching). */
  experience: string[];
  disabled: boolean;
  createdAt: number;
}

/** Sessions are looked up by a hash of the token, so a store dump yields no usable token. */
export interface SessionRecord {
  tokenHash: string;
  subjectId: string;
  role: Role;
  createdAt: number;
  expiresAt: number;
}

export interface InviteRecord {
  tokenHash: string;
  role: AccountRole;
  createdBy: string | null;
  createdAt: number;
  expiresAt: number;
}

export interface ShiftRecord {
  supporterId: string;
  status: ShiftStatus;
  capacity: number;
  startedAt: number;
}

export interface QueueEntry extends QueueEntryView {
  peerId: string;
}

export interface ConversationRecord extends Conversation {
  peerId: string;
  supporterId: string;
  /** Moderators who joined (visible to both participants). */
  moderatorIds: string[];
}

/**
 * Who is in a conversation and how it stands, without the counters that change on every
 * message (lastSeq, receipts): what a membership check needs.
 */
export type ConversationHeader = Omit<ConversationRecord, 'lastSeq' | 'receipts'>;

export interface MessageRecord extends Message {
  senderId: string | null;
}

export interface NewMessage {
  clientId: string;
  from: ParticipantRole;
  senderId: string | null;
  authorName: string;
  body: string;
  sentAt: number;
}

export type ClaimResult =
  | { ok: true; conversation: ConversationRecord; entry: QueueEntry }
  | { ok: false; reason: 'already_taken' | 'not_on_shift' | 'at_capacity' };

export interface ClaimRequest {
  /** The entry to take; null means the next one in fair order for this supporter. */
  entryId: string | null;
  supporterId: string;
  supporterName: string;
  /** Topics of the supporter's lived experience: a tie-breaker between equal entries. */
  experience: string[];
  conversationId: string;
  timeLimitMinutes: number;
  now: number;
}

export type FlagStatus = 'open' | 'acknowledged' | 'resolved';

export interface FlagNote {
  authorId: string;
  authorName: string;
  body: string;
  at: number;
}

export interface FlagRecord {
  id: string;
  conversationId: string | null;
  queueEntryId: string | null;
  /** null after the peer erased their data: the flag stays, the identity goes. */
  peerId: string | null;
  supporterId: string | null;
  source: 'detector' | 'supporter' | 'moderator';
  raisedBy: string | null;
  level: Exclude<RiskLevel, 'none'>;
  categories: RiskCategory[];
  reasons: { rule: string; match: string }[];
  status: FlagStatus;
  createdAt: number;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
  resolvedAt: number | null;
  resolvedBy: string | null;
  outcome: string | null;
  notes: FlagNote[];
}

export interface AuditRecord {
  id: string;
  at: number;
  actorId: string | null;
  actorRole: Role | 'system';
  action: string;
  targetId: string | null;
  /** Metadata only: never message content, notes or pseudonyms. */
  detail: Record<string, string | number | boolean | null>;
}

export interface AuditQuery {
  actorId?: string;
  action?: string;
  targetId?: string;
  limit: number;
}

/**
 * All platform state. Every method is one atomic step: callers never read-modify-write,
 * so the Redis implementation can make each a Lua script or a MULTI and several nodes stay correct.
 */
export interface Store {
  readonly kind: 'memory' | 'redis';
  close(): Promise<void>;

  // identities
  createPeer(peer: PeerRecord): Promise<void>;
  getPeer(id: string): Promise<PeerRecord | null>;
  recordConsent(peerId: string, version: number, at: number): Promise<PeerRecord | null>;
  /**
   * Erasure: the peer's conversations and messages, queue entry, sessions and record go;
   * their flags stay with peerId null and the matched words removed, and so does a flag created
   * for the peer afterwards (see createFlag). Returns what went.
   */
  erasePeer(peerId: string): Promise<{ conversations: number; flags: number }>;
  /** Retention: deletes ended conversations (and messages) that ended before the cutoff. */
  purgeConversationsEndedBefore(cutoff: number): Promise<number>;
  /** Returns false when the username is taken. */
  createAccount(account: AccountRecord): Promise<boolean>;
  getAccount(id: string): Promise<AccountRecord | null>;
  getAccountByUsername(username: string): Promise<AccountRecord | null>;
  listAccounts(): Promise<AccountRecord[]>;
  setAccountDisabled(id: string, disabled: boolean): Promise<AccountRecord | null>;
  countAccounts(role: AccountRole): Promise<number>;

  createSession(session: SessionRecord): Promise<void>;
  /** Expired sessions are not returned. */
  getSession(tokenHash: string, now: number): Promise<SessionRecord | null>;
  /** Removes every session of a subject; returns how many went. */
  revokeSessions(subjectId: string): Promise<number>;

  createInvite(invite: InviteRecord): Promise<void>;
  /** Single use: the first caller gets the invite, every later caller null. */
  consumeInvite(tokenHash: string, now: number): Promise<InviteRecord | null>;

  // shifts
  /** Overwrites the whole record (set-up and tests); services use the single-step transitions. */
  putShift(shift: ShiftRecord): Promise<void>;
  getShift(supporterId: string): Promise<ShiftRecord | null>;
  listShifts(): Promise<ShiftRecord[]>;
  deleteShift(supporterId: string): Promise<void>;
  /** Active with this capacity; a shift already running keeps its start time. */
  startShift(supporterId: string, capacity: number, now: number): Promise<ShiftRecord>;
  /** Changes only the status; null when the supporter is not on shift. */
  /** Pause or resume; an ending shift is returned unchanged (starting again is shift:start). */
  setShiftStatus(supporterId: string, status: 'active' | 'paused'): Promise<ShiftRecord | null>;
  /**
   * Closes (deletes) the shift when the supporter holds no chats, otherwise marks it ending so it
   * closes with its last chat. Returns the shift as it is now (null once closed).
   */
  endShift(supporterId: string): Promise<ShiftRecord | null | 'not_on_shift'>;
  /** An ending shift whose supporter holds no chats is closed. Returns the shift as it is now. */
  closeShiftIfIdle(supporterId: string): Promise<ShiftRecord | null>;
  /** Chats a supporter holds now. */
  countActiveConversations(supporterId: string): Promise<number>;

  // queue
  /** Queues the entry unless this peer already has an entry or an active conversation. */
  enqueue(entry: QueueEntry): Promise<'queued' | 'already_queued' | 'in_chat'>;
  getQueueEntryForPeer(peerId: string): Promise<QueueEntry | null>;
  removeQueueEntry(entryId: string): Promise<QueueEntry | null>;
  /** Fair order: priority (highest first), then joinedAt (oldest first). */
  listQueue(): Promise<QueueEntry[]>;
  /** Only ever raises. */
  raiseQueuePriority(entryId: string, priority: number): Promise<QueueEntry | null>;
  /**
   * Atomically: the entry is still queued, the supporter's shift is active and below capacity;
   * then remove the entry and open the conversation. Exactly one of many racing callers wins.
   */
  claimQueueEntry(request: ClaimRequest): Promise<ClaimResult>;

  // conversations
  getConversation(id: string): Promise<ConversationRecord | null>;
  /** The conversation without its counters: cheaper, and all a send or typing check needs. */
  getConversationHeader(id: string): Promise<ConversationHeader | null>;
  listActiveConversationsForSupporter(supporterId: string): Promise<ConversationRecord[]>;
  listConversationsForPeer(peerId: string): Promise<ConversationRecord[]>;
  /** Returns null when missing; an already ended conversation is returned unchanged. */
  endConversation(
    id: string,
    endedBy: NonNullable<Conversation['endedBy']>,
    now: number,
  ): Promise<ConversationRecord | null>;
  /**
   * Allocates the next seq and stores the message, unless a message with the same clientId
   * exists: then that one is returned with duplicate true (even after the end). null when the
   * conversation is missing; 'ended' for a new message once it has ended, so nothing is stored
   * after the end even when the end races the send.
   */
  appendMessage(
    conversationId: string,
    message: NewMessage,
  ): Promise<{ message: MessageRecord; duplicate: boolean } | 'ended' | null>;
  listMessages(conversationId: string, afterSeq: number, limit: number): Promise<MessageRecord[]>;
  /** Adds a moderator to an active conversation (idempotent); null when missing. */
  addConversationModerator(
    conversationId: string,
    moderatorId: string,
  ): Promise<ConversationRecord | null>;
  /** Receipts only move forward and never past lastSeq. */
  updateReceipts(
    conversationId: string,
    side: 'peer' | 'supporter',
    update: { delivered?: number; read?: number },
  ): Promise<Receipts | null>;

  // safety flags
  /**
   * Stores the flag and returns it as stored. A flag for a peer whose data was just erased is
   * kept as erasure keeps flags: without peerId and the matched words. With `unlessCovered`,
   * nothing is stored (null) when an unresolved flag of the same conversation already has this
   * level or a higher one and every one of these categories.
   */
  createFlag(flag: FlagRecord, options?: { unlessCovered?: boolean }): Promise<FlagRecord | null>;
  getFlag(id: string): Promise<FlagRecord | null>;
  /** Open and acknowledged flags (not resolved). */
  listUnresolvedFlags(): Promise<FlagRecord[]>;
  listFlagsForConversation(conversationId: string): Promise<FlagRecord[]>;
  /** Only from open; returns the flag as it is after the call, null when missing. */
  acknowledgeFlag(id: string, by: string, at: number): Promise<FlagRecord | null>;
  addFlagNote(id: string, note: FlagNote): Promise<FlagRecord | null>;
  resolveFlag(id: string, by: string, at: number, outcome: string): Promise<FlagRecord | null>;

  // audit: append-only, no update or delete exists
  appendAudit(record: AuditRecord): Promise<void>;
  listAudit(query: AuditQuery): Promise<AuditRecord[]>;
}
