import type { DayView } from '../../../contract/index.js';
import { formatInt } from '../../lib/format.js';
import { Link } from '../../router.js';

type Balance = DayView['balance'];

function Term({ value, label, testId, strong }: { value: number; label: string; testId: string; strong?: boolean }) {
  return (
    <div className={`equation__term${strong ? ' equation__term--result' : ''}${strong && value < 0 ? ' equation__term--over' : ''}`}>
      <span className="equation__value" data-testid={testId}>
        {formatInt(value)}
      </span>
      <span className="equation__label">{label}</span>
    </div>
  );
}

function MacroRow({ name, kind, eaten, target }: { name: string; kind: 'protein' | 'fat' | 'carbs'; eaten: number; target: number | null }) {
  const share = target && target > 0 ? Math.min(1, eaten / target) : 0;
  const over = target !== null && eaten > target;
  return (
    <li className="macro-progress">
      <span className="macro-progress__name">{name}</span>
      <span className="macro-progress__numbers" data-testid={`macro-${kind}`}>
        {formatInt(eaten)}
        {target !== null && ` / ${formatInt(target)}`} g
      </span>
      {target !== null && (
        <progress className={`macro-progress__bar macro-progress__bar--${kind}${over ? ' macro-progress__bar--over' : ''}`} max={1} value={share} aria-label={`${name}: ${formatInt(eaten)} of ${formatInt(target)} g`} />
      )}
    </li>
  );
}

/** The day's budget as an equation people can check: goal − food + exercise = remaining, and macros against targets. */
export function DaySummary({ balance, exerciseInBudget }: { balance: Balance; exerciseInBudget: boolean }) {
  return (
    <section className="card day-summary" aria-labelledby="day-summary-title">
      <h2 id="day-summary-title" className="card__title">
        Calories remaining
      </h2>
      {balance.goalKcal === null ? (
        <>
          <p className="day-summary__food">
            <span data-testid="food-kcal">{formatInt(balance.foodKcal)}</span> kcal eaten
          </p>
          <p className="muted">
            <Link to="/goal">Set your calorie goal</Link> to see what is left for the day.
          </p>
        </>
      ) : (
        <div className="equation" role="group" aria-label="Goal minus food plus exercise equals remaining">
          <Term value={balance.goalKcal} label="Goal" testId="goal-kcal" />
          <span className="equation__op" aria-hidden="true">
            −
          </span>
          <Term value={balance.foodKcal} label="Food" testId="food-kcal" />
          <span className="equation__op" aria-hidden="true">
            +
          </span>
          <Term value={balance.exerciseCountedKcal} label="Exercise" testId="exercise-kcal" />
          <span className="equation__op" aria-hidden="true">
            =
          </span>
          <Term value={balance.remainingKcal ?? 0} label={(balance.remainingKcal ?? 0) < 0 ? 'Over' : 'Remaining'} testId="remaining-kcal" strong />
        </div>
      )}
      {!exerciseInBudget && balance.exerciseKcal > 0 && (
        <p className="muted day-summary__note">{formatInt(balance.exerciseKcal)} kcal of exercise logged; your settings keep it out of the budget.</p>
      )}
      <ul className="macro-progress-list" aria-label="Macros against targets">
        <MacroRow name="Protein" kind="protein" eaten={balance.protein.eatenG} target={balance.protein.targetG} />
        <MacroRow name="Carbs" kind="carbs" eaten={balance.carbs.eatenG} target={balance.carbs.targetG} />
        <MacroRow name="Fat" kind="fat" eaten={balance.fat.eatenG} target={balance.fat.targetG} />
      </ul>
    </section>
  );
}
