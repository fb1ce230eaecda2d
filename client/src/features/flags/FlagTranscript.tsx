import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TimeStamp } from '../../ui/TimeStamp';
import { MessageBody } from '../chat/MessageBody';
import type { OpenedFlag } from './flagsStore';

/** True when a message contains one of the phrases the detector matched (case-insensitive). */
function raisedFlag(body: string, matches: readonly string[]): boolean {
  const text = body.toLowerCase();
  return matches.some((m) => m.length > 0 && text.includes(m.toLowerCase()));
}

/**
 * What an audited open shows: the words that raised the flag, then the transcript with
 * those messages marked. The heading says plainly that this access was recorded.
 */
export function FlagTranscript({ opened, onClose }: { opened: OpenedFlag; onClose: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const matches = opened.reasons.map((r) => r.match).filter(Boolean);
  return (
    <section className="flag-transcript" aria-labelledby={headingId} data-testid="flag-transcript">
      <div className="flag-transcript__head">
        <h4 id={headingId}>{t('flags.openedHeading')}</h4>
        <p className="flag-transcript__audited" data-testid="audited-access">
          {t('flags.openedAudited')} <TimeStamp at={opened.openedAt} />
        </p>
      </div>
      {opened.peerPseudonym && (
        <p>
          {t('flags.peer')} <strong dir="auto">{opened.peerPseudonym}</strong>
        </p>
      )}
      <h5>{t('flags.reasonsHeading')}</h5>
      <ul className="flag-reasons" data-testid="flag-reasons">
        {opened.reasons.map((r, i) => (
          <li key={i}>
            <code className="rule">{r.rule}</code>
            {r.match && (
              <>
                {' '}
                <q className="flag-reasons__match" dir="auto">
                  {r.match}
                </q>
              </>
            )}
          </li>
        ))}
      </ul>
      <h5>{t('flags.transcriptHeading')}</h5>
      {opened.messages.length === 0 ? (
        <p className="hint">{t('flags.noMessages')}</p>
      ) : (
        <ol className="message-list flag-transcript__messages">
          {opened.messages.map((m) => {
            const flagged = m.from === 'peer' && raisedFlag(m.body, matches);
            return (
              <li
                key={m.seq}
                data-testid="transcript-message"
                className={`message message--transcript message--from-${m.from}${flagged ? ' message--flagged' : ''}${m.from === 'moderator' ? ' message--moderator' : ''}`}
              >
                <p className="message__author">
                  <span dir="auto">{m.authorName}</span>
                  {m.from === 'moderator' && (
                    <span className="message__role">{t('chat.moderatorRole')}</span>
                  )}
                  {flagged && <span className="message__flagged">{t('flags.raisedHere')}</span>}
                </p>
                <MessageBody body={m.body} />
                <p className="message__meta">
                  <TimeStamp at={m.sentAt} />
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="button button--small button--quiet" onClick={onClose}>
        {t('flags.closeTranscript')}
      </button>
    </section>
  );
}
