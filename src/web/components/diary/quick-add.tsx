import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api.js';

/** Calories without a food (a slice of office cake): kcal, and a name if you like. */
export function QuickAdd({ mealLabel, onAdd }: { mealLabel: string; onAdd(kcal: number, name: string): Promise<void> }) {
  const [kcal, setKcal] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(kcal.replace(',', '.'));
    if (!Number.isFinite(n) || n <= 0) {
      setError('Type the calories, a number above 0');
      return;
    }
    try {
      await onAdd(n, name);
      setKcal('');
      setName('');
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not add it');
    }
  };
  return (
    <details className="card quick-add">
      <summary className="quick-add__summary">Quick add calories</summary>
      <form className="quick-add__form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="field__label">Calories (kcal)</span>
          <input className="input" inputMode="decimal" value={kcal} onChange={(e) => setKcal(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">What was it? (optional)</span>
          <input className="input" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="button button--primary">
          Add to {mealLabel.toLowerCase()}
        </button>
        {error && <p className="field-error">{error}</p>}
      </form>
    </details>
  );
}
