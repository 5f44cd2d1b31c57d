import { useState, type FormEvent } from 'react';
import type { SleepNight } from '../../../contract/index.js';
import { ApiError } from '../../api.js';
import { bodyApi } from '../../body-api.js';
import { RadioGroup } from '../radio-group.js';
import { TextField } from '../text-field.js';

const QUALITY = [
  { value: '1', label: '1' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: '5' },
] as const;
type Quality = (typeof QUALITY)[number]['value'];

/** Last night's sleep: hours and how it felt (1 poor … 5 great), against the 7-hour minimum for adults. */
export function SleepForm({ today, recent, onSaved }: { today: string; recent: readonly SleepNight[]; onSaved: () => void }) {
  const [hours, setHours] = useState('');
  const [quality, setQuality] = useState<Quality | ''>('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const average = recent.length > 0 ? recent.reduce((s, n) => s + n.hours, 0) / recent.length : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const h = Number(hours.replace(',', '.'));
    if (hours.trim() === '' || !Number.isFinite(h)) {
      setError('Enter the hours you slept, like 7.5');
      return;
    }
    try {
      await bodyApi.putSleep(today, { hours: h, quality: quality === '' ? null : Number(quality) });
      setError(undefined);
      setStatus('Saved');
      onSaved();
    } catch (err) {
      setError(err instanceof ApiError ? (err.details[0]?.message ?? err.message) : 'Could not save');
    }
  };

  return (
    <form className="card body-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="sleep-title">
      <h2 className="card__title" id="sleep-title">
        Last night’s sleep
      </h2>
      <p className="muted">
        Adults should sleep at least 7 hours a night (AASM/SRS consensus); muscle is built on rest days and nights.
        {average !== null && (recent.length === 1 ? ` Last logged night: ${average.toFixed(1)} h.` : ` Your last ${recent.length} nights averaged ${average.toFixed(1)} h.`)}
      </p>
      <div className="field-row">
        <TextField label="Hours slept" value={hours} onChange={setHours} error={error} suffix="h" inputMode="decimal" className="field--short" />
        <RadioGroup legend="How well (1 poor … 5 great)" name="sleep-quality" options={QUALITY} value={quality} onChange={setQuality} className="body-quality" />
      </div>
      <div className="save-bar__row">
        <button type="submit" className="button button--secondary">
          Save sleep
        </button>
        <span role="status" className="save-status save-status--saved">
          {status}
        </span>
      </div>
    </form>
  );
}
