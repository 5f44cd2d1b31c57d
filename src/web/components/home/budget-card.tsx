import type { HomeResponse } from '../../../contract/index.js';
import { formatInt } from '../../lib/format.js';
import { Link } from '../../router.js';

type Budget = HomeResponse['budget'];

const MACROS = [
  { key: 'protein', label: 'Protein' },
  { key: 'carbs', label: 'Carbs' },
  { key: 'fat', label: 'Fat' },
] as const;

/** One term of the equation: its label above, its number below. */
function Term({ label, value, testId, strong = false }: { label: string; value: string; testId: string; strong?: boolean }) {
  return (
    <div className={`equation__term${strong ? ' equation__term--result' : ''}`}>
      <span className="equation__label">{label}</span>
      <span className="equation__value" data-testid={testId}>
        {value}
      </span>
    </div>
  );
}

/** Today's budget: goal − food + exercise = remaining (MyPlate's "net calories"), and the macros against their targets. */
export function BudgetCard({ budget, isToday }: { budget: Budget; isToday: boolean }) {
  const title = isToday ? 'Today’s budget' : 'Budget';
  if (budget.goalKcal === null || budget.remainingKcal === null) {
    return (
      <section className="card home-card" aria-labelledby="budget-title">
        <h2 className="card__title" id="budget-title">
          {title}
        </h2>
        <p>
          <Link to="/goal">Set your goal</Link> to get a daily budget.
        </p>
      </section>
    );
  }
  const over = budget.remainingKcal < 0;
  const exerciseNote = budget.exerciseKcal > 0 && !budget.exerciseInBudget ? ` (${formatInt(budget.exerciseKcal)} burned, kept out of the budget)` : '';
  const sentence = `Goal ${formatInt(budget.goalKcal)} minus food ${formatInt(budget.foodKcal)} plus exercise ${formatInt(budget.exerciseCountedKcal)} equals ${formatInt(Math.abs(budget.remainingKcal))} kcal ${over ? 'over' : 'remaining'}${exerciseNote}.`;
  return (
    <section className="card home-card" aria-labelledby="budget-title" data-testid="budget-card">
      <div className="home-card__head">
        <h2 className="card__title" id="budget-title">
          {title}
        </h2>
        <Link to="/diary" className="home-card__action">
          Log food
        </Link>
      </div>
      <p className="visually-hidden">{sentence}</p>
      <div className="equation" aria-hidden="true">
        <Term label="Goal" value={formatInt(budget.goalKcal)} testId="budget-goal" />
        <span className="equation__op">−</span>
        <Term label="Food" value={formatInt(budget.foodKcal)} testId="budget-food" />
        <span className="equation__op">+</span>
        <Term label="Exercise" value={formatInt(budget.exerciseCountedKcal)} testId="budget-exercise" />
        <span className="equation__op">=</span>
        <Term label={over ? 'Over' : 'Remaining'} value={formatInt(Math.abs(budget.remainingKcal))} testId="budget-remaining" strong />
      </div>
      {exerciseNote && <p className="home-note">Exercise: {formatInt(budget.exerciseKcal)} kcal burned, not added to your budget (a setting).</p>}
      <ul className="home-macros" aria-label="Macros eaten against their targets">
        {MACROS.map(({ key, label }) => {
          const m = budget[key];
          const share = m.targetG && m.targetG > 0 ? Math.min(1, m.eatenG / m.targetG) : 0;
          return (
            <li key={key} className="home-macros__item" data-testid={`home-macro-${key}`}>
              <span className="home-macros__name">{label}</span>
              <span className="home-macros__numbers">
                {formatInt(m.eatenG)}
                {m.targetG !== null ? ` / ${formatInt(m.targetG)} g` : ' g'}
              </span>
              <span className="home-macros__track" aria-hidden="true">
                <span className={`home-macros__fill home-macros__fill--${key}`} style={{ width: `${Math.round(share * 100)}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
