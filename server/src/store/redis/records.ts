import type {
  ConversationHeader,
  ConversationRecord,
  FlagNote,
  FlagRecord,
  MessageRecord,
  NewMessage,
  QueueEntry,
} from '../types.js';

/*
 * Records that scripts change field by field (peers, conversation headers, flags) are kept as
 * hashes with one JSON value per field: a script sets `status` to '"ended"' without decoding
 * and re-encoding the record (cjson would turn an empty array into an object).
 */

export type Hash = Record<string, string>;

export function toFields(record: object): Hash {
  const fields: Hash = {};
  for (const [field, value] of Object.entries(record))
    fields[field] = JSON.stringify(value ?? null);
  return fields;
}

/** The same fields as a flat [field, value, …] list, as scripts take them in ARGV. */
export function toFieldList(record: object): string[] {
  return Object.entries(toFields(record)).flat();
}

export function fromFields<T>(hash: Hash): T {
  const record: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(hash)) record[field] = JSON.parse(value);
  return record as T;
}

/** HGETALL from a script arrives as a flat [field, value, …] list. */
export function hashFromPairs(pairs: unknown): Hash {
  const hash: Hash = {};
  if (!Array.isArray(pairs)) return hash;
  for (let i = 0; i + 1 < pairs.length; i += 2) hash[String(pairs[i])] = String(pairs[i + 1]);
  return hash;
}

/** A queue entry as kept: its JSON (with the priority it joined with) and the live priority. */
export function queueEntryFrom(json: string, priority: unknown): QueueEntry {
  return { ...(JSON.parse(json) as QueueEntry), priority: Number(priority) };
}

/** The header as the claim writes it; the rest comes from the entry inside the script. */
export function newConversationHeader(
  fields: Omit<ConversationHeader, 'peerId' | 'peerPseudonym' | 'topics' | 'language'>,
): string[] {
  return toFieldList(fields);
}

/** The header lives under {dispatch}; counters and receipts under {conv:ID}: one record. */
export function headerFrom(header: Hash): ConversationHeader | null {
  return header.id === undefined ? null : fromFields<ConversationHeader>(header);
}

export function conversationFrom(header: Hash, state: Hash): ConversationRecord | null {
  const fields = headerFrom(header);
  return fields && { ...fields, lastSeq: count(state.lastSeq), receipts: receiptsFrom(state) };
}

const count = (value: string | undefined) => Number(value ?? 0);

export function receiptsFrom(state: Hash): ConversationRecord['receipts'] {
  return {
    peer: { delivered: count(state.peerDelivered), read: count(state.peerRead) },
    supporter: { delivered: count(state.supporterDelivered), read: count(state.supporterRead) },
  };
}

/** Seq and conversation id are where the message is kept, so its JSON holds neither. */
export function messageFrom(conversationId: string, seq: number, json: string): MessageRecord {
  const stored = JSON.parse(json) as NewMessage;
  return {
    conversationId,
    seq,
    clientId: stored.clientId,
    from: stored.from,
    senderId: stored.senderId,
    authorName: stored.authorName,
    body: stored.body,
    sentAt: stored.sentAt,
  };
}

export function messageJson(message: NewMessage): string {
  const { clientId, from, senderId, authorName, body, sentAt } = message;
  return JSON.stringify({ clientId, from, senderId, authorName, body, sentAt });
}

/** From a flag script's {HGETALL flag, LRANGE notes}. */
export function flagFrom(state: unknown): FlagRecord | null {
  if (!Array.isArray(state)) return null;
  const hash = hashFromPairs(state[0]);
  if (hash.id === undefined) return null;
  const notes = (Array.isArray(state[1]) ? state[1] : []).map(
    (note) => JSON.parse(String(note)) as FlagNote,
  );
  return { ...fromFields<Omit<FlagRecord, 'notes'>>(hash), notes };
}
