import { useTranslation } from 'react-i18next';
import { useNow } from '../../lib/clock';
import { useStore } from '../../lib/store';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAction } from '../../ui/useAction';
import { isolate } from '../../ui/isolate';
import { composerId } from '../chat/Composer';
import { shiftStore } from '../shift/shiftStore';
import { acceptPeer } from './queueActions';
import { QueueEntryCard } from './QueueEntryCard';
import { queueStore } from './queueStore';

/** The live queue in fair order. Supporters on an active shift can accept; moderators only watch. */
export function QueuePanel({ canAccept }: { canAccept: boolean }) {
  const { t } = useTranslation();
  const { entries, loaded } = useStore(queueStore, (s) => s);
  const shiftActive = useStore(shiftStore, (s) => s.shift?.status === 'active');
  const now = useNow(30_000);
  const accept = useAction(acceptPeer);

  // The accept button vanishes with the entry; carry focus into the new chat instead.
  async function acceptAndFocus(entryId?: string) {
    const conversationId = await accept.run(entryId);
    if (conversationId) {
      requestAnimationFrame(() => {
        document.getElementById(composerId(conversationId))?.focus();
      });
    }
  }
  const ready = canAccept && shiftActive;

  return (
    <section className="panel queue" aria-labelledby="queue-heading">
      <div className="panel__head">
        <h2 id="queue-heading">{t('queue.heading', { count: entries.length })}</h2>
        {canAccept && (
          <button
            type="button"
            className="button button--primary"
            data-testid="accept-next"
            disabled={!ready || accept.pending || entries.length === 0}
            onClick={() => void acceptAndFocus()}
          >
            {t('queue.acceptNext')}
          </button>
        )}
      </div>
      {canAccept && !shiftActive && <p className="hint">{t('queue.startShiftFirst')}</p>}
      <ErrorNotice error={accept.error} />
      {!loaded ? (
        <p className="hint">{t('common.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="queue__empty">{t('queue.empty')}</p>
      ) : (
        <ol className="queue__list" aria-live="polite" aria-relevant="additions">
          {entries.map((entry) => (
            <li key={entry.id}>
              <QueueEntryCard
                entry={entry}
                now={now}
                action={
                  canAccept && (
                    <button
                      type="button"
                      className="button"
                      data-testid="accept"
                      aria-label={t('queue.acceptNamed', { name: isolate(entry.pseudonym) })}
                      disabled={!ready || accept.pending}
                      onClick={() => void acceptAndFocus(entry.id)}
                    >
                      {t('queue.accept')}
                    </button>
                  )
                }
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
