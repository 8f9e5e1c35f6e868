import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Problem } from '../http';

interface FieldProps {
  label: string;
  /** The API field whose 400 messages show under this control. */
  name?: string;
  problem?: Problem | null;
  hint?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ComponentChildren;
}

/** A labelled control with its hint and the server's messages for it, tied together for screen readers. */
export function Field({ label, name, problem, hint, children }: FieldProps) {
  const id = useId();
  const errors = (name && problem?.byField[name]) || [];
  const describedBy = [hint && `${id}-hint`, errors.length && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={errors.length ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': errors.length ? true : undefined })}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p class="field-error" id={`${id}-error`}>
          {errors.join(' · ')}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  name?: string;
  value: string | number | undefined | null;
  onInput: (value: string) => void;
  problem?: Problem | null;
  type?: string;
  required?: boolean;
  hint?: string;
  autoComplete?: string;
  min?: string | number;
  max?: string | number;
  step?: string | number;
}

export function TextField({ label, name, problem, hint, value, onInput, ...rest }: TextFieldProps) {
  return (
    <Field label={label} name={name} problem={problem} hint={hint}>
      {(aria) => (
        <input
          {...aria}
          {...(rest as Record<string, unknown>)}
          name={name}
          value={value ?? ''}
          onInput={(event) => onInput((event.target as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}

export function TextArea(props: {
  label: string;
  name?: string;
  value?: string | null;
  onInput: (value: string) => void;
  problem?: Problem | null;
}) {
  return (
    <Field label={props.label} name={props.name} problem={props.problem}>
      {(aria) => (
        <textarea
          {...aria}
          name={props.name}
          rows={3}
          value={props.value ?? ''}
          onInput={(event) => props.onInput((event.target as HTMLTextAreaElement).value)}
        />
      )}
    </Field>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A picker by name: the organizer sees names, the form keeps the ids. */
export function SelectField(props: {
  label: string;
  name?: string;
  value: string | undefined | null;
  choices: Choice[];
  onChange: (value: string) => void;
  problem?: Problem | null;
  /** The label of the empty choice; without it a choice is required. */
  none?: string;
}) {
  return (
    <Field label={props.label} name={props.name} problem={props.problem}>
      {(aria) => (
        <select
          {...aria}
          name={props.name}
          value={props.value ?? ''}
          onChange={(event) => props.onChange((event.target as HTMLSelectElement).value)}
        >
          {props.none !== undefined && <option value="">{props.none}</option>}
          {props.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
