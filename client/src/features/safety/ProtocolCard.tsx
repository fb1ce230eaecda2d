import type { SupporterFlag } from '@alongside/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { TimeStamp } from '../../ui/TimeStamp';
import { useResourcesFor } from '../resources/resourcesStore';
import { protocolSteps, type ProtocolStep } from './protocolSteps';
import { setFolded, supporterFlagsStore, useChatFlags } from './supporterFlagsStore';

/** Why the flag was raised: who raised it by hand, or the words the detector noticed. */
function Why({ flag }: { flag: SupporterFlag }) {
  const { t } = useTranslation();
  const manual = flag.reasons.find((r) => r.rule.startsWith('manual.'));
  if (manual) {
    return (
      <p className="protocol-card__why">
        {manual.rule === 'manual.moderator'
          ? t('protocol.raisedByModerator')
          : t('protocol.raisedByYou')}
      </p>
    );
  }
  const words = [...new Set(flag.reasons.map((r) => r.match).filter(Boolean))];
  if (words.length === 0) return null;
  return (
    <p className="protocol-card__why">
      {t('protocol.why')}{' '}
      {words.map((w, i) => (
        <q key={i} className="protocol-card__match" dir="auto">
          {w}
        </q>
      ))}
    </p>
  );
}

function StepText({ step, emergencyNumber }: { step: ProtocolStep; emergencyNumber: string }) {
  const { t } = useTranslation();
  if (step.kind === 'category') {
    return <>{t(`protocol.category.${step.category}`, { number: emergencyNumber })}</>;
  }
  return <>{t(`protocol.step.${step.step}`, { number: emergencyNumber })}</>;
}

function ProtocolCard({ flag, language }: { flag: SupporterFlag; language: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const folded = useStore(supporterFlagsStore, (s) => s.folded.includes(flag.id));
  const resources = useResourcesFor(language);
  const emergencyNumber = resources?.emergencyNumber ?? t('protocol.localEmergencyNumber');
  const categories = flag.categories.map((c) => t(`flags.category.${c}`)).join(', ');
  return (
    <section
      className={`protocol-card protocol-card--${flag.level}`}
      aria-labelledby={headingId}
      data-testid="protocol-card"
      data-level={flag.level}
    >
      <div className="protocol-card__head">
        <h3 id={headingId} className="protocol-card__heading">
          {t('protocol.heading', { level: t(`flags.level.${flag.level}`) })}
        </h3>
        <p className="protocol-card__about">
          {categories} · <TimeStamp at={flag.createdAt} />
        </p>
      </div>
      {/* Shown folded too: whether a moderator has it is what the supporter wonders most. */}
      <p className="protocol-card__status" data-testid="protocol-status" data-status={flag.status}>
        {t(`protocol.status.${flag.status}`)}
      </p>
      {folded ? (
        <button
          type="button"
          className="button button--small button--quiet"
          aria-expanded={false}
          onClick={() => {
            setFolded(flag.id, false);
          }}
        >
          {t('protocol.show')}
        </button>
      ) : (
        <>
          <Why flag={flag} />
          <p className="protocol-card__now">{t('protocol.whatNow')}</p>
          <ol className="protocol-card__steps">
            {protocolSteps(flag.level, flag.categories).map((step) => (
              <li key={step.kind === 'level' ? step.step : step.category}>
                <StepText step={step} emergencyNumber={emergencyNumber} />
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-expanded
            onClick={() => {
              setFolded(flag.id, true);
            }}
          >
            {t('protocol.gotIt')}
          </button>
        </>
      )}
    </section>
  );
}

/** The protocol cards of one chat, most severe first. */
export function ProtocolCards({
  conversationId,
  language,
}: {
  conversationId: string;
  language: string;
}) {
  const flags = useChatFlags(conversationId);
  if (flags.length === 0) return null;
  return (
    <div className="protocol-cards">
      {flags.map((flag) => (
        <ProtocolCard key={flag.id} flag={flag} language={language} />
      ))}
    </div>
  );
}
