import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { ServerResources } from '../resources/ResourceList';
import { peerStore, showCrisis } from './peerStore';

/**
 * Shown when the server judged that someone may be at serious risk. Warm, not alarming:
 * the supporter is still there; help outside the chat is one tap away.
 */
export function CrisisPanel() {
  const { t } = useTranslation();
  const crisis = useStore(peerStore, (s) => s.crisis);
  if (!crisis) return null;
  return (
    <section
      className="crisis"
      role="alert"
      aria-labelledby="crisis-heading"
      data-testid="crisis-resources"
    >
      <h2 id="crisis-heading">{t('crisis.heading')}</h2>
      <p>{t('crisis.body')}</p>
      <ServerResources directory={crisis.resources} />
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => {
          showCrisis(null);
        }}
      >
        {t('crisis.hide')}
      </button>
    </section>
  );
}
