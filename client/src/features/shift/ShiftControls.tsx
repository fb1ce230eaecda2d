import { LIMITS } from '@alongside/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../lib/store';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAction } from '../../ui/useAction';
import { endShift, pauseShift, resumeShift, startShift } from './shiftActions';
import { shiftStore } from './shiftStore';

const capacities = Array.from(
  { length: LIMITS.maxCapacity - LIMITS.minCapacity + 1 },
  (_, i) => LIMITS.minCapacity + i,
);

function CapacitySelect({
  value,
  onChange,
}: {
  value: number;
  onChange: (capacity: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t('shift.capacity')}</label>
      <select
        id={id}
        data-testid="capacity"
        value={value}
        aria-describedby={hintId}
        onChange={(e) => {
          onChange(Number(e.target.value));
        }}
      >
        {capacities.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <p id={hintId} className="hint">
        {t('shift.capacityHint')}
      </p>
    </div>
  );
}

export function ShiftControls() {
  const { t } = useTranslation();
  const { shift, loaded } = useStore(shiftStore, (s) => s);
  const [capacity, setCapacity] = useState(2);
  const start = useAction(startShift);
  const change = useAction(async (status: 'pause' | 'resume' | 'end') => {
    if (status === 'pause') await pauseShift();
    else if (status === 'resume') await resumeShift();
    else await endShift();
  });
  const error = start.error ?? change.error;
  const busy = start.pending || change.pending;

  return (
    <section className="panel shift" aria-labelledby="shift-heading">
      <h2 id="shift-heading">{t('shift.heading')}</h2>
      {!loaded ? (
        <p className="hint">{t('common.loading')}</p>
      ) : !shift ? (
        <>
          <p>{t('shift.offShift')}</p>
          <CapacitySelect value={capacity} onChange={setCapacity} />
          <button
            type="button"
            className="button button--primary"
            data-testid="start-shift"
            disabled={busy}
            onClick={() => void start.run(capacity)}
          >
            {t('shift.start')}
          </button>
        </>
      ) : (
        <>
          <p
            className={`shift__status shift__status--${shift.status}`}
            data-testid="shift-status"
            data-status={shift.status}
          >
            {t(`shift.status.${shift.status}`)}
          </p>
          <p>{t('shift.load', { active: shift.activeChats, capacity: shift.capacity })}</p>
          {shift.status !== 'ending' && (
            <div className="button-row">
              <CapacitySelect
                value={shift.capacity}
                onChange={(c) => {
                  void start.run(c);
                }}
              />
              {shift.status === 'active' ? (
                <button
                  type="button"
                  className="button"
                  data-testid="pause-shift"
                  disabled={busy}
                  onClick={() => void change.run('pause')}
                >
                  {t('shift.pause')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--primary"
                  data-testid="resume-shift"
                  disabled={busy}
                  onClick={() => void change.run('resume')}
                >
                  {t('shift.resume')}
                </button>
              )}
              <button
                type="button"
                className="button button--quiet"
                data-testid="end-shift"
                disabled={busy}
                onClick={() => void change.run('end')}
              >
                {t('shift.end')}
              </button>
            </div>
          )}
        </>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}
