import type { Logger } from '../logger.js';
import type { Notifier } from '../realtime/notifier.js';
import { ON_SHIFT_ROOM, roleRoom } from '../realtime/types.js';
import { toEntryView, type QueueService } from './queueService.js';

/**
 * Pushes the live queue to on-shift supporters and moderators, and each waiting peer their place.
 * Changes within a short window are coalesced into one push, so churn does not flood clients.
 */
export class QueueBroadcaster {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly queue: QueueService,
    private readonly notifier: Notifier,
    private readonly logger: Logger,
    private readonly delayMs = 25,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.broadcast().catch((err: unknown) => {
        this.logger.warn({ err: String(err) }, 'queue broadcast failed');
      });
    }, this.delayMs);
    this.timer.unref();
  }

  async broadcast(): Promise<void> {
    const entries = await this.queue.list();
    this.notifier.toRooms([ON_SHIFT_ROOM, roleRoom('moderator')], 'queue:updated', {
      entries: entries.map(toEntryView),
    });
    for (const { peerId, status } of (await this.queue.statuses(entries)).values()) {
      this.notifier.toUsers([peerId], 'queue:status', status);
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
