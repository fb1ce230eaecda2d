import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { CrisisResourceList } from '../resources/ResourceList';
import { peerStore, setHelpOpen, showCrisis } from './peerStore';

export const HELP_PANEL_ID = 'urgent-help';
export const HELP_HEADING_ID = 'urgent-help-heading';

/**
 * Help outside this chat, one tap away: opened by the peer ("Need urgent help?") or by the
 * server after a high or imminent risk. Warm, not alarming: the supporter is still there.
 * The emergency number comes first.
 */
export function HelpPanel() {
  const { t } = useTranslation();
  const crisis = useStore(peerStore, (s) => s.crisis);
  const asked = useStore(peerStore, (s) => s.helpOpen);
  if (!crisis && !asked) return null;
  return (
    <section
      id={HELP_PANEL_ID}
      className="crisis"
      role={crisis ? 'alert' : undefined}
      aria-labelledby={HELP_HEADING_ID}
      data-testid="help-panel"
      data-reason={crisis ? 'crisis' : 'asked'}
    >
      <h2 id={HELP_HEADING_ID} tabIndex={-1}>
        {crisis ? t('crisis.heading') : t('help.heading')}
      </h2>
      <p>{crisis ? t('crisis.body') : t('help.body')}</p>
      {/* Mid-chat the list stays short, so the conversation is still close by. */}
      {crisis ? <CrisisResourceList pushed={crisis.resources} first={1} /> : <CrisisResourceList />}
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => {
          showCrisis(null);
          setHelpOpen(false);
        }}
      >
        {t('crisis.hide')}
      </button>
    </section>
  );
}
