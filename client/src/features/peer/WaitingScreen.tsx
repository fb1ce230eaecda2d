import type { QueueStatus } from '@alongside/shared';
import { Trans, useTranslation } from 'react-i18next';
import { useNow } from '../../lib/clock';
import { useStore } from '../../lib/store';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { wholeMinutes } from '../../ui/labels';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAction } from '../../ui/useAction';
import { ResourceList } from '../resources/ResourceList';
import { leaveQueue } from './peerActions';
import { peerStore } from './peerStore';
import { WaitingDraft } from './WaitingDraft';

function WaitEstimate({ status }: { status: QueueStatus }) {
  const { t } = useTranslation();
  // null means the server has no honest estimate: nobody is on shift. Say so plainly.
  if (status.estimatedWaitSeconds === null)
    return <p className="notice">{t('waiting.nobodyOnShift')}</p>;
  const minutes = Math.ceil(status.estimatedWaitSeconds / 60);
  return (
    <p>{minutes <= 1 ? t('waiting.estimateSoon') : t('waiting.estimate', { count: minutes })}</p>
  );
}

function WaitedFor({ since }: { since: number }) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const minutes = wholeMinutes(now - since);
  return (
    <p className="hint">
      {minutes < 1 ? t('waiting.justJoined') : t('waiting.waitedFor', { count: minutes })}
    </p>
  );
}

export function WaitingScreen() {
  const { t } = useTranslation();
  const queue = useStore(peerStore, (s) => s.queue);
  const leave = useAction(leaveQueue);
  if (!queue) return null;
  const { status, entry } = queue;
  const nobodyOnShift = status.estimatedWaitSeconds === null;
  return (
    <section className="screen" aria-labelledby="waiting-heading">
      <ScreenHeading id="waiting-heading">{t('waiting.heading')}</ScreenHeading>
      <div className="queue-status" aria-live="polite" aria-atomic="true">
        <p className="queue-status__position">
          <Trans
            i18nKey="waiting.position"
            values={{ position: status.position }}
            components={{ strong: <strong data-testid="queue-position" /> }}
          />
        </p>
        <WaitEstimate status={status} />
        {!nobodyOnShift && (
          <p className="hint">{t('waiting.supporters', { count: status.supportersOnShift })}</p>
        )}
      </div>
      {entry && <WaitedFor since={entry.joinedAt} />}
      <p>{t('waiting.reassurance')}</p>
      {nobodyOnShift && <ResourceList emphasis />}
      <WaitingDraft />
      <ErrorNotice error={leave.error} />
      <button
        type="button"
        className="button button--quiet"
        data-testid="leave-queue"
        disabled={leave.pending}
        onClick={() => void leave.run()}
      >
        {t('waiting.leave')}
      </button>
      {!nobodyOnShift && <ResourceList />}
    </section>
  );
}
