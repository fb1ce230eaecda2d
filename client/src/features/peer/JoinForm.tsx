import { LIMITS } from '@alongside/shared';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, setUiLanguage } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useLanguageName } from '../../ui/labels';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAction } from '../../ui/useAction';
import { usePublicConfig } from '../config/config';
import { TopicPicker } from '../config/TopicPicker';
import { chatLanguages } from './chatLanguages';
import { joinQueue } from './peerActions';

/** Pseudonym, then everything optional: topics, a note, the chat language, a shared-experience wish. */
export function JoinForm() {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  const { config, failed, retry } = usePublicConfig();
  const join = useAction(joinQueue);
  const ids = {
    pseudonym: useId(),
    pseudonymHint: useId(),
    note: useId(),
    language: useId(),
    shared: useId(),
    sharedHint: useId(),
  };
  const [pseudonym, setPseudonym] = useState('');
  const [topics, setTopics] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [language, setLanguage] = useState<string>(() => asUiLanguage(i18n.language) ?? 'en');
  const [wantsSharedExperience, setWantsSharedExperience] = useState(false);

  function submit(e: SyntheticEvent) {
    e.preventDefault();
    if (!pseudonym.trim()) return;
    void join.run({
      pseudonym: pseudonym.trim(),
      topics,
      ...(note.trim() ? { note: note.trim() } : {}),
      language,
      wantsSharedExperience,
    });
  }

  return (
    <section className="screen" aria-labelledby="join-heading">
      <ScreenHeading id="join-heading">{t('join.heading')}</ScreenHeading>
      <p className="lead">{t('join.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.pseudonym}>{t('join.pseudonymLabel')}</label>
          <p id={ids.pseudonymHint} className="hint">
            {t('join.pseudonymHint')}
          </p>
          <input
            id={ids.pseudonym}
            data-testid="pseudonym"
            type="text"
            autoComplete="off"
            autoCapitalize="words"
            spellCheck={false}
            required
            maxLength={LIMITS.pseudonymChars}
            aria-describedby={ids.pseudonymHint}
            value={pseudonym}
            onChange={(e) => {
              setPseudonym(e.target.value);
            }}
          />
        </div>

        <TopicPicker
          legend={t('join.topicsLegend')}
          hint={t('join.topicsHint', { max: LIMITS.topicsPerRequest })}
          topics={config?.topics ?? []}
          selected={topics}
          max={LIMITS.topicsPerRequest}
          onChange={setTopics}
          unavailable={failed}
          onRetry={retry}
        />

        <div className="field field--check">
          <input
            id={ids.shared}
            type="checkbox"
            checked={wantsSharedExperience}
            aria-describedby={ids.sharedHint}
            onChange={(e) => {
              setWantsSharedExperience(e.target.checked);
            }}
          />
          <label htmlFor={ids.shared}>{t('join.sharedExperience')}</label>
          <p id={ids.sharedHint} className="hint">
            {t('join.sharedExperienceHint')}
          </p>
        </div>

        <div className="field">
          <label htmlFor={ids.note}>{t('join.noteLabel')}</label>
          <textarea
            id={ids.note}
            rows={3}
            maxLength={LIMITS.queueNoteChars}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
            }}
          />
        </div>

        <div className="field">
          <label htmlFor={ids.language}>{t('join.languageLabel')}</label>
          <select
            id={ids.language}
            value={language}
            onChange={(e) => {
              setLanguage(e.target.value);
              // Choosing a language we have a catalogue for also switches the interface.
              const ui = asUiLanguage(e.target.value);
              if (ui) setUiLanguage(ui);
            }}
          >
            {chatLanguages.map((tag) => (
              <option key={tag} value={tag}>
                {languageName(tag)}
              </option>
            ))}
          </select>
        </div>

        <ErrorNotice error={join.error} />
        <button
          type="submit"
          className="button button--primary button--wide"
          data-testid="join-queue"
          disabled={join.pending || !pseudonym.trim()}
        >
          {join.pending ? t('join.submitting') : t('join.submit')}
        </button>
      </form>
    </section>
  );
}
