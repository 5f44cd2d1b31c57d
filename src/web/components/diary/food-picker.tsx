import { useId, useState, type FormEvent } from 'react';
import type { FoodHit } from '../../../contract/index.js';
import { ApiError } from '../../api.js';
import { defaultChoice, formatGrams, gramsOf, unitChoices } from '../../lib/diary-format.js';
import { formatInt } from '../../lib/format.js';

interface FoodPickerProps {
  food: FoodHit;
  mealLabel: string;
  onAdd(food: FoodHit, amount: number, unit: string): Promise<void>;
}

/** How much of a food: an amount in one of its portions, grams or ounces, with the kcal as it is typed. */
export function FoodPicker({ food, mealLabel, onAdd }: FoodPickerProps) {
  const start = defaultChoice(food);
  const [amount, setAmount] = useState(String(start.amount));
  const [unit, setUnit] = useState(start.unit);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const choices = unitChoices(food.portions);
  if (!choices.some((c) => c.value === unit)) {
    const portion = food.portions.find((p) => p.unit === unit);
    choices.unshift({ value: unit, label: portion ? `${unit} (${formatGrams(portion.grams / portion.amount)})` : unit, gramsEach: portion ? portion.grams / portion.amount : NaN });
  }
  const n = Number(amount.replace(',', '.'));
  const grams = gramsOf(n, unit, food.portions);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onAdd(food, n, unit);
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not add it');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="picker" onSubmit={(e) => void submit(e)} aria-label={`Amount of ${food.name}`}>
      <div className="picker__row">
        <label className="picker__amount" htmlFor={`${id}-amount`}>
          <span className="visually-hidden">Amount</span>
          <input id={`${id}-amount`} className="input" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} aria-label="Amount" />
        </label>
        <select className="input select picker__unit" value={unit} onChange={(e) => setUnit(e.target.value)} aria-label="Unit">
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <p className="picker__preview" aria-live="polite">
        {grams === null ? (
          'Type an amount above 0'
        ) : (
          <>
            <strong data-testid="picker-kcal">{formatInt((food.kcalPer100g * grams) / 100)} kcal</strong> · {formatGrams(grams)} · protein {formatInt((food.proteinPer100g * grams) / 100)} g
          </>
        )}
      </p>
      <button type="submit" className="button button--primary button--wide" disabled={busy || grams === null}>
        Add to {mealLabel.toLowerCase()}
      </button>
      {error && <p className="field-error">{error}</p>}
    </form>
  );
}
