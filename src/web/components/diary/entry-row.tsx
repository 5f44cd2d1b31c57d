import { useState, type FormEvent } from 'react';
import type { DiaryEntry } from '../../../contract/index.js';
import { ApiError } from '../../api.js';
import { amountLabel, gramsOf, unitChoices } from '../../lib/diary-format.js';
import { formatInt } from '../../lib/format.js';

interface EntryRowProps {
  entry: DiaryEntry;
  onSave(entry: DiaryEntry, amount: number, unit: string): Promise<void>;
  onDelete(entry: DiaryEntry): Promise<void>;
}

/** One logged food: name, amount and kcal; tap to change the amount or delete it. */
export function EntryRow({ entry, onSave, onDelete }: EntryRowProps) {
  const [editing, setEditing] = useState(false);
  const [amount, setAmount] = useState(String(entry.amount));
  const [unit, setUnit] = useState(entry.unit);
  const [error, setError] = useState<string | null>(null);
  const quick = entry.kind === 'quick';
  const choices = unitChoices(entry.portions);
  if (!quick && !choices.some((c) => c.value === unit)) choices.unshift({ value: unit, label: unit, gramsEach: NaN });
  const n = Number(amount.replace(',', '.'));
  const grams = quick ? null : gramsOf(n, unit, entry.portions);
  const previewKcal = quick ? (entry.nutrients.energyKcal * n) / entry.amount : grams === null || !entry.grams ? null : (entry.nutrients.energyKcal * grams) / entry.grams;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await onSave(entry, n, unit);
      setEditing(false);
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not save the change');
    }
  };

  return (
    <li className="entry">
      <button type="button" className="entry__main" aria-expanded={editing} onClick={() => setEditing(!editing)}>
        <span className="entry__name">
          {entry.name}
          {entry.brand && <span className="entry__brand"> · {entry.brand}</span>}
        </span>
        <span className="entry__amount">{quick ? 'quick add' : amountLabel(entry)}</span>
        <span className="entry__kcal">{formatInt(entry.nutrients.energyKcal)} kcal</span>
      </button>
      {editing && (
        <form className="entry__edit" onSubmit={(e) => void submit(e)} aria-label={`Change ${entry.name}`}>
          <label className="entry__field">
            <span className="visually-hidden">Amount</span>
            <input className="input" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} aria-label="Amount" />
          </label>
          {!quick && (
            <select className="input select" value={unit} onChange={(e) => setUnit(e.target.value)} aria-label="Unit">
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
          <span className="entry__preview">{previewKcal === null || !Number.isFinite(previewKcal) ? '–' : `${formatInt(previewKcal)} kcal`}</span>
          <button type="submit" className="button button--primary">
            Save
          </button>
          <button type="button" className="button button--danger" onClick={() => void onDelete(entry)}>
            Delete
          </button>
          {error && <p className="field-error">{error}</p>}
        </form>
      )}
    </li>
  );
}
