import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useTopicLabel } from '../../ui/labels';

interface TopicPickerProps {
  legend: string;
  hint?: string;
  topics: readonly string[];
  selected: readonly string[];
  max: number;
  onChange: (topics: string[]) => void;
  unavailable?: boolean;
  onRetry?: () => void;
}

/** Checkboxes for the server's topic list; used by peers (what to talk about) and staff (experience). */
export function TopicPicker({
  legend,
  hint,
  topics,
  selected,
  max,
  onChange,
  unavailable,
  onRetry,
}: TopicPickerProps) {
  const { t } = useTranslation();
  const topicLabel = useTopicLabel();
  const hintId = useId();
  const name = useId();
  const full = selected.length >= max;
  return (
    <fieldset className="field topic-picker" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {unavailable && (
        <p className="notice">
          {t('common.topicsUnavailable')}{' '}
          {onRetry && (
            <button type="button" className="button button--small button--quiet" onClick={onRetry}>
              {t('common.tryAgain')}
            </button>
          )}
        </p>
      )}
      <ul className="topic-picker__list">
        {topics.map((topic) => {
          const checked = selected.includes(topic);
          return (
            <li key={topic}>
              <label className="chip">
                <input
                  type="checkbox"
                  name={name}
                  value={topic}
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(e) => {
                    onChange(
                      e.target.checked ? [...selected, topic] : selected.filter((x) => x !== topic),
                    );
                  }}
                />
                <span>{topicLabel(topic)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
