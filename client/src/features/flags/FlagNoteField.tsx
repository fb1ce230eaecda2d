import { LIMITS } from '@alongside/shared';

/** The short note field every flag form has (a note on a flag, at resolution, or when raising one). */
export function FlagNoteField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        data-testid={props.testId}
        rows={2}
        maxLength={LIMITS.flagNoteChars}
        value={props.value}
        onChange={(e) => {
          props.onChange(e.target.value);
        }}
      />
    </div>
  );
}
