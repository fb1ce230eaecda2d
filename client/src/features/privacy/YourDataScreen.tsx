import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAction } from '../../ui/useAction';
import { showScreen } from '../peer/peerStore';
import { sessionStore } from '../session/sessionStore';
import { eraseMyData, exportMyData } from './privacyActions';
import { useExportFile } from './exportFile';
import { ExportView } from './ExportView';

function EraseSection() {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const erase = useAction(eraseMyData);
  return (
    <section className="panel privacy__erase" aria-labelledby="erase-heading">
      <h2 id="erase-heading">{t('privacy.eraseHeading')}</h2>
      <p>{t('privacy.eraseBody')}</p>
      <p className="hint">{t('privacy.eraseKept')}</p>
      {!confirming ? (
        <button
          type="button"
          className="button button--danger"
          data-testid="erase-data"
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('privacy.erase')}
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby="erase-confirm">
          <p id="erase-confirm" className="confirm__question">
            <strong>{t('privacy.eraseConfirm')}</strong>
          </p>
          <ErrorNotice error={erase.error} />
          <div className="button-row">
            <button
              type="button"
              className="button button--danger-solid"
              data-testid="confirm-erase"
              disabled={erase.pending}
              onClick={() => void erase.run()}
            >
              {t('privacy.eraseYes')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={erase.pending}
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('privacy.eraseNo')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** What Alongside keeps about this peer: take a copy, or erase it all. */
export function YourDataScreen() {
  const { t } = useTranslation();
  const hasIdentity = useStore(sessionStore, (s) => s.phase === 'active' && s.identity !== null);
  const { file, keep } = useExportFile();
  const load = useAction(exportMyData);

  return (
    <section
      className="screen privacy"
      aria-labelledby="privacy-heading"
      data-testid="your-data-screen"
    >
      <ScreenHeading id="privacy-heading">{t('privacy.heading')}</ScreenHeading>
      <p className="lead">{t('privacy.intro')}</p>
      <ul className="plain-list">
        <li>{t('privacy.keptName')}</li>
        <li>{t('privacy.keptChats')}</li>
        <li>{t('privacy.keptConsent')}</li>
      </ul>
      {!hasIdentity ? (
        <p className="notice notice--info">{t('privacy.nothingYet')}</p>
      ) : (
        <>
          <section className="panel" aria-labelledby="export-heading">
            <h2 id="export-heading">{t('privacy.exportHeading')}</h2>
            <p>{t('privacy.exportBody')}</p>
            <ErrorNotice error={load.error} />
            <button
              type="button"
              className="button"
              data-testid="export-data"
              disabled={load.pending}
              onClick={() =>
                void load.run().then((result) => {
                  if (result) keep(result);
                })
              }
            >
              {file ? t('privacy.exportAgain') : t('privacy.export')}
            </button>
            {file && <ExportView file={file} />}
          </section>
          <EraseSection />
        </>
      )}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          showScreen('main');
        }}
      >
        {t('privacy.back')}
      </button>
    </section>
  );
}
