import type { DiaryEntry, DayView } from '../../../contract/index.js';
import { mealLabel } from '../../lib/diary-format.js';
import { formatInt } from '../../lib/format.js';
import { Link } from '../../router.js';
import { EntryRow } from './entry-row.js';

type Meal = DayView['meals'][number];

interface MealSectionProps {
  meal: Meal;
  date: string;
  onSave(entry: DiaryEntry, amount: number, unit: string): Promise<void>;
  onDelete(entry: DiaryEntry): Promise<void>;
  onCopyPrevious(meal: string): Promise<void>;
}

/** A meal of the day: its entries and kcal, "Add food", and copying the same meal from the day before. */
export function MealSection({ meal, date, onSave, onDelete, onCopyPrevious }: MealSectionProps) {
  const id = `meal-${meal.name.replace(/\W+/g, '-')}`;
  const label = mealLabel(meal.name);
  return (
    <section className="card meal" aria-labelledby={id}>
      <header className="meal__head">
        <h2 id={id} className="meal__title">
          {label}
        </h2>
        <span className="meal__kcal" data-testid={`meal-kcal-${meal.name}`}>
          {formatInt(meal.totals.energyKcal)} kcal
        </span>
      </header>
      {meal.entries.length > 0 && (
        <ul className="entries" aria-label={`${label} entries`}>
          {meal.entries.map((e) => (
            <EntryRow key={e.id} entry={e} onSave={onSave} onDelete={onDelete} />
          ))}
        </ul>
      )}
      <div className="meal__actions">
        <Link className="button button--secondary meal__add" to={`/diary/add?date=${date}&meal=${encodeURIComponent(meal.name)}`} aria-label={`Add food to ${label}`}>
          + Add food
        </Link>
        {/* The meal is the section's; this label fits beside "+ Add food" on a phone whatever the meal's name. */}
        {meal.entries.length === 0 && (
          <button type="button" className="link-button" aria-label={`Copy from yesterday: ${label}`} onClick={() => void onCopyPrevious(meal.name)}>
            Copy from yesterday
          </button>
        )}
      </div>
    </section>
  );
}
