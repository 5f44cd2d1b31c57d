import { useState, type FormEvent } from 'react';
import { GIRTH_SITES, type GirthSite } from '../../../core/body/body-log.js';
import type { UnitSystem } from '../../../core/units.js';
import { ApiError } from '../../api.js';
import { bodyApi } from '../../body-api.js';
import { girthForApi, weightForApi, weightUnit } from '../../lib/body-format.js';
import { TextField } from '../text-field.js';

type Errors = Partial<Record<string, string>>;

const messageOf = (err: unknown) => (err instanceof Error ? err.message : 'Something went wrong');

/** Log a weigh-in in the user's unit (or any unit typed out), with body fat and girths tucked away below. */
export function WeighInForm({ units, today, onSaved }: { units: UnitSystem; today: string; onSaved: () => void }) {
  const [date, setDate] = useState(today);
  const [weight, setWeight] = useState('');
  const [bodyFat, setBodyFat] = useState('');
  const [girths, setGirths] = useState<Partial<Record<GirthSite, string>>>({});
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; message?: string }>({ kind: 'idle' });
  const lengthUnit = units === 'imperial' ? 'in' : 'cm';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const girthsIn = Object.fromEntries(
      Object.entries(girths)
        .map(([site, text]) => [site, girthForApi(text ?? '', units)])
        .filter(([, v]) => v !== null),
    );
    const bf = bodyFat.trim() === '' ? null : Number(bodyFat.replace(',', '.'));
    if (bf !== null && !Number.isFinite(bf)) {
      setErrors({ bodyFatPct: 'Enter a number, like 22.5' });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      await bodyApi.addEntry({ date, weight: weightForApi(weight, units), bodyFatPct: bf, girths: girthsIn, note: note.trim() || null, units });
      setErrors({});
      setWeight('');
      setBodyFat('');
      setGirths({});
      setNote('');
      setStatus({ kind: 'saved', message: 'Saved' });
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.details.length > 0) {
        setErrors(Object.fromEntries(err.details.map((d) => [d.field.replace(/^body\./, ''), d.message])));
        setStatus({ kind: 'error', message: 'Not saved: see the marked field.' });
      } else {
        setStatus({ kind: 'error', message: `Not saved: ${messageOf(err)}` });
      }
    }
  };

  return (
    <form className="card body-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="weigh-in-title">
      <h2 className="card__title" id="weigh-in-title">
        Log a weigh-in
      </h2>
      <div className="field-row">
        <TextField label="Date" type="date" value={date} onChange={setDate} error={errors.date} max={today} className="field--medium" />
        <TextField
          label={`Weight (${weightUnit(units)})`}
          value={weight}
          onChange={(v) => {
            setWeight(v);
            setErrors(({ weight: _cleared, ...rest }) => rest);
            setStatus({ kind: 'idle' });
          }}
          error={errors.weight}
          suffix={weightUnit(units)}
          inputMode="decimal"
          hint="Or type it with a unit: 81.6 kg, 180 lb, 12 st 8 lb"
          className="field--medium"
        />
      </div>
      <details className="body-form__more">
        <summary>Body fat, girths and a note</summary>
        <div className="field-row">
          <TextField label="Body fat (%)" value={bodyFat} onChange={setBodyFat} error={errors.bodyFatPct} suffix="%" inputMode="decimal" className="field--short" />
          {GIRTH_SITES.map((g) => (
            <TextField
              key={g.id}
              label={`${g.label} (${lengthUnit})`}
              value={girths[g.id] ?? ''}
              onChange={(v) => setGirths((s) => ({ ...s, [g.id]: v }))}
              error={errors[`girths.${g.id}`]}
              suffix={lengthUnit}
              inputMode="decimal"
              className="field--short"
            />
          ))}
        </div>
        <TextField label="Note" value={note} onChange={setNote} error={errors.note} />
      </details>
      <div className="save-bar__row">
        <button type="submit" className="button button--primary" disabled={status.kind === 'saving'}>
          Save weigh-in
        </button>
        <span role="status" className={`save-status${status.kind === 'saved' ? ' save-status--saved' : status.kind === 'error' ? ' save-status--error' : ''}`}>
          {status.kind === 'saving' ? 'Saving…' : (status.message ?? '')}
        </span>
      </div>
    </form>
  );
}
