import { useId } from 'react';
import type { UnitSystem } from '../../core/units.js';
import { FieldError, describedBy } from './field-error.js';
import { TextField } from './text-field.js';

interface HeightFieldProps {
  units: UnitSystem;
  feet: string;
  inches: string;
  cm: string;
  onChange: (patch: { heightFt?: string; heightIn?: string; heightCm?: string }) => void;
  error?: string | undefined;
}

/** Height as feet + inches (imperial) or centimetres (metric); one error for the pair. */
export function HeightField({ units, feet, inches, cm, onChange, error }: HeightFieldProps) {
  const id = useId();
  if (units === 'metric') {
    return <TextField label="Height (cm)" suffix="cm" inputMode="decimal" value={cm} onChange={(v) => onChange({ heightCm: v })} error={error} />;
  }
  const errorId = error ? `${id}-error` : undefined;
  const input = (label: string, value: string, key: 'heightFt' | 'heightIn') => (
    <div className="field__control field__control--pair">
      <input
        id={`${id}-${key}`}
        className="input"
        type="text"
        inputMode={key === 'heightFt' ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange({ [key]: e.target.value })}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(errorId)}
      />
      <label className="field__suffix field__suffix--label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
    </div>
  );
  return (
    <fieldset className={`field height-field${error ? ' field--invalid' : ''}`}>
      <legend className="field__label">Height</legend>
      <div className="height-field__pair">
        {input('feet', feet, 'heightFt')}
        {input('inches', inches, 'heightIn')}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
