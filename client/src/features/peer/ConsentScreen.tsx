import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAction } from '../../ui/useAction';
import { ResourceList } from '../resources/ResourceList';
import { giveConsent } from './peerActions';
import { peerStore } from './peerStore';

/** Plain-language consent, short enough to actually be read, before anything is stored. */
export function ConsentScreen() {
  const { t } = useTranslation();
  const consent = useAction(giveConsent);
  const erased = useStore(peerStore, (s) => s.erased);
  return (
    <section className="screen screen--consent" aria-labelledby="consent-heading">
      {erased && (
        <p className="notice notice--info" role="status" data-testid="erased-notice">
          {t('privacy.erased')}
        </p>
      )}
      <ScreenHeading id="consent-heading">{t('consent.heading')}</ScreenHeading>
      <p className="lead">{t('consent.intro')}</p>
      <p>{t('consent.notCrisis')}</p>
      <h2>{t('consent.privacyHeading')}</h2>
      <ul className="plain-list">
        <li>{t('consent.anonymous')}</li>
        <li>{t('consent.kept')}</li>
        <li>{t('consent.readers')}</li>
        <li>{t('consent.confidential')}</li>
        <li>{t('consent.leave')}</li>
      </ul>
      <ErrorNotice error={consent.error} />
      <button
        type="button"
        className="button button--primary button--wide"
        data-testid="consent-continue"
        disabled={consent.pending}
        onClick={() => void consent.run()}
      >
        {t('consent.continue')}
      </button>
      <ResourceList />
    </section>
  );
}
