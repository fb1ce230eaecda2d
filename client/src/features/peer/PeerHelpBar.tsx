import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { HELP_HEADING_ID, HELP_PANEL_ID } from './HelpPanel';
import { peerStore, setHelpOpen, showScreen } from './peerStore';

/** Under the header on every peer screen: urgent help, and the peer's own data. */
export function PeerHelpBar() {
  const { t } = useTranslation();
  const open = useStore(peerStore, (s) => s.helpOpen || s.crisis !== null);
  const onData = useStore(peerStore, (s) => s.screen === 'data');
  return (
    <nav className="help-bar" aria-label={t('help.barLabel')}>
      <button
        type="button"
        className="button button--small button--help"
        data-testid="urgent-help"
        aria-expanded={open}
        aria-controls={open ? HELP_PANEL_ID : undefined}
        onClick={() => {
          setHelpOpen(true);
          // Land on the help itself (it may already be open after a safety flag).
          requestAnimationFrame(() => {
            const heading = document.getElementById(HELP_HEADING_ID);
            heading?.focus();
            heading?.scrollIntoView({ block: 'nearest' });
          });
        }}
      >
        {t('help.button')}
      </button>
      <button
        type="button"
        className="button button--small button--link"
        data-testid="your-data"
        aria-current={onData ? 'page' : undefined}
        onClick={() => {
          showScreen(onData ? 'main' : 'data');
        }}
      >
        {onData ? t('privacy.back') : t('privacy.link')}
      </button>
    </nav>
  );
}
