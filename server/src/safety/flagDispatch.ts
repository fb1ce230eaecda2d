import type { QueueBroadcaster } from '../queue/queueBroadcaster.js';
import type { Notifier } from '../realtime/notifier.js';
import { roleRoom, type AppSocket } from '../realtime/types.js';
import type { FlagRecord, Store } from '../store/types.js';
import type { CrisisResourceCatalog } from './crisisResources.js';
import { compareFlags, levelRank, toFlagView, toSupporterFlag } from './flagViews.js';

/** Tells people about a flag that is already stored. Nothing here may run before the store write. */
export class FlagDispatch {
  constructor(
    private readonly store: Store,
    private readonly notifier: Notifier,
    private readonly broadcaster: QueueBroadcaster,
    private readonly resources: CrisisResourceCatalog,
  ) {}

  async supporterName(flag: FlagRecord): Promise<string | null> {
    if (!flag.supporterId) return null;
    return (await this.store.getAccount(flag.supporterId))?.displayName ?? null;
  }

  async view(flag: FlagRecord, withNotes = false) {
    return toFlagView(flag, { supporterName: await this.supporterName(flag), withNotes });
  }

  async raised(flag: FlagRecord, opts: { messageSeq?: number; locale: string }): Promise<void> {
    this.notifier.toRooms([roleRoom('moderator')], 'flag:alert', { flag: await this.view(flag) });
    const forSupporter = toSupporterFlag(flag, opts.messageSeq ?? null);
    if (forSupporter && flag.supporterId) {
      this.notifier.toUsers([flag.supporterId], 'flag:raised', { flag: forSupporter });
    }
    if (flag.queueEntryId) this.broadcaster.schedule();
    if (flag.peerId && levelRank(flag.level) >= levelRank('high')) {
      this.notifier.toUsers([flag.peerId], 'safety:resources', {
        resources: this.resources.forLocale(opts.locale),
        level: flag.level,
      });
    }
  }

  /**
   * Moderators get their view; the supporter holding the chat gets the card's view, so they
   * know someone has it (never the notes). The peer is told nothing about flags.
   */
  async updated(flag: FlagRecord): Promise<void> {
    this.notifier.toRooms([roleRoom('moderator')], 'flag:updated', {
      view: 'moderator',
      flag: await this.view(flag),
    });
    const card = toSupporterFlag(flag, null);
    // Best effort: the change is stored and moderators are told, so a failed lookup must not
    // turn it into an error for the moderator; the card catches up on the supporter's resume.
    const holder = await this.holderOf(flag).catch(() => null);
    if (card && holder) {
      this.notifier.toUsers([holder], 'flag:updated', { view: 'supporter', flag: card });
    }
  }

  /**
   * Read from the chat, not the flag: the flag records who held it when it was raised. Only
   * while the chat is open: the card carries the matched words, which must not outlive the chat.
   */
  private async holderOf(flag: FlagRecord): Promise<string | null> {
    if (!flag.conversationId) return null;
    const conversation = await this.store.getConversationHeader(flag.conversationId);
    return conversation?.status === 'active' ? conversation.supporterId : null;
  }

  /** A supporter who (re)connects gets the cards of unresolved flags on the chats they hold. */
  async remindSupporter(socket: AppSocket): Promise<void> {
    const supporterId = socket.data.identity.id;
    for (const conversation of await this.store.listActiveConversationsForSupporter(supporterId)) {
      for (const flag of await this.store.listFlagsForConversation(conversation.id)) {
        const card = toSupporterFlag(flag, null);
        if (!card) continue;
        // A resolved flag is not raised again, but a card still on screen from before the
        // drop learns that it was closed.
        if (flag.status === 'resolved')
          socket.emit('flag:updated', { view: 'supporter', flag: card });
        else socket.emit('flag:raised', { flag: card });
      }
    }
  }

  /** A moderator who connects is alerted to every flag nobody has acknowledged yet. */
  async alertOnConnect(socket: AppSocket): Promise<void> {
    const open = (await this.store.listUnresolvedFlags())
      .filter((f) => f.status === 'open')
      .sort(compareFlags);
    for (const flag of open) socket.emit('flag:alert', { flag: await this.view(flag) });
  }
}
