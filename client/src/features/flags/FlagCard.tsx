import type { FlagView } from '@alongside/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { wholeMinutes } from '../../ui/labels';
import { TimeStamp } from '../../ui/TimeStamp';
import { useAction } from '../../ui/useAction';
import { accountsStore } from '../accounts/accountsStore';
import { chatStore } from '../chat/chatStore';
import { selectTab } from '../chat/tabsStore';
import { sessionStore } from '../session/sessionStore';
import { acknowledgeFlag, joinChat, openFlaggedChat } from './flagActions';
import { NoteForm, ResolveForm } from './FlagForms';
import { closeOpened, flagsStore } from './flagsStore';
import { FlagTranscript } from './FlagTranscript';

function Age({ createdAt, now }: { createdAt: number; now: number }) {
  const { t } = useTranslation();
  const minutes = wholeMinutes(now - createdAt);
  const text =
    minutes < 1
      ? t('flags.age.justNow')
      : minutes < 60
        ? t('flags.age.minutes', { count: minutes })
        : t('flags.age.hours', { count: Math.floor(minutes / 60), minutes: minutes % 60 });
  return (
    <time dateTime={new Date(createdAt).toISOString()} className="flag-card__age">
      {text}
    </time>
  );
}

function useAcknowledgedBy(flag: FlagView): string {
  const { t } = useTranslation();
  const selfId = useStore(sessionStore, (s) => s.identity?.id);
  const name = useStore(
    accountsStore,
    (s) => s.accounts.find((a) => a.id === flag.acknowledgedBy)?.displayName,
  );
  if (flag.acknowledgedBy === selfId) return t('flags.byYou');
  return name ?? t('flags.byAModerator');
}

function Status({ flag }: { flag: FlagView }) {
  const { t } = useTranslation();
  const by = useAcknowledgedBy(flag);
  if (flag.status === 'open') {
    return <strong className="flag-card__unacknowledged">{t('flags.status.open')}</strong>;
  }
  return (
    <>
      {t('flags.status.acknowledged', { by })}
      {flag.acknowledgedAt !== null && (
        <>
          {' '}
          <TimeStamp at={flag.acknowledgedAt} />
        </>
      )}
    </>
  );
}

function ruleLabel(rule: string, t: ReturnType<typeof useTranslation>['t']): string {
  if (rule === 'manual.supporter') return t('flags.manualSupporter');
  if (rule === 'manual.moderator') return t('flags.manualModerator');
  return rule;
}

type Panel = 'note' | 'resolve' | null;

/** One open flag: what and where, how long ago, who has it, and what a moderator can do. */
export function FlagCard({ flag, now }: { flag: FlagView; now: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const openHintId = useId();
  const [panel, setPanel] = useState<Panel>(null);
  const opened = useStore(flagsStore, (s) => s.opened[flag.id]);
  const joined = useStore(chatStore, (s) =>
    flag.conversationId ? Boolean(s.chats[flag.conversationId]) : false,
  );
  const acknowledge = useAction(acknowledgeFlag);
  const open = useAction(openFlaggedChat);
  const join = useAction(joinChat);
  const error = acknowledge.error ?? open.error ?? join.error;
  const categories = flag.categories.map((c) => t(`flags.category.${c}`)).join(', ');

  function toggle(next: Exclude<Panel, null>) {
    setPanel((current) => (current === next ? null : next));
  }

  async function goToChat(conversationId: string) {
    if (!joined && !(await join.run(conversationId))) return;
    selectTab(conversationId);
    requestAnimationFrame(() => {
      document.getElementById(`tab-${conversationId}`)?.focus();
    });
  }

  return (
    <article
      className={`flag-card flag-card--${flag.level} flag-card--${flag.status}`}
      aria-labelledby={headingId}
      data-testid="flag-card"
      data-level={flag.level}
      data-status={flag.status}
    >
      <div className="flag-card__head">
        <span className={`badge badge--flag badge--flag-${flag.level}`}>
          {t(`flags.level.${flag.level}`)}
        </span>
        <h3 id={headingId} className="flag-card__title">
          {categories}
        </h3>
        <Age createdAt={flag.createdAt} now={now} />
      </div>
      <dl className="flag-card__facts">
        <div>
          <dt>{t('flags.where')}</dt>
          <dd data-testid="flag-where">
            {flag.waiting ? (
              t('flags.whereWaiting')
            ) : (
              <>
                {t('flags.inChatWith')}{' '}
                <span dir="auto">{flag.supporterName ?? t('flags.noSupporter')}</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('flags.statusLabel')}</dt>
          <dd data-testid="flag-status">
            <Status flag={flag} />
          </dd>
        </div>
        <div>
          <dt>{t('flags.rules')}</dt>
          <dd>
            <ul className="rule-list">
              {flag.rules.map((rule) => (
                <li key={rule}>
                  <code className="rule">{ruleLabel(rule, t)}</code>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      {flag.notes.length > 0 && (
        <ul className="flag-notes" aria-label={t('flags.notesHeading')}>
          {flag.notes.map((note, i) => (
            <li key={i} className="flag-note">
              <p className="flag-note__meta">
                <span dir="auto">{note.authorName}</span> · <TimeStamp at={note.at} />
              </p>
              <p className="flag-note__body" dir="auto">
                {note.body}
              </p>
            </li>
          ))}
        </ul>
      )}
      <div className="flag-card__actions">
        {flag.status === 'open' && (
          <button
            type="button"
            className="button button--primary"
            data-testid="acknowledge-flag"
            disabled={acknowledge.pending}
            onClick={() => void acknowledge.run(flag.id)}
          >
            {t('flags.acknowledge')}
          </button>
        )}
        {!opened && (
          <button
            type="button"
            className="button"
            data-testid="open-flag"
            aria-describedby={openHintId}
            disabled={open.pending}
            onClick={() => void open.run(flag.id)}
          >
            {t('flags.open')}
          </button>
        )}
        {flag.conversationId && (
          <button
            type="button"
            className="button"
            data-testid="join-chat"
            disabled={join.pending}
            onClick={() => void goToChat(flag.conversationId ?? '')}
          >
            {joined ? t('flags.goToChat') : t('flags.join')}
          </button>
        )}
        <button
          type="button"
          className="button button--quiet"
          data-testid="add-note"
          aria-expanded={panel === 'note'}
          onClick={() => {
            toggle('note');
          }}
        >
          {t('flags.addNote')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          data-testid="resolve"
          aria-expanded={panel === 'resolve'}
          onClick={() => {
            toggle('resolve');
          }}
        >
          {t('flags.resolve')}
        </button>
      </div>
      {!opened && (
        <p id={openHintId} className="hint flag-card__open-hint">
          {t('flags.openHint')}
        </p>
      )}
      {join.error?.code === 'conversation_ended' ? (
        <p className="notice" role="alert">
          {t('flags.chatEnded')}
        </p>
      ) : (
        <ErrorNotice error={error} />
      )}
      {panel === 'note' && (
        <NoteForm
          flagId={flag.id}
          onDone={() => {
            setPanel(null);
          }}
        />
      )}
      {panel === 'resolve' && <ResolveForm flagId={flag.id} />}
      {opened && (
        <FlagTranscript
          opened={opened}
          onClose={() => {
            closeOpened(flag.id);
          }}
        />
      )}
    </article>
  );
}
