import {
  DomainError,
  type Conversation,
  type Identity,
  type Message,
  type ParsedInput,
} from '@alongside/shared';
import type {
  ConversationHeader,
  ConversationRecord,
  MessageRecord,
  Store,
} from '../store/types.js';

export type Side = 'peer' | 'supporter' | 'moderator';

export function toConversationView(c: ConversationRecord): Conversation {
  const { peerId: _p, supporterId: _s, moderatorIds: _m, ...view } = c;
  return view;
}

/**
 * What a client may see of a message: an allowlist, so a field added to the record stays
 * private until it is added here. (Also cheaper than rest-destructuring on the hot path.)
 */
export function toMessageView(m: MessageRecord): Message {
  return {
    conversationId: m.conversationId,
    seq: m.seq,
    clientId: m.clientId,
    from: m.from,
    authorName: m.authorName,
    body: m.body,
    sentAt: m.sentAt,
  };
}

/** Everyone who should see a conversation's events, by user id. */
export function participantIds(c: ConversationHeader): string[] {
  return [c.peerId, c.supporterId, ...c.moderatorIds];
}

function notFound(): never {
  throw new DomainError('not_found');
}

/** Which side of the chat this identity is on; not_found or forbidden otherwise. */
function sideOf(identity: Identity, conversation: ConversationHeader | null): Side {
  if (!conversation) notFound();
  if (identity.role === 'peer' && conversation.peerId === identity.id) return 'peer';
  if (identity.role === 'supporter' && conversation.supporterId === identity.id) return 'supporter';
  if (identity.role === 'moderator' && conversation.moderatorIds.includes(identity.id))
    return 'moderator';
  throw new DomainError('forbidden');
}

export class ConversationsService {
  constructor(private readonly store: Store) {}

  /**
   * Membership is read from the store on every event, so when a chat changes hands the
   * previous holder is cut off at once, on every node.
   */
  async requireMember(
    identity: Identity,
    conversationId: string,
  ): Promise<{ conversation: ConversationRecord; side: Side }> {
    const conversation = await this.store.getConversation(conversationId);
    return { conversation: conversation ?? notFound(), side: sideOf(identity, conversation) };
  }

  /** The same check on the header alone: what sends and typing need, and cheaper to read. */
  async requireParticipant(
    identity: Identity,
    conversationId: string,
  ): Promise<{ conversation: ConversationHeader; side: Side }> {
    const conversation = await this.store.getConversationHeader(conversationId);
    return { conversation: conversation ?? notFound(), side: sideOf(identity, conversation) };
  }

  async send(
    identity: Identity,
    input: ParsedInput<'conversation:send'>,
  ): Promise<{ conversation: ConversationHeader; message: MessageRecord; duplicate: boolean }> {
    const { conversation, side } = await this.requireParticipant(identity, input.conversationId);
    // The store answers a resend with the original even after the end, and refuses anything new.
    const result = await this.store.appendMessage(conversation.id, {
      clientId: input.clientId,
      from: side,
      senderId: identity.id,
      authorName:
        side === 'peer'
          ? conversation.peerPseudonym
          : side === 'supporter'
            ? conversation.supporterName
            : (identity.displayName ?? ''),
      body: input.body,
      sentAt: Date.now(),
    });
    if (result === 'ended') throw new DomainError('conversation_ended');
    if (!result) throw new DomainError('not_found');
    return { conversation, ...result };
  }

  async history(identity: Identity, input: ParsedInput<'conversation:history'>) {
    const { conversation } = await this.requireMember(identity, input.conversationId);
    // One extra row tells whether more follow without a second query.
    const rows = await this.store.listMessages(conversation.id, input.afterSeq, input.limit + 1);
    return {
      conversation,
      messages: rows.slice(0, input.limit),
      hasMore: rows.length > input.limit,
    };
  }

  async receipt(identity: Identity, input: ParsedInput<'conversation:receipt'>) {
    const { conversation, side } = await this.requireMember(identity, input.conversationId);
    if (side === 'moderator')
      throw new DomainError('forbidden', 'Receipts belong to the two participants.');
    const update: { delivered?: number; read?: number } = {};
    if (input.delivered !== undefined) update.delivered = input.delivered;
    if (input.read !== undefined) update.read = input.read;
    const receipts = await this.store.updateReceipts(conversation.id, side, update);
    if (!receipts) throw new DomainError('not_found');
    return { conversation, receipts };
  }

  async end(
    identity: Identity,
    conversationId: string,
  ): Promise<{ conversation: ConversationRecord; changed: boolean }> {
    const { conversation, side } = await this.requireMember(identity, conversationId);
    if (conversation.status === 'ended') return { conversation, changed: false };
    if (side === 'moderator') throw new DomainError('forbidden');
    const ended = await this.store.endConversation(conversation.id, side, Date.now());
    if (!ended) throw new DomainError('not_found');
    return { conversation: ended, changed: ended.endedBy === side && ended.endedAt !== null };
  }

  async activeFor(identity: Identity): Promise<ConversationRecord[]> {
    if (identity.role === 'supporter')
      return this.store.listActiveConversationsForSupporter(identity.id);
    if (identity.role === 'peer') {
      return (await this.store.listConversationsForPeer(identity.id)).filter(
        (c) => c.status === 'active',
      );
    }
    return [];
  }
}
