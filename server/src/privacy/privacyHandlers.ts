import type { AuditLog } from '../moderation/auditLog.js';
import type { QueueBroadcaster } from '../queue/queueBroadcaster.js';
import type { Notifier } from '../realtime/notifier.js';
import type { HandlerGroup } from '../realtime/types.js';
import type { ShiftsService } from '../shifts/shiftsService.js';
import type { Store } from '../store/types.js';
import type { PrivacyService } from './privacyService.js';

export function privacyHandlers(deps: {
  privacy: PrivacyService;
  store: Store;
  shifts: ShiftsService;
  notifier: Notifier;
  broadcaster: QueueBroadcaster;
  audit: AuditLog;
}): HandlerGroup<'consent:accept' | 'privacy:export' | 'privacy:erase' | 'audit:list'> {
  const { privacy, store, shifts, notifier, broadcaster } = deps;
  return {
    'consent:accept': async (_input, { identity }) => privacy.consent(identity.id),
    'privacy:export': async (_input, { identity }) => privacy.export(identity.id),
    'privacy:erase': async (_input, { identity }) => {
      const result = await privacy.erase(identity.id);
      for (const [i, conversationId] of result.endedConversations.entries()) {
        const supporterId = result.supporterIds[i];
        if (supporterId) notifier.toUsers([supporterId], 'conversation:erased', { conversationId });
      }
      // The supporter's load changed: an ending shift may now close.
      for (const supporterId of new Set(result.supporterIds)) {
        notifier.toUsers([supporterId], 'shift:updated', {
          shift: await shifts.closeIfIdle(supporterId),
        });
      }
      broadcaster.schedule();
      // The identity is gone: close the peer's sockets once this ack has been sent.
      setTimeout(() => {
        notifier.disconnectUser(identity.id);
      }, 50).unref();
      return { erasedConversations: result.erasedConversations };
    },
    'audit:list': async (input, { identity }) => {
      const records = await store.listAudit({
        limit: input.limit,
        ...(input.actorId ? { actorId: input.actorId } : {}),
        ...(input.action ? { action: input.action } : {}),
        ...(input.targetId ? { targetId: input.targetId } : {}),
      });
      await deps.audit.record(identity, 'audit.read', null, { count: records.length });
      return { records };
    },
  };
}
