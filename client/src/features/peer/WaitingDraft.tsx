import { LIMITS } from '@alongside/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { peerStore, setDraftFocused, setWaitingDraft } from './peerStore';

/**
 * A peer may start writing before anyone is free. It stays on this device; when a chat
 * opens it becomes that chat's draft, sent only when the peer chooses.
 */
export function WaitingDraft() {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  const draft = useStore(peerStore, (s) => s.waitingDraft);
  return (
    <div className="field waiting-draft">
      <label htmlFor={id}>{t('waiting.draftLabel')}</label>
      <p id={hintId} className="hint">
        {t('waiting.draftHint')}
      </p>
      <textarea
        id={id}
        data-testid="composer"
        rows={3}
        maxLength={LIMITS.messageChars}
        aria-describedby={hintId}
        value={draft}
        onChange={(e) => {
          setWaitingDraft(e.target.value);
        }}
        onFocus={() => {
          setDraftFocused(true);
        }}
        onBlur={() => {
          setDraftFocused(false);
        }}
      />
    </div>
  );
}
