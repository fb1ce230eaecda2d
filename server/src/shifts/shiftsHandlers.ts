import type { QueueBroadcaster } from '../queue/queueBroadcaster.js';
import type { Notifier } from '../realtime/notifier.js';
import { ON_SHIFT_ROOM, type HandlerGroup } from '../realtime/types.js';
import type { ShiftsService } from './shiftsService.js';

export function shiftsHandlers(deps: {
  shifts: ShiftsService;
  notifier: Notifier;
  broadcaster: QueueBroadcaster;
}): HandlerGroup<'shift:start' | 'shift:pause' | 'shift:resume' | 'shift:end'> {
  const { shifts, notifier, broadcaster } = deps;
  // Every tab of the supporter follows the shift; the queue's wait estimates depend on it.
  const changed = (supporterId: string, shift: Awaited<ReturnType<ShiftsService['current']>>) => {
    if (shift) notifier.joinRoom(supporterId, ON_SHIFT_ROOM);
    else notifier.leaveRoom(supporterId, ON_SHIFT_ROOM);
    notifier.toUsers([supporterId], 'shift:updated', { shift });
    broadcaster.schedule();
    return { shift };
  };
  return {
    'shift:start': async (input, { identity }) => {
      const shift = await shifts.start(identity.id, input.capacity);
      changed(identity.id, shift);
      return { shift };
    },
    'shift:pause': async (_input, { identity }) =>
      changed(identity.id, await shifts.setStatus(identity.id, 'paused')),
    'shift:resume': async (_input, { identity }) =>
      changed(identity.id, await shifts.setStatus(identity.id, 'active')),
    'shift:end': async (_input, { identity }) =>
      changed(identity.id, await shifts.end(identity.id)),
  };
}
