import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../../lib/socket';
import { HideAfter, ShowAfter } from '../../ui/Timed';

// A first connect usually takes a moment; say "Connecting" only if it takes longer than that.
const CONNECTING_GRACE_MS = 800;
const CONNECTED_AGAIN_MS = 3_000;

function Banner({ state, children }: { state: string; children: ReactNode }) {
  return (
    <div
      data-testid="connection-banner"
      data-state={state}
      className={`connection-banner connection-banner--${state}`}
    >
      {children}
    </div>
  );
}

/**
 * Honest connection state. The live region stays mounted so screen readers announce each
 * change; the visible banner inside it appears only while there is something to say.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const { phase, reconnectedAt } = useConnection();
  let content: ReactNode = null;
  switch (phase) {
    case 'connecting':
      content = (
        <ShowAfter key="connecting" ms={CONNECTING_GRACE_MS}>
          <Banner state="connecting">
            <p>{t('connection.connecting')}</p>
          </Banner>
        </ShowAfter>
      );
      break;
    case 'reconnecting':
      content = (
        <Banner state="reconnecting">
          <p>{t('connection.reconnecting')}</p>
        </Banner>
      );
      break;
    case 'outdated':
      content = (
        <Banner state="outdated">
          <p>{t('connection.outdated')}</p>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              location.reload();
            }}
          >
            {t('connection.reload')}
          </button>
        </Banner>
      );
      break;
    case 'connected':
      if (reconnectedAt !== null) {
        content = (
          <HideAfter key={reconnectedAt} ms={CONNECTED_AGAIN_MS}>
            <Banner state="connected-again">
              <p>{t('connection.connectedAgain')}</p>
            </Banner>
          </HideAfter>
        );
      }
      break;
    case 'idle':
    case 'unauthenticated':
      break;
  }
  return (
    <div role="status" aria-live="polite" className="connection-status">
      {content}
    </div>
  );
}
