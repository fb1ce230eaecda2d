import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../lib/clock';
import { useStore } from '../../lib/store';
import { FlagCard } from './FlagCard';
import { sortFlags } from './flagOrder';
import { setSoundEnabled, useSoundEnabled } from './flagSound';
import { flagsStore } from './flagsStore';

/** Flags nobody has acknowledged yet, in the tab title, so they are seen from another window. */
export function useFlagTitle(base: string): void {
  const { t } = useTranslation();
  const waiting = useStore(
    flagsStore,
    (s) => Object.values(s.flags).filter((f) => f.status === 'open').length,
  );
  useEffect(() => {
    document.title = waiting > 0 ? t('title.flags', { count: waiting, base }) : base;
  }, [waiting, base, t]);
}

function SoundSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const on = useSoundEnabled();
  return (
    <div className="sound-switch">
      <input
        id={id}
        type="checkbox"
        checked={on}
        onChange={(e) => {
          setSoundEnabled(e.target.checked);
        }}
      />
      <label htmlFor={id}>{t('flags.sound')}</label>
    </div>
  );
}

/** Open safety flags, live: most severe first, then oldest. */
export function FlagsPanel() {
  const { t } = useTranslation();
  const flagMap = useStore(flagsStore, (s) => s.flags);
  const loaded = useStore(flagsStore, (s) => s.loaded);
  const alert = useStore(flagsStore, (s) => s.latestAlert);
  const flags = useMemo(() => sortFlags(Object.values(flagMap)), [flagMap]);
  // Ages tick while the dashboard is open; a flag's age is part of its urgency.
  const now = useNow(10_000);
  return (
    <section className="panel flags" aria-labelledby="flags-heading" data-testid="flags-panel">
      <div className="panel__head">
        <h2 id="flags-heading">{t('flags.heading', { count: flags.length })}</h2>
        <SoundSwitch />
      </div>
      {/* Always mounted, so screen readers announce each new alert as it arrives. */}
      <div className="flag-alert" role="alert" aria-live="assertive" data-testid="flag-alert">
        {alert && <p>{alert.text}</p>}
      </div>
      {!loaded ? (
        <p className="hint">{t('common.loading')}</p>
      ) : flags.length === 0 ? (
        <p className="flags__empty">{t('flags.none')}</p>
      ) : (
        <ol className="flag-list">
          {flags.map((flag) => (
            <li key={flag.id}>
              <FlagCard flag={flag} now={now} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
