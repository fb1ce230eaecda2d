import { useTranslation } from 'react-i18next';
import { useNow } from '../../lib/clock';
import { wholeMinutes } from '../../ui/labels';
import type { Side } from './messageList';

/** Minutes before the limit when the gentle wrap-up note appears. */
const WRAP_UP_MINUTES = 5;

/**
 * Chats are time-limited on purpose (progressive support): the timer is visible to both
 * sides, and near the end a gentle note invites wrapping up. It never cuts anyone off.
 * Times are server timestamps read against this device's clock; a skewed clock shifts it.
 */
export function ChatTimer({
  startedAt,
  limitMinutes,
  side,
}: {
  startedAt: number;
  limitMinutes: number;
  side: Side;
}) {
  const { t } = useTranslation();
  const now = useNow(10_000);
  const elapsed = Math.min(wholeMinutes(now - startedAt), 24 * 60);
  const remaining = limitMinutes - elapsed;
  return (
    <div className="chat-timer">
      <p className="chat-timer__time" role="timer" aria-live="off">
        {t('chat.timer', { elapsed, limit: limitMinutes })}
      </p>
      {remaining <= WRAP_UP_MINUTES && (
        <p className="chat-timer__wrap-up" role="status">
          {remaining <= 0
            ? t(side === 'peer' ? 'chat.overTimePeer' : 'chat.overTimeSupporter')
            : t(side === 'peer' ? 'chat.wrapUpPeer' : 'chat.wrapUpSupporter', { count: remaining })}
        </p>
      )}
    </div>
  );
}
