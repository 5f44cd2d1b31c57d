import { useEffect, useState } from 'react';
import type { Routine, WorkoutSummary } from '../../contract/index.js';
import { displayLoad } from '../../core/training/plates.js';
import { isAbort } from '../api.js';
import { formatInt } from '../lib/format.js';
import { useLoadUnit } from '../lib/use-load-unit.js';
import { localToday } from '../lib/workout-draft.js';
import { Link, navigate, usePath } from '../router.js';
import { workoutsApi } from '../workouts-api.js';
import { ExerciseProgressPage } from './exercise-progress-page.js';
import { WorkoutLoggerPage } from './workout-logger-page.js';

const dayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
const dayLabel = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));

/** /workouts and below: the history, a workout being logged (/workouts/ID), an exercise's progress (/workouts/exercise/ID). */
export function WorkoutsPage() {
  const path = usePath().replace(/\/+$/, '');
  const exercise = /^\/workouts\/exercise\/([0-9a-f-]{36})$/i.exec(path);
  if (exercise) return <ExerciseProgressPage key={exercise[1]} id={exercise[1]!} />;
  const workout = /^\/workouts\/([0-9a-f-]{36})$/i.exec(path);
  if (workout) return <WorkoutLoggerPage key={workout[1]} id={workout[1]!} />;
  return <WorkoutHistory />;
}

/** Start a workout (empty, from a routine, or repeating one) and look back at the ones logged. */
function WorkoutHistory() {
  const [unit] = useLoadUnit();
  const [list, setList] = useState<WorkoutSummary[] | null>(null);
  const [routines, setRoutines] = useState<Routine[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    const ctl = new AbortController();
    Promise.all([workoutsApi.list(30, ctl.signal), workoutsApi.routines(ctl.signal)])
      .then(([w, r]) => {
        setList(w);
        setRoutines(r);
      })
      .catch((err: unknown) => {
        if (!isAbort(err)) setError(err instanceof Error ? err.message : 'Could not load your workouts');
      });
    return () => ctl.abort();
  }, []);

  const start = async (from: { fromRoutineId?: string; repeatWorkoutId?: string } = {}) => {
    setStarting(true);
    try {
      const w = await workoutsApi.start({ date: localToday(), startedAt: new Date().toISOString(), ...from });
      navigate(`/workouts/${w.id}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not start a workout');
      setStarting(false);
    }
  };

  return (
    <>
      <div className="page-header">
        <h1 className="page-title">Workouts</h1>
        <p className="page-lead">Log each set as you train; records and last time’s numbers come with it.</p>
      </div>
      {error && <div className="banner banner--error">{error}</div>}
      <div className="workouts-layout">
        <section className="card">
          <button type="button" className="button button--primary button--wide" disabled={starting} onClick={() => start()}>
            Start workout
          </button>
          {routines.length > 0 && (
            <>
              <h2 className="result__subheading">Routines</h2>
              <ul className="routine-list">
                {routines.map((r) => (
                  <li key={r.id} className="routine-list__item">
                    <span>
                      <strong>{r.name}</strong>
                      <span className="muted"> · {r.exercises.map((e) => e.exercise.name).join(', ')}</span>
                    </span>
                    <button type="button" className="chip-button chip-button--strong" disabled={starting} onClick={() => start({ fromRoutineId: r.id })} aria-label={`Start ${r.name}`}>
                      Start
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="card" aria-labelledby="history-title">
          <h2 className="card__title" id="history-title">
            History
          </h2>
          {list === null && !error && <p className="loading">Loading…</p>}
          {list?.length === 0 && <p className="muted">Nothing logged yet. Start your first workout above.</p>}
          <ol className="history" data-testid="history">
            {list?.map((w) => (
              <li key={w.id} className="history__item">
                <Link to={`/workouts/${w.id}`} className="history__link">
                  <span className="history__date">{dayLabel(w.date)}</span>
                  <span className="history__name">{w.name || 'Workout'}</span>
                  <span className="history__exercises">{w.exerciseNames.join(', ') || 'No exercises yet'}</span>
                  <span className="history__stats">
                    {w.durationS !== null && `${Math.round(w.durationS / 60)} min · `}
                    {w.totals.workingSets} sets
                    {w.totals.volumeKg > 0 && ` · ${formatInt(displayLoad(w.totals.volumeKg, unit))} ${unit}`}
                    {w.totals.energyKcal !== null && ` · ${formatInt(w.totals.energyKcal)} kcal`}
                  </span>
                  {w.totals.records > 0 && (
                    <span className="pr-chip history__prs">
                      ★ {w.totals.records} PR{w.totals.records === 1 ? '' : 's'}
                    </span>
                  )}
                </Link>
                <button type="button" className="chip-button" disabled={starting} onClick={() => start({ repeatWorkoutId: w.id })} aria-label={`Repeat the workout of ${w.date}`}>
                  Repeat
                </button>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}
