import type { FlagLevel } from '@alongside/shared';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAction } from '../../ui/useAction';
import { flagLevels } from './levels';
import type { RiskCategory } from './protocolSteps';
import { raiseConcern } from './safetyActions';
import { FlagNoteField } from '../flags/FlagNoteField';

export const riskCategories: readonly RiskCategory[] = [
  'suicide',
  'self_harm',
  'harm_to_others',
  'abuse',
  'medical_emergency',
];

/**
 * A supporter's own judgement counts as much as the detector's: level, what it is about and
 * an optional note go to the moderators at once.
 */
export function RaiseConcernForm({
  conversationId,
  onDone,
  onCancel,
}: {
  conversationId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const noteId = useId();
  const problemId = useId();
  const [level, setLevel] = useState<FlagLevel>('concern');
  const [categories, setCategories] = useState<RiskCategory[]>([]);
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const raise = useAction(raiseConcern);
  const missingCategory = submitted && categories.length === 0;

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (categories.length === 0) return;
    const trimmed = note.trim();
    const done = await raise.run({
      conversationId,
      level,
      categories,
      ...(trimmed ? { note: trimmed } : {}),
    });
    if (done) onDone();
  }

  return (
    <section className="raise-concern" aria-labelledby={headingId} data-testid="raise-concern-form">
      <h3 id={headingId}>{t('raise.heading')}</h3>
      <p className="hint">{t('raise.intro')}</p>
      <form className="form form--compact" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="field">
          <legend>{t('raise.level')}</legend>
          <div className="choice-row">
            {flagLevels.map((l) => (
              <label key={l} className="chip">
                <input
                  type="radio"
                  name={`${headingId}-level`}
                  value={l}
                  checked={level === l}
                  onChange={() => {
                    setLevel(l);
                  }}
                />
                <span>{t(`flags.level.${l}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset
          className={`field${missingCategory ? ' field--invalid' : ''}`}
          aria-describedby={missingCategory ? problemId : undefined}
        >
          <legend>{t('raise.categories')}</legend>
          <div className="choice-row">
            {riskCategories.map((c) => (
              <label key={c} className="chip">
                <input
                  type="checkbox"
                  value={c}
                  checked={categories.includes(c)}
                  onChange={(e) => {
                    setCategories((list) =>
                      e.target.checked ? [...list, c] : list.filter((x) => x !== c),
                    );
                  }}
                />
                <span>{t(`flags.category.${c}`)}</span>
              </label>
            ))}
          </div>
          {missingCategory && (
            <p id={problemId} className="field__problem">
              {t('raise.categoryMissing')}
            </p>
          )}
        </fieldset>
        <FlagNoteField
          id={noteId}
          label={t('raise.note')}
          testId="raise-note"
          value={note}
          onChange={setNote}
        />
        <ErrorNotice error={raise.error} />
        <div className="button-row">
          <button
            type="submit"
            className="button button--primary"
            data-testid="raise-submit"
            disabled={raise.pending}
          >
            {t('raise.submit')}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('raise.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
