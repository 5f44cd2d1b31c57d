import { useId, type HTMLAttributes } from 'react';
import { FieldError, describedBy } from './field-error.js';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** A unit shown after the box ("lb", "cm"); the label must name it too. */
  suffix?: string;
  type?: 'text' | 'date';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  placeholder?: string;
  className?: string;
  max?: string;
}

/** A labelled input with an optional unit, hint and error, wired with aria-invalid and aria-describedby. */
export function TextField({ label, value, onChange, error, hint, suffix, type = 'text', inputMode, autoComplete, placeholder, className, max }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field${className ? ` ${className}` : ''}${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="field__control">
        <input
          id={id}
          className="input"
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          placeholder={placeholder}
          value={value}
          max={max}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, errorId)}
        />
        {suffix && (
          <span className="field__suffix" aria-hidden="true">
            {suffix}
          </span>
        )}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
