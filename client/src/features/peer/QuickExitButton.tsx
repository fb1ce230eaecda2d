import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { quickExit, useQuickExitKey } from './quickExit';

export function QuickExitButton() {
  const { t } = useTranslation();
  const hintId = useId();
  useQuickExitKey();
  return (
    <div className="quick-exit">
      <button
        type="button"
        className="button quick-exit__button"
        data-testid="quick-exit"
        aria-describedby={hintId}
        aria-keyshortcuts="Escape"
        onClick={quickExit}
      >
        {t('quickExit.button')}
      </button>
      <span id={hintId} className="quick-exit__hint">
        {t('quickExit.hint')}
      </span>
    </div>
  );
}
