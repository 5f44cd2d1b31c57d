import { useId, type ReactNode } from 'react';
import { FieldError, describedBy } from './field-error.js';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  description?: string;
}

interface RadioGroupProps<T extends string> {
  legend: ReactNode;
  name: string;
  options: readonly RadioOption<T>[];
  value: T | '';
  onChange: (value: T) => void;
  error?: string | undefined;
  /** "segmented" lays short options side by side; "list" stacks options with descriptions. */
  variant?: 'segmented' | 'list';
  className?: string;
}

/** Radio buttons in a fieldset with a legend; arrow keys move between options as browsers do natively. */
export function RadioGroup<T extends string>({ legend, name, options, value, onChange, error, variant = 'segmented', className }: RadioGroupProps<T>) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={`radio-group radio-group--${variant}${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={errorId}
    >
      <legend className="field__label">{legend}</legend>
      <div className="radio-group__options">
        {options.map((o) => {
          const optionId = `${id}-${o.value}`;
          const descId = o.description ? `${optionId}-desc` : undefined;
          return (
            <div className="radio" key={o.value}>
              <input
                type="radio"
                id={optionId}
                name={`${name}-${id}`}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                aria-describedby={describedBy(descId)}
                aria-invalid={error ? true : undefined}
              />
              <div className="radio__text">
                <label htmlFor={optionId} className="radio__label">
                  {o.label}
                </label>
                {o.description && (
                  <span className="radio__desc" id={descId}>
                    {o.description}
                  </span>
                )}
              </div>
            </div>
          );
        })}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
