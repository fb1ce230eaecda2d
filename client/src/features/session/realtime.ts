import { onConnected, onServerEvent } from '../../lib/socket';
import { subscribeChatEvents } from '../chat/chatEvents';
import { subscribeFlagEvents } from '../flags/flagEvents';
import { subscribePeerEvents } from '../peer/peerEvents';
import { subscribeSafetyEvents } from '../safety/safetyEvents';
import { setQueueEntries } from '../queue/queueStore';
import { setShift } from '../shift/shiftStore';
import { resync } from './resync';
import { handleRevoked } from './session';

/** Wires every server push to its store, once, at start. */
export function installRealtime(): void {
  subscribeChatEvents();
  subscribePeerEvents();
  subscribeSafetyEvents();
  subscribeFlagEvents();
  onServerEvent('queue:updated', ({ entries }) => {
    setQueueEntries(entries);
  });
  onServerEvent('shift:updated', ({ shift }) => {
    setShift(shift);
  });
  onServerEvent('session:revoked', ({ reason }) => {
    handleRevoked(reason);
  });
  onConnected(resync);
}
