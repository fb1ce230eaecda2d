import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAction } from '../../ui/useAction';
import { ResourceList } from '../resources/ResourceList';
import { giveConsent } from './peerActions';

/** Plain-language consent, short enough to actually be read, before anything is stored. */
export function ConsentScreen() {
  const { t } = useTranslation();
  const consent = useAction(giveConsent);
  return (
    <section className="screen screen--consent" aria-labelledby="consent-heading">
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
