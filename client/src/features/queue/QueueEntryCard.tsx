import type { QueueEntryView } from '@alongside/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { wholeMinutes, useLanguageName, useTopicLabel } from '../../ui/labels';

const priorityKeys = {
  1: 'queue.priority.concern',
  2: 'queue.priority.high',
  3: 'queue.priority.imminent',
} as const;

export function QueueEntryCard({
  entry,
  now,
  action,
}: {
  entry: QueueEntryView;
  now: number;
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  const topicLabel = useTopicLabel();
  const languageName = useLanguageName();
  const priority =
    entry.priority === 1 || entry.priority === 2 || entry.priority === 3 ? entry.priority : null;
  return (
    <article
      className={`queue-entry${priority ? ` queue-entry--priority-${priority}` : ''}`}
      data-testid="queue-entry"
    >
      <div className="queue-entry__head">
        <h3 className="queue-entry__name" dir="auto">
          {entry.pseudonym}
        </h3>
        {priority && <span className="badge badge--priority">{t(priorityKeys[priority])}</span>}
        {entry.returning && <span className="badge">{t('queue.returning')}</span>}
      </div>
      <p className="queue-entry__meta">
        {t('queue.waited', { count: wholeMinutes(now - entry.joinedAt) })} ·{' '}
        {languageName(entry.language)}
        {entry.wantsSharedExperience && <> · {t('queue.wantsSharedExperience')}</>}
      </p>
      {entry.topics.length > 0 && (
        <ul className="chips" aria-label={t('queue.topics')}>
          {entry.topics.map((topic) => (
            <li key={topic} className="chip chip--static">
              {topicLabel(topic)}
            </li>
          ))}
        </ul>
      )}
      {entry.note && (
        <p className="queue-entry__note" dir="auto">
          {entry.note}
        </p>
      )}
      {action}
    </article>
  );
}
