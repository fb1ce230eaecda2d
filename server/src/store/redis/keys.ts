/**
 * Every Redis key the store uses, in one place (docs/store.md describes each).
 *
 * Keys that one script touches share a hash tag, so the layout can move to Redis Cluster:
 * `{dispatch}` holds everything a claim decides on (queue, shifts, who holds which chat,
 * conversation headers); `{conv:ID}` one conversation's messages and counters; `{sessions}`,
 * `{accounts}` and `{flags}` their own records and indexes.
 */
export function redisKeys(prefix: string) {
  if (/[{}]/.test(prefix)) throw new Error('The Redis key prefix must not contain braces.');
  const dispatch = `${prefix}{dispatch}:`;
  const sessions = `${prefix}{sessions}:`;
  const accounts = `${prefix}{accounts}:`;
  const flags = `${prefix}{flags}:`;
  const conversation = (id: string) => `${prefix}{conv:${id}}:`;
  return {
    peer: (id: string) => `${prefix}peer:${id}`,
    invite: (tokenHash: string) => `${prefix}invite:${tokenHash}`,
    audit: `${prefix}audit:log`,

    accountRecords: `${accounts}records`,
    accountUsernames: `${accounts}usernames`,
    disabledAccounts: `${accounts}disabled`,

    sessionPrefix: `${sessions}token:`,
    session: (tokenHash: string) => `${sessions}token:${tokenHash}`,
    subjectSessions: (subjectId: string) => `${sessions}subject:${subjectId}`,

    shifts: `${dispatch}shifts`,
    activePrefix: `${dispatch}active:`,
    active: (supporterId: string) => `${dispatch}active:${supporterId}`,
    queueEntries: `${dispatch}queue:entries`,
    queuePriorities: `${dispatch}queue:priorities`,
    queueOrder: `${dispatch}queue:order`,
    queuePeers: `${dispatch}queue:peers`,
    conversationPrefix: `${dispatch}conversation:`,
    conversation: (id: string) => `${dispatch}conversation:${id}`,
    endedConversations: `${dispatch}ended`,
    peerConversationsPrefix: `${dispatch}peer-conversations:`,
    peerConversations: (peerId: string) => `${dispatch}peer-conversations:${peerId}`,

    conversationState: (id: string) => `${conversation(id)}state`,
    messages: (id: string) => `${conversation(id)}messages`,
    clientIds: (id: string) => `${conversation(id)}client-ids`,

    flagPrefix: `${flags}flag:`,
    flag: (id: string) => `${flags}flag:${id}`,
    flagNotes: (id: string) => `${flags}flag:${id}:notes`,
    unresolvedFlags: `${flags}unresolved`,
    conversationFlags: (conversationId: string) => `${flags}conversation:${conversationId}`,
    peerFlags: (peerId: string) => `${flags}peer:${peerId}`,
    erasedPeer: (peerId: string) => `${flags}erased-peer:${peerId}`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;

/**
 * How long a deleted conversation's stream keeps a tombstone: far longer than any command
 * that checked the header just before the delete can take to arrive.
 */
export const TOMBSTONE_MS = 86_400_000;

/**
 * Sessions and invites carry their own expiry, checked against the caller's clock; the Redis
 * TTL only collects them afterwards, with a minute's grace so clock skew between nodes never
 * cuts a session short.
 */
export function ttlAfterExpiry(record: { createdAt: number; expiresAt: number }): number {
  return Math.max(1, record.expiresAt - record.createdAt) + 60_000;
}
