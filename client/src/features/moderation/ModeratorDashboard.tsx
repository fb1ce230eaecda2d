import { AccountList } from '../accounts/AccountList';
import { InvitePanel } from '../accounts/InvitePanel';
import { AuditLogPanel } from '../audit/AuditLogPanel';
import { FlagsPanel } from '../flags/FlagsPanel';
import { QueuePanel } from '../queue/QueuePanel';
import { JoinedChats } from './JoinedChats';

/**
 * The moderator's live view. Open flags come first, in their own region, because an open
 * flag outranks everything else here; the chats the moderator joined follow.
 */
export function ModeratorDashboard() {
  return (
    <div className="dashboard">
      <div className="dashboard__flags">
        <FlagsPanel />
        <JoinedChats />
      </div>
      <div className="dashboard__live">
        <QueuePanel canAccept={false} />
      </div>
      <div className="dashboard__admin">
        <InvitePanel />
        <AccountList />
        <AuditLogPanel />
      </div>
    </div>
  );
}
