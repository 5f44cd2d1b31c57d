import type { GoalResponse } from '../../contract/index.js';
import { formatInt } from '../lib/format.js';
import { MacroSplit } from './macro-split.js';

interface GoalResultProps {
  id: string;
  goal: GoalResponse | null;
  /** A preview request is on its way. */
  busy: boolean;
  /** Why there is no result yet (form incomplete, errors to fix). */
  placeholder: string;
}

function Flags({ flags }: { flags: GoalResponse['flags'] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="notices" data-testid="flags">
      {flags.map((f) => (
        <li key={f.code} className={`notice notice--${f.severity}`} data-flag={f.code}>
          <span className="notice__tag">{f.severity === 'warning' ? 'Warning' : 'Note'}</span>
          <span className="notice__text">{f.message}</span>
        </li>
      ))}
    </ul>
  );
}

/** The daily budget, maintenance, macros, the arithmetic in words and any warnings. */
export function GoalResult({ id, goal, busy, placeholder }: GoalResultProps) {
  return (
    <section id={id} className="card result" aria-labelledby="result-heading" aria-busy={busy} tabIndex={-1}>
      <div className="result__head">
        <h2 id="result-heading" className="card__title">
          Your daily budget
        </h2>
        <span className={`result__busy${busy ? ' result__busy--on' : ''}`} aria-hidden="true">
          Updating…
        </span>
      </div>
      {goal === null ? (
        <p className="result__placeholder">
          {placeholder}
        </p>
      ) : (
        <>
          <div className="budget" aria-live="polite" aria-atomic="true">
            <p className="budget__value">
              <span className="budget__number" data-testid="goal-kcal">
                {formatInt(goal.goalKcal)}
              </span>{' '}
              <span className="budget__unit">kcal a day</span>
            </p>
            {goal.floorApplied && goal.floorKcal !== null && (
              <p className="budget__floor">Raised to the {formatInt(goal.floorKcal)} kcal minimum</p>
            )}
          </div>
          <dl className="stats">
            <div className="stats__item">
              <dt>Maintenance</dt>
              <dd>
                <span data-testid="maintenance-kcal">{formatInt(goal.maintenanceKcal)}</span> <span className="stats__unit">kcal</span>
              </dd>
            </div>
            <div className="stats__item">
              <dt>Resting (BMR)</dt>
              <dd>
                <span data-testid="bmr-kcal">{formatInt(goal.bmrKcal)}</span> <span className="stats__unit">kcal</span>
              </dd>
            </div>
            <div className="stats__item">
              <dt>Daily change</dt>
              <dd>
                {goal.dailyDeltaKcal > 0 ? '+' : goal.dailyDeltaKcal < 0 ? '−' : '±'}
                {formatInt(Math.abs(goal.dailyDeltaKcal))} <span className="stats__unit">kcal</span>
              </dd>
            </div>
          </dl>
          <Flags flags={goal.flags} />
          <MacroSplit macros={goal.macros} />
          <section aria-labelledby="explanation-heading">
            <h3 id="explanation-heading" className="result__subheading">
              How we got there
            </h3>
            <ol className="explanation" data-testid="explanation">
              {goal.explanation.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ol>
          </section>
        </>
      )}
    </section>
  );
}
