import type { EventInput } from '@alongside/shared';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAction } from '../../ui/useAction';
import { addFlagNote, resolveFlag } from './flagActions';
import { FlagNoteField } from './FlagNoteField';

type Outcome = EventInput<'flag:resolve'>['outcome'];

export const outcomes: readonly Outcome[] = [
  'safe_for_now',
  'safety_plan_made',
  'emergency_services_contacted',
  'referred_to_service',
  'peer_left',
  'false_alarm',
];

function isOutcome(value: string): value is Outcome {
  return (outcomes as readonly string[]).includes(value);
}

/** A note on a flag: for the moderators who follow it up (recorded, never logged). */
export function NoteForm({ flagId, onDone }: { flagId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const save = useAction(addFlagNote);

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    const body = note.trim();
    if (!body) return;
    if (await save.run(flagId, body)) {
      setNote('');
      onDone();
    }
  }

  return (
    <form className="form form--compact flag-form" onSubmit={(e) => void submit(e)}>
      <FlagNoteField
        id={id}
        label={t('flags.noteLabel')}
        testId="flag-note"
        value={note}
        onChange={setNote}
      />
      <ErrorNotice error={save.error} />
      <div className="button-row">
        <button
          type="submit"
          className="button"
          data-testid="save-note"
          disabled={save.pending || !note.trim()}
        >
          {t('flags.saveNote')}
        </button>
      </div>
    </form>
  );
}

/** Closing a flag says how it ended, so the record means something later. */
export function ResolveForm({ flagId }: { flagId: string }) {
  const { t } = useTranslation();
  const outcomeId = useId();
  const noteId = useId();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  const resolve = useAction(resolveFlag);

  function submit(e: SyntheticEvent) {
    e.preventDefault();
    if (!outcome) return;
    const body = note.trim();
    void resolve.run({ flagId, outcome, ...(body ? { note: body } : {}) });
  }

  return (
    <form className="form form--compact flag-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={outcomeId}>{t('flags.outcomeLabel')}</label>
        <select
          id={outcomeId}
          data-testid="resolve-outcome"
          required
          value={outcome}
          onChange={(e) => {
            setOutcome(isOutcome(e.target.value) ? e.target.value : '');
          }}
        >
          <option value="">{t('flags.outcomeChoose')}</option>
          {outcomes.map((o) => (
            <option key={o} value={o}>
              {t(`flags.outcome.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <FlagNoteField
        id={noteId}
        label={t('flags.resolveNoteLabel')}
        value={note}
        onChange={setNote}
      />
      <ErrorNotice error={resolve.error} />
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          data-testid="resolve-flag"
          disabled={resolve.pending || !outcome}
        >
          {t('flags.resolveSubmit')}
        </button>
      </div>
    </form>
  );
}
