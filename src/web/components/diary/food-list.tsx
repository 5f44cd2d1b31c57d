import { useState } from 'react';
import type { FoodHit } from '../../../contract/index.js';
import { amountLabel, gramsOf } from '../../lib/diary-format.js';
import { formatInt } from '../../lib/format.js';
import { FoodPicker } from './food-picker.js';

const SOURCE_BADGE: Partial<Record<FoodHit['source'], string>> = {
  custom: 'yours',
  recipe: 'recipe',
  off: 'Open Food Facts',
  'usda-fdc-branded': 'branded',
};

/** Search results or recent foods: tap one to pick an amount; a recent food logs its last amount in one tap. */
export function FoodList({ label, foods, mealLabel, onAdd }: { label: string; foods: FoodHit[]; mealLabel: string; onAdd(food: FoodHit, amount: number, unit: string): Promise<void> }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <ul className="food-list" aria-label={label}>
      {foods.map((f) => {
        const last = f.recent;
        const lastGrams = last ? gramsOf(last.lastAmount, last.lastUnit, f.portions) : null;
        const lastKcal = lastGrams === null ? null : (f.kcalPer100g * lastGrams) / 100;
        const badge = SOURCE_BADGE[f.source];
        return (
          <li key={f.id} className="food-item">
            <div className="food-item__row">
              <button type="button" className="food-item__main" aria-expanded={open === f.id} onClick={() => setOpen(open === f.id ? null : f.id)}>
                <span className="food-item__name">
                  {f.name}
                  {f.brand && <span className="food-item__brand"> · {f.brand}</span>}
                  {badge && <span className="badge">{badge}</span>}
                </span>
                <span className="food-item__meta">
                  {formatInt(f.kcalPer100g)} kcal · {formatInt(f.proteinPer100g)} g protein per 100 g
                </span>
              </button>
              {last && (
                <button
                  type="button"
                  className="chip-button chip-button--strong food-item__quick"
                  aria-label={`Add ${amountLabel({ amount: last.lastAmount, unit: last.lastUnit, portions: f.portions, kind: f.kind })} of ${f.name}`}
                  onClick={() => void onAdd(f, last.lastAmount, last.lastUnit)}
                >
                  <span>+ {amountLabel({ amount: last.lastAmount, unit: last.lastUnit, portions: f.portions, kind: f.kind })}</span>
                  {lastKcal !== null && <span className="food-item__quick-kcal">{formatInt(lastKcal)} kcal</span>}
                </button>
              )}
            </div>
            {open === f.id && <FoodPicker food={f} mealLabel={mealLabel} onAdd={onAdd} />}
          </li>
        );
      })}
    </ul>
  );
}
