import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { ACTIVITY_LEVELS, DEFAULT_PROTEIN_G_PER_KG, GOALS, RESTING_FORMULAS, type ActivityLevel, type GoalId, type RestingFormula, type Sex } from '../../core/energy/index.js';
import type { UnitSystem } from '../../core/units.js';
import { goalIdsFor, type FieldErrors, type GoalFormState } from '../lib/goal-form.js';
import { HeightField } from './height-field.js';
import { RadioGroup } from './radio-group.js';
import { SelectField } from './select-field.js';
import { TextField } from './text-field.js';

interface GoalFormProps {
  form: GoalFormState;
  errors: FieldErrors;
  onChange: (patch: Partial<GoalFormState>) => void;
  onUnits: (units: UnitSystem) => void;
  onSubmit: () => void;
  /** Save button, status and any form-level error, rendered at the end of the form. */
  footer: ReactNode;
}

const UNIT_OPTIONS = [
  { value: 'imperial', label: 'Imperial', description: 'lb, ft and in' },
  { value: 'metric', label: 'Metric', description: 'kg and cm' },
] as const;

const SEX_OPTIONS = [
  { value: 'male', label: 'Male' },
  { value: 'female', label: 'Female' },
] as const satisfies readonly { value: Sex; label: string }[];

const AGE_MODE_OPTIONS = [
  { value: 'age', label: 'Age in years' },
  { value: 'birthDate', label: 'Date of birth' },
] as const;

const ACTIVITY_OPTIONS = ACTIVITY_LEVELS.map((a) => ({ value: a.id, label: a.label, description: a.description }));

const FORMULA_OPTIONS = RESTING_FORMULAS.map((f) => ({
  value: f.id,
  label: f.label,
  description: f.id === 'mifflin' ? 'Default; the best of the four for most adults' : f.needsBodyFat ? 'Uses lean mass: needs your body fat %' : 'Weight, height, age and sex',
}));

/** Today as a local YYYY-MM-DD, the latest birth date the picker offers. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The body and goal fields of the Goal page: units, sex, age, height, weight, activity, goal and the advanced choices. */
export function GoalForm({ form, errors, onChange, onUnits, onSubmit, footer }: GoalFormProps) {
  const goalOptions = goalIdsFor(form.units).map((id) => ({ value: id, label: GOALS.find((g) => g.id === id)?.label ?? id }));
  const direction = GOALS.find((g) => g.id === form.goal)?.direction ?? 'maintain';
  const formulaInfo = RESTING_FORMULAS.find((f) => f.id === form.formula);
  const advancedInUse = form.formula !== 'mifflin' || form.bodyFatPct !== '' || form.proteinGPerKg !== '';
  const advancedError = errors.formula ?? errors.bodyFatPct ?? errors.proteinGPerKg;
  const weightUnit = form.units === 'metric' ? 'kg' : 'lb';
  // Open at first when a saved profile uses the advanced fields; afterwards the person decides, except that an error there opens it.
  const [advancedOpen, setAdvancedOpen] = useState(advancedInUse);
  useEffect(() => {
    if (advancedError !== undefined) setAdvancedOpen(true);
  }, [advancedError]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };

  return (
    <form className="card goal-form" onSubmit={submit} noValidate aria-labelledby="form-heading">
      <h2 id="form-heading" className="card__title">
        About you
      </h2>
      <RadioGroup legend="Units" name="units" options={UNIT_OPTIONS} value={form.units} onChange={onUnits} error={errors.units} />
      <RadioGroup legend="Sex" name="sex" options={SEX_OPTIONS} value={form.sex} onChange={(sex) => onChange({ sex })} error={errors.sex} />

      <div className="field-group">
        <RadioGroup
          legend="Age or date of birth"
          name="age-mode"
          options={AGE_MODE_OPTIONS}
          value={form.ageMode}
          onChange={(ageMode) => onChange({ ageMode })}
        />
        {form.ageMode === 'age' ? (
          <TextField label="Age" suffix="years" inputMode="numeric" value={form.age} onChange={(age) => onChange({ age })} error={errors.age ?? errors.birthDate} className="field--short" />
        ) : (
          <TextField
            label="Birth date"
            type="date"
            autoComplete="bday"
            max={today()}
            value={form.birthDate}
            onChange={(birthDate) => onChange({ birthDate })}
            error={errors.birthDate ?? errors.age}
            className="field--medium"
          />
        )}
      </div>

      <div className="field-row">
        <HeightField units={form.units} feet={form.heightFt} inches={form.heightIn} cm={form.heightCm} onChange={onChange} error={errors.height} />
        <TextField
          label={`Weight (${weightUnit})`}
          suffix={weightUnit}
          inputMode="decimal"
          value={form.weight}
          onChange={(weight) => onChange({ weight })}
          error={errors.weight}
          className="field--short"
        />
      </div>

      <RadioGroup<ActivityLevel>
        legend="Activity level"
        name="activity"
        variant="list"
        options={ACTIVITY_OPTIONS}
        value={form.activity}
        onChange={(activity) => onChange({ activity })}
        error={errors.activity}
      />

      <SelectField<GoalId>
        label="Goal"
        hint={form.units === 'metric' ? 'Rates in kg per week' : 'Rates in lb per week'}
        value={form.goal}
        options={goalOptions}
        onChange={(goal) => onChange({ goal })}
        error={errors.goal}
      />

      <details className="advanced" open={advancedOpen} onToggle={(e) => setAdvancedOpen(e.currentTarget.open)}>
        <summary className="advanced__summary">Advanced</summary>
        <div className="advanced__body">
          <RadioGroup<RestingFormula>
            legend="Formula"
            name="formula"
            variant="list"
            options={FORMULA_OPTIONS}
            value={form.formula}
            onChange={(formula) => onChange({ formula })}
            error={errors.formula}
          />
          <TextField
            label="Body fat %"
            suffix="%"
            inputMode="decimal"
            hint={formulaInfo?.needsBodyFat ? `${formulaInfo.label} needs it.` : 'Optional; used by Katch–McArdle and Cunningham.'}
            value={form.bodyFatPct}
            onChange={(bodyFatPct) => onChange({ bodyFatPct })}
            error={errors.bodyFatPct}
            className="field--short"
          />
          <TextField
            label="Protein (g per kg)"
            suffix="g/kg"
            inputMode="decimal"
            hint={`Leave empty for ${DEFAULT_PROTEIN_G_PER_KG[direction]} g/kg, the default for your goal.`}
            value={form.proteinGPerKg}
            onChange={(proteinGPerKg) => onChange({ proteinGPerKg })}
            error={errors.proteinGPerKg}
            className="field--short"
          />
        </div>
      </details>
      {footer}
    </form>
  );
}
