import type { Identity } from '@alongside/shared';
import { newId } from '../ids.js';
import type { AuditRecord, Store } from '../store/types.js';

/** Append-only: the store offers no way to change or remove a record. Metadata only, never content. */
export class AuditLog {
  constructor(private readonly store: Store) {}

  async record(
    actor: Identity | null,
    action: string,
    targetId: string | null,
    detail: AuditRecord['detail'],
  ) {
    await this.store.appendAudit({
      id: newId(),
      at: Date.now(),
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? 'system',
      action,
      targetId,
      detail,
    });
  }
}
