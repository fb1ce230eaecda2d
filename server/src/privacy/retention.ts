import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';

/**
 * Deletes transcripts of chats that ended longer ago than the retention period. Runs on every
 * node; the deletes are idempotent, so several sweepers never conflict.
 */
export class RetentionSweeper {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Store,
    private readonly retentionSeconds: number,
    private readonly logger: Logger,
  ) {}

  async sweep(now = Date.now()): Promise<number> {
    const purged = await this.store.purgeConversationsEndedBefore(
      now - this.retentionSeconds * 1000,
    );
    if (purged > 0) this.logger.info({ purged }, 'retention: transcripts deleted');
    return purged;
  }

  start(): void {
    const everyMs = Math.min(Math.max(this.retentionSeconds * 250, 1000), 3_600_000);
    this.timer = setInterval(() => {
      this.sweep().catch((err: unknown) => {
        this.logger.warn({ err: String(err) }, 'retention sweep failed; will retry');
      });
    }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
