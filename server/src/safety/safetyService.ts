import {
  detectRisk,
  DomainError,
  queuePriorities,
  type Identity,
  type ParsedInput,
  type RiskAssessment,
} from '@alongside/shared';
import { newId } from '../ids.js';
import type { AuditLog } from '../moderation/auditLog.js';
import type {
  ConversationHeader,
  ConversationRecord,
  FlagRecord,
  MessageRecord,
  QueueEntry,
  Store,
} from '../store/types.js';
import { compareFlags } from './flagViews.js';

/**
 * The flag lifecycle: detect, store durably, then (the caller) tell people. Acknowledge, note,
 * resolve, open and join are moderator steps, each written to the audit log.
 */
export class SafetyService {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditLog,
  ) {}

  private newFlag(
    fields: Pick<
      FlagRecord,
      | 'conversationId'
      | 'queueEntryId'
      | 'peerId'
      | 'supporterId'
      | 'source'
      | 'raisedBy'
      | 'level'
      | 'categories'
      | 'reasons'
    >,
  ): FlagRecord {
    return {
      ...fields,
      id: newId(),
      status: 'open',
      createdAt: Date.now(),
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
      resolvedBy: null,
      outcome: null,
      notes: [],
    };
  }

  /** Without `unlessCovered` the store always keeps the flag; this returns it as stored. */
  private async save(flag: FlagRecord): Promise<FlagRecord> {
    return (await this.store.createFlag(flag)) ?? flag;
  }

  /**
   * Every peer message is assessed. Synchronous, so the common case (nothing found) costs the
   * chat path no await; null means there is nothing to raise.
   */
  assessMessage(message: MessageRecord): RiskAssessment | null {
    if (message.from !== 'peer') return null;
    const risk = detectRisk(message.body);
    return risk.level === 'none' ? null : risk;
  }

  /**
   * Only a message that raises something new (a higher level or another category than an
   * unresolved flag of the chat) makes a flag; the store decides that in the same step as it
   * stores, so two risky messages arriving together raise one flag.
   */
  async raiseFromMessage(
    conversation: ConversationHeader,
    message: MessageRecord,
    risk: RiskAssessment,
  ): Promise<FlagRecord | null> {
    if (risk.level === 'none') return null;
    const candidate = this.newFlag({
      conversationId: conversation.id,
      queueEntryId: null,
      peerId: conversation.peerId,
      supporterId: conversation.supporterId,
      source: 'detector',
      raisedBy: null,
      level: risk.level,
      categories: risk.categories,
      reasons: risk.reasons,
    });
    const flag = await this.store.createFlag(candidate, { unlessCovered: true });
    if (!flag) return null;
    await this.audit.record(null, 'flag.raise', flag.id, {
      source: 'detector',
      level: flag.level,
      conversationId: conversation.id,
      seq: message.seq,
    });
    return flag;
  }

  /** The note a waiting peer wrote is assessed too; a flag lifts their place in the queue. */
  async assessQueueEntry(entry: QueueEntry): Promise<FlagRecord | null> {
    if (!entry.note) return null;
    const risk = detectRisk(entry.note);
    if (risk.level === 'none') return null;
    const flag = await this.save(
      this.newFlag({
        conversationId: null,
        queueEntryId: entry.id,
        peerId: entry.peerId,
        supporterId: null,
        source: 'detector',
        raisedBy: null,
        level: risk.level,
        categories: risk.categories,
        reasons: risk.reasons,
      }),
    );
    await this.store.raiseQueuePriority(entry.id, queuePriorities[risk.level]);
    await this.audit.record(null, 'flag.raise', flag.id, {
      source: 'detector',
      level: flag.level,
      queueEntryId: entry.id,
    });
    return flag;
  }

  async raiseByHand(
    identity: Identity,
    input: ParsedInput<'flag:raise'>,
  ): Promise<{ flag: FlagRecord; conversation: ConversationRecord }> {
    const conversation = await this.store.getConversation(input.conversationId);
    if (!conversation) throw new DomainError('not_found');
    if (identity.role === 'supporter' && conversation.supporterId !== identity.id)
      throw new DomainError('forbidden');
    const candidate = this.newFlag({
      conversationId: conversation.id,
      queueEntryId: null,
      peerId: conversation.peerId,
      supporterId: conversation.supporterId,
      source: identity.role === 'moderator' ? 'moderator' : 'supporter',
      raisedBy: identity.id,
      level: input.level,
      categories: [...new Set(input.categories)],
      reasons: [{ rule: `manual.${identity.role}`, match: '' }],
    });
    if (input.note)
      candidate.notes.push({
        authorId: identity.id,
        authorName: identity.displayName ?? '',
        body: input.note,
        at: candidate.createdAt,
      });
    const flag = await this.save(candidate);
    await this.audit.record(identity, 'flag.raise', flag.id, {
      source: flag.source,
      level: flag.level,
      conversationId: conversation.id,
    });
    return { flag, conversation };
  }

  async unresolved(): Promise<FlagRecord[]> {
    return (await this.store.listUnresolvedFlags()).sort(compareFlags);
  }

  private async require(flagId: string): Promise<FlagRecord> {
    const flag = await this.store.getFlag(flagId);
    if (!flag) throw new DomainError('not_found');
    return flag;
  }

  async acknowledge(identity: Identity, flagId: string): Promise<FlagRecord> {
    const flag = await this.store.acknowledgeFlag(flagId, identity.id, Date.now());
    if (!flag) throw new DomainError('not_found');
    await this.audit.record(identity, 'flag.acknowledge', flag.id, {});
    return flag;
  }

  async addNote(identity: Identity, flagId: string, body: string): Promise<FlagRecord> {
    const flag = await this.store.addFlagNote(flagId, {
      authorId: identity.id,
      authorName: identity.displayName ?? '',
      body,
      at: Date.now(),
    });
    if (!flag) throw new DomainError('not_found');
    await this.audit.record(identity, 'flag.note', flag.id, { length: body.length });
    return flag;
  }

  async resolve(identity: Identity, input: ParsedInput<'flag:resolve'>): Promise<FlagRecord> {
    await this.require(input.flagId);
    if (input.note) await this.addNote(identity, input.flagId, input.note);
    const flag = await this.store.resolveFlag(input.flagId, identity.id, Date.now(), input.outcome);
    if (!flag) throw new DomainError('not_found');
    await this.audit.record(identity, 'flag.resolve', flag.id, { outcome: input.outcome });
    return flag;
  }

  /** Content access: audited before anything is returned. */
  async open(identity: Identity, flagId: string) {
    const flag = await this.require(flagId);
    const conversation = flag.conversationId
      ? await this.store.getConversation(flag.conversationId)
      : null;
    await this.audit.record(
      identity,
      'conversation.open',
      flag.conversationId ?? flag.queueEntryId,
      { flagId: flag.id },
    );
    const messages = conversation
      ? await this.store.listMessages(conversation.id, 0, conversation.lastSeq)
      : [];
    let peerPseudonym = conversation?.peerPseudonym ?? null;
    if (!conversation && flag.queueEntryId && flag.peerId) {
      peerPseudonym = (await this.store.getQueueEntryForPeer(flag.peerId))?.pseudonym ?? null;
    }
    return { flag, conversation, messages, peerPseudonym };
  }

  async join(identity: Identity, conversationId: string): Promise<ConversationRecord> {
    const existing = await this.store.getConversation(conversationId);
    if (!existing) throw new DomainError('not_found');
    if (existing.status !== 'active') throw new DomainError('conversation_ended');
    const conversation = await this.store.addConversationModerator(conversationId, identity.id);
    if (!conversation) throw new DomainError('not_found');
    await this.audit.record(identity, 'conversation.join', conversationId, {});
    return conversation;
  }
}
