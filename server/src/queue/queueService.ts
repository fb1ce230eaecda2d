import {
  CONSENT_VERSION,
  DomainError,
  type Identity,
  type ParsedInput,
  type QueueEntryView,
  type QueueStatus,
} from '@alongside/shared';
import type { Config } from '../config.js';
import { newId } from '../ids.js';
import type { ShiftsService } from '../shifts/shiftsService.js';
import type { ConversationRecord, QueueEntry, Store } from '../store/types.js';

export function toEntryView(entry: QueueEntry): QueueEntryView {
  const { peerId: _peerId, ...view } = entry;
  return view;
}

export class QueueService {
  constructor(
    private readonly store: Store,
    private readonly shifts: ShiftsService,
    private readonly config: Config,
  ) {}

  async join(peerId: string, input: ParsedInput<'queue:join'>): Promise<QueueEntry> {
    // Nobody is put in front of a supporter before they have read how their words are kept.
    if ((await this.store.getPeer(peerId))?.consentVersion !== CONSENT_VERSION) {
      throw new DomainError('consent_required');
    }
    const past = await this.store.listConversationsForPeer(peerId);
    const entry: QueueEntry = {
      id: newId(),
      peerId,
      pseudonym: input.pseudonym,
      // Only topics from the configured list; unknown ones are dropped rather than stored.
      topics: [...new Set(input.topics)].filter((t) => this.config.TOPICS.includes(t)),
      note: input.note ? input.note : null,
      language: input.language,
      wantsSharedExperience: input.wantsSharedExperience,
      priority: 0,
      joinedAt: Date.now(),
      returning: past.length > 0,
    };
    // The store checks for an open chat in the same step, so a claim cannot slip in between.
    const joined = await this.store.enqueue(entry);
    if (joined === 'in_chat')
      throw new DomainError('already_queued', 'You already have an open chat.');
    if (joined === 'already_queued') throw new DomainError('already_queued');
    return entry;
  }

  async leave(peerId: string): Promise<QueueEntry | null> {
    const entry = await this.store.getQueueEntryForPeer(peerId);
    return entry ? this.store.removeQueueEntry(entry.id) : null;
  }

  list(): Promise<QueueEntry[]> {
    return this.store.listQueue();
  }

  async accept(
    supporter: Identity,
    entryId: string | undefined,
  ): Promise<{ conversation: ConversationRecord; entry: QueueEntry }> {
    const account = await this.store.getAccount(supporter.id);
    if (!account) throw new DomainError('forbidden');
    if (entryId !== undefined && !(await this.entryExists(entryId))) {
      throw new DomainError('already_taken');
    }
    const result = await this.store.claimQueueEntry({
      entryId: entryId ?? null,
      supporterId: supporter.id,
      supporterName: account.displayName,
      experience: account.experience,
      conversationId: newId(),
      timeLimitMinutes: this.config.CHAT_TIME_LIMIT_MINUTES,
      now: Date.now(),
    });
    if (!result.ok) {
      if (result.reason === 'already_taken' && entryId === undefined) {
        throw new DomainError('not_found', 'Nobody is waiting right now.');
      }
      throw new DomainError(result.reason);
    }
    return { conversation: result.conversation, entry: result.entry };
  }

  private async entryExists(entryId: string): Promise<boolean> {
    return (await this.store.listQueue()).some((e) => e.id === entryId);
  }

  /**
   * Position and an honest estimate for every waiting peer. With nobody on shift there is no
   * estimate to give, and the peer is told so rather than shown a made-up number.
   */
  async statuses(
    entries?: QueueEntry[],
  ): Promise<Map<string, { peerId: string; status: QueueStatus }>> {
    const ordered = entries ?? (await this.store.listQueue());
    const onShift = await this.shifts.countOnShift();
    // A chat lasts about two thirds of its time limit; a free slot is taken within a minute or so.
    const chatSeconds = Math.round(this.config.CHAT_TIME_LIMIT_MINUTES * 60 * 0.66);
    const out = new Map<string, { peerId: string; status: QueueStatus }>();
    ordered.forEach((entry, index) => {
      const position = index + 1;
      let estimatedWaitSeconds: number | null = null;
      if (onShift.supporters > 0 && onShift.capacity > 0) {
        const ahead = position - onShift.freeSlots;
        estimatedWaitSeconds =
          ahead <= 0 ? 60 : 60 + Math.ceil(ahead / onShift.capacity) * chatSeconds;
      }
      out.set(entry.id, {
        peerId: entry.peerId,
        status: {
          position,
          queueLength: ordered.length,
          estimatedWaitSeconds,
          supportersOnShift: onShift.supporters,
        },
      });
    });
    return out;
  }
}
