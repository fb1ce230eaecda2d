import { LIMITS } from '@alongside/shared';
import { useId, useRef, type SyntheticEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '../../lib/media';
import { useStore } from '../../lib/store';
import { chatStore, setDraft } from './chatStore';
import { sendMessage } from './outbox';
import { useTypingSignal } from './typing';

// Show the character count only when it starts to matter.
const COUNT_FROM = Math.floor(LIMITS.messageChars * 0.9);

/** The composer's element id, so whoever opens a chat can put the cursor in it. */
export function composerId(conversationId: string): string {
  return `composer-${conversationId}`;
}

export function Composer({
  conversationId,
  autoFocus = false,
}: {
  conversationId: string;
  autoFocus?: boolean;
}) {
  const id = composerId(conversationId);
  const { t } = useTranslation();
  const hintId = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const draft = useStore(chatStore, (s) => s.chats[conversationId]?.draft ?? '');
  const { onDraftChange, stop } = useTypingSignal(conversationId);
  // On touch keyboards Enter is a new line (people expect that there); the button sends.
  const enterSends = !useMediaQuery('(pointer: coarse)');

  function submit(e?: SyntheticEvent) {
    e?.preventDefault();
    const body = draft.trim();
    if (!body) return;
    sendMessage(conversationId, body);
    setDraft(conversationId, '');
    stop();
    input.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter sends, Shift+Enter starts a new line; never while an IME is composing.
    if (enterSends && e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
  }

  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor={id} className="composer__label">
        {t('chat.composerLabel')}
      </label>
      <div className="composer__row">
        <textarea
          ref={input}
          id={id}
          // Only when the person was already typing (their first message while waiting).
          autoFocus={autoFocus}
          data-testid="composer"
          className="composer__input"
          rows={2}
          maxLength={LIMITS.messageChars}
          value={draft}
          aria-describedby={hintId}
          onChange={(e) => {
            setDraft(conversationId, e.target.value);
            if (e.target.value) onDraftChange();
            else stop();
          }}
          onKeyDown={onKeyDown}
          onBlur={stop}
        />
        <button
          type="submit"
          className="button button--primary"
          data-testid="send"
          disabled={!draft.trim()}
        >
          {t('chat.send')}
        </button>
      </div>
      <p id={hintId} className="hint composer__hint">
        {enterSends && t('chat.composerHint')}
        {draft.length >= COUNT_FROM && (
          <> {t('common.charactersLeft', { count: LIMITS.messageChars - draft.length })}</>
        )}
      </p>
    </form>
  );
}
