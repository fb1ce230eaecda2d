import type { ReactNode } from 'react';
import { AccountList } from '../accounts/AccountList';
import { InvitePanel } from '../accounts/InvitePanel';
import { QueuePanel } from '../queue/QueuePanel';

/**
 * The moderator's live view. `flagsPanel` is the slot for the safety-flags feature: it is
 * rendered first, in its own region, because an open flag outranks everything else here.
 */
export function ModeratorDashboard({ flagsPanel = null }: { flagsPanel?: ReactNode }) {
  return (
    <div className="dashboard">
      {flagsPanel && <div className="dashboard__flags">{flagsPanel}</div>}
      <div className="dashboard__live">
        <QueuePanel canAccept={false} />
      </div>
      <div className="dashboard__admin">
        <InvitePanel />
        <AccountList />
      </div>
    </div>
  );
}
