import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { isolate } from '../../ui/isolate';
import { useAction } from '../../ui/useAction';
import { endChat } from './chatActions';
import type { Side } from './messageList';

/**
 * "End chat" asks once before it ends: a slip of the finger must not drop someone. The button
 * for the chat's header, and the question for just under it. Inline, not modal, so a peer's
 * quick exit (its button, or Escape twice) stays one step away while the question is open.
 */
export function useEndChat(
  conversationId: string,
  side: Side,
  otherName: string,
): { button: ReactNode; panel: ReactNode } {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const end = useAction(endChat);
  const panelId = useId();
  const questionId = useId();
  const hintId = useId();
  const endButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) {
      keepButton.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      endButton.current?.focus();
    }
  }, [confirming]);

  function cancel() {
    returnFocus.current = true;
    end.clearError();
    setConfirming(false);
  }

  function onKeyDown(e: KeyboardEvent) {
    // Not stopped here: the window still counts this press towards Escape-twice quick exit.
    if (e.key === 'Escape') cancel();
  }

  const button = (
    <button
      ref={endButton}
      type="button"
      className="button button--quiet"
      data-testid="end-chat"
      aria-expanded={confirming}
      aria-controls={confirming ? panelId : undefined}
      onClick={() => {
        // Pressed again while asking (a double click): the question stays, focus goes back to it.
        if (confirming) keepButton.current?.focus();
        else setConfirming(true);
      }}
    >
      {t('chat.end')}
    </button>
  );

  const panel = confirming && (
    <div
      id={panelId}
      className="end-confirm"
      role="group"
      aria-labelledby={questionId}
      aria-describedby={hintId}
      data-testid="end-chat-confirm"
      onKeyDown={onKeyDown}
    >
      <p id={questionId} className="end-confirm__question">
        {t('chat.endConfirm', { name: isolate(otherName) })}
      </p>
      <p id={hintId} className="hint">
        {side === 'peer'
          ? t('chat.endConfirmPeer')
          : t('chat.endConfirmSupporter', { name: isolate(otherName) })}
      </p>
      <ErrorNotice error={end.error} />
      <div className="button-row">
        <button
          ref={keepButton}
          type="button"
          className="button button--primary"
          data-testid="keep-chatting"
          onClick={cancel}
        >
          {t('chat.endNo')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          data-testid="confirm-end-chat"
          disabled={end.pending}
          onClick={() => void end.run(conversationId)}
        >
          {t('chat.endYes')}
        </button>
      </div>
    </div>
  );

  return { button, panel };
}
