import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RaiseConcernForm } from './RaiseConcernForm';

/**
 * "Raise a concern" for a chat: the button for the chat's header and the form (or its
 * thank-you) for above the messages. Supporters and moderators who joined both use it.
 */
export function useRaiseConcern(
  conversationId: string,
  active: boolean,
): { button: ReactNode; panel: ReactNode } {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [raised, setRaised] = useState(false);
  const button = active && (
    <button
      type="button"
      className="button button--concern"
      data-testid="raise-concern"
      aria-expanded={open}
      onClick={() => {
        setOpen((o) => !o);
        setRaised(false);
      }}
    >
      {t('raise.open')}
    </button>
  );
  const panel = (
    <>
      {raised && (
        <p className="notice notice--info" role="status">
          {t('raise.done')}
        </p>
      )}
      {open && active && (
        <RaiseConcernForm
          conversationId={conversationId}
          onDone={() => {
            setOpen(false);
            setRaised(true);
          }}
          onCancel={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
  return { button, panel };
}
