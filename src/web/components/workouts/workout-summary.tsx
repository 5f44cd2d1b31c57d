import { useState } from 'react';
import type { Workout } from '../../../contract/index.js';
import { formatClock } from '../../../core/training/measures.js';
import { displayLoad, type LoadUnit } from '../../../core/training/plates.js';
import { formatInt } from '../../lib/format.js';
import { recordLabel } from '../../lib/workout-draft.js';
import { workoutsApi } from '../../workouts-api.js';

/** The finished workout: time, sets, volume, energy, and every personal record it set, by exercise. */
export function WorkoutSummaryCard({ workout, unit }: { workout: Workout; unit: LoadUnit }) {
  const [routine, setRoutine] = useState<string | null>(null);
  const withRecords = workout.exercises.filter((e) => e.records.length > 0);
  const saveRoutine = async () => {
    const name = workout.name.trim() || `Workout of ${workout.date}`;
    try {
      await workoutsApi.saveAsRoutine(workout.id, name);
      setRoutine(`Saved as the routine “${name}”.`);
    } catch (err) {
      setRoutine(err instanceof Error ? err.message : 'Could not save the routine');
    }
  };
  return (
    <section className="card summary" aria-labelledby="summary-title" data-testid="workout-summary">
      <h2 className="card__title" id="summary-title">
        Workout complete
      </h2>
      <dl className="stats">
        <div className="stats__item">
          <dt>Time</dt>
          <dd>{workout.durationS === null ? '—' : formatClock(workout.durationS)}</dd>
        </div>
        <div className="stats__item">
          <dt>Working sets</dt>
          <dd>{workout.totals.workingSets}</dd>
        </div>
        <div className="stats__item">
          <dt>Volume</dt>
          <dd>
            {formatInt(displayLoad(workout.totals.volumeKg, unit))} <span className="stats__unit">{unit}</span>
          </dd>
        </div>
        <div className="stats__item">
          <dt>Exercise energy</dt>
          <dd data-testid="energy">
            {workout.totals.energyKcal === null ? (
              <span className="stats__note">Save your weight on the Goal page to count it</span>
            ) : (
              <>
                {formatInt(workout.totals.energyKcal)} <span className="stats__unit">kcal</span>
              </>
            )}
          </dd>
        </div>
      </dl>
      <h3 className="result__subheading">Personal records</h3>
      {withRecords.length === 0 ? (
        <p className="muted">No new records this time. Consistency counts too.</p>
      ) : (
        <ul className="records" data-testid="records">
          {withRecords.map((e) => (
            <li key={e.position} className="records__item">
              <span className="records__exercise">{e.exercise.name}</span>
              <span className="records__values">
                {e.records.map((r) => (
                  <span key={r.kind} className="pr-chip" data-kind={r.kind}>
                    ★ {recordLabel(r, unit)}
                    {r.kind === 'e1rm' && r.loadKg !== null && r.reps !== null && (
                      <span className="pr-chip__from">
                        {' '}
                        from {displayLoad(r.loadKg, unit)} {unit} × {r.reps}
                      </span>
                    )}
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="summary__actions">
        <button type="button" className="button button--secondary" onClick={saveRoutine}>
          Save as routine
        </button>
        <p role="status" className="muted">
          {routine}
        </p>
      </div>
    </section>
  );
}
