import { useState } from 'react';
import type { HomeResponse } from '../../../contract/index.js';
import { ApiError } from '../../api.js';
import { formatInt } from '../../lib/format.js';
import { homeApi } from '../../home-api.js';
import { Link, navigate } from '../../router.js';

type Workouts = HomeResponse['workout'];

/** Today's workouts, or the next one to do: a routine (the legs' when they are due) or the last workout again. */
export function WorkoutCard({ workout, isToday }: { workout: Workouts; isToday: boolean }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const next = workout.next;

  const start = async () => {
    if (!next) return;
    setBusy(true);
    setError(null);
    try {
      const w = next.kind === 'routine' ? await homeApi.startFromRoutine(next.id) : await homeApi.repeatWorkout(next.id);
      navigate(`/workouts/${w.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not start the workout');
      setBusy(false);
    }
  };

  return (
    <section className="card home-card" aria-labelledby="workout-title" data-testid="workout-card">
      <div className="home-card__head">
        <h2 className="card__title" id="workout-title">
          {workout.today.length > 0 ? (isToday ? 'Today’s training' : 'Training') : 'Next workout'}
        </h2>
        <Link to="/workouts" className="home-card__action">
          Workouts
        </Link>
      </div>
      {workout.today.length > 0 && (
        <ul className="home-list">
          {workout.today.map((w) => (
            <li key={w.id}>
              <Link to={`/workouts/${w.id}`} className="home-list__title">
                {w.name || 'Workout'}
              </Link>
              <span className="home-list__detail">
                {w.workingSets} working set{w.workingSets === 1 ? '' : 's'}
                {w.energyKcal !== null && w.energyKcal > 0 ? ` · ${formatInt(w.energyKcal)} kcal` : ''}
                {w.exerciseNames.length > 0 ? ` · ${w.exerciseNames.join(', ')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {workout.today.length === 0 && !next && (
        <p>
          No recent workouts. <Link to="/workouts">Start one</Link> and the coach will count your sets.
        </p>
      )}
      {next && (
        <div className="next-workout">
          <p>
            {workout.today.length > 0 && <span className="home-note">Next: </span>}
            <strong>{next.name}</strong> <span className="home-note">({next.reason[0]!.toLowerCase() + next.reason.slice(1)})</span>
          </p>
          {next.exerciseNames.length > 0 && <p className="home-list__detail">{next.exerciseNames.join(', ')}</p>}
          <button type="button" className="button" onClick={() => void start()} disabled={busy}>
            {next.kind === 'routine' ? 'Start this routine' : 'Repeat it'}
          </button>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
