import { useEffect, useState } from 'react';
import type { ExerciseProgress } from '../../contract/index.js';
import { DEFAULT_E1RM_FORMULA, E1RM_FORMULAS, type E1rmFormula } from '../../core/training/e1rm.js';
import { formatClock } from '../../core/training/measures.js';
import { muscleById } from '../../core/training/muscles.js';
import { displayLoad } from '../../core/training/plates.js';
import { isAbort } from '../api.js';
import { SelectField } from '../components/select-field.js';
import { ProgressChart } from '../components/workouts/progress-chart.js';
import { formatInt } from '../lib/format.js';
import { useLoadUnit } from '../lib/use-load-unit.js';
import { recordLabel } from '../lib/workout-draft.js';
import { Link } from '../router.js';
import { workoutsApi } from '../workouts-api.js';

const FORMULA_KEY = 'platewise.e1rmFormula';

function storedFormula(): E1rmFormula {
  try {
    const v = window.localStorage.getItem(FORMULA_KEY);
    return E1RM_FORMULAS.some((f) => f.id === v) ? (v as E1rmFormula) : DEFAULT_E1RM_FORMULA;
  } catch {
    return DEFAULT_E1RM_FORMULA;
  }
}

const muscleNames = (ids: readonly string[]) => ids.map((m) => muscleById(m)?.label ?? m).join(', ');

/** One exercise over time: its personal records, a chart of estimated 1RM and top set, and every session. */
export function ExerciseProgressPage({ id }: { id: string }) {
  const [unit] = useLoadUnit();
  const [formula, setFormula] = useState<E1rmFormula>(storedFormula);
  const [data, setData] = useState<ExerciseProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const ctl = new AbortController();
    workoutsApi
      .progress(id, formula, ctl.signal)
      .then(setData)
      .catch((err: unknown) => {
        if (!isAbort(err)) setError(err instanceof Error ? err.message : 'Could not load the exercise');
      });
    return () => ctl.abort();
  }, [id, formula]);

  const choose = (f: E1rmFormula) => {
    setFormula(f);
    try {
      window.localStorage.setItem(FORMULA_KEY, f);
    } catch {
      // The choice lasts for this page only.
    }
  };

  if (error) return <div className="banner banner--error">{error}</div>;
  if (!data) return <p className="loading">Loading…</p>;
  const { exercise } = data;
  const strength = exercise.loadType === 'weight' || exercise.loadType === 'weighted-bodyweight';
  return (
    <>
      <div className="page-header">
        <p>
          <Link to="/workouts">← Workouts</Link>
        </p>
        <h1 className="page-title">{exercise.name}</h1>
        <p className="page-lead">
          {exercise.primaryMuscles.length > 0 ? muscleNames(exercise.primaryMuscles) : 'Cardio'}
          {exercise.secondaryMuscles.length > 0 && ` · helped by ${muscleNames(exercise.secondaryMuscles)}`}
        </p>
      </div>
      <div className="workouts-layout">
        <section className="card" aria-labelledby="records-title">
          <h2 className="card__title" id="records-title">
            Personal records
          </h2>
          {data.records.length === 0 ? (
            <p className="muted">No records yet: log a set of this exercise.</p>
          ) : (
            <ul className="records" data-testid="exercise-records">
              {data.records.map((r) => (
                <li key={r.kind} className="records__item" data-kind={r.kind}>
                  <span className="records__exercise">{recordLabel(r, unit)}</span>
                  <span className="muted">
                    {r.loadKg !== null && r.reps !== null && r.kind !== 'session-volume' ? `${displayLoad(r.loadKg, unit)} ${unit} × ${r.reps} · ` : ''}
                    {r.date}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {strength && (
            <SelectField
              label="One-rep max formula"
              value={formula}
              options={E1RM_FORMULAS.map((f) => ({ value: f.id, label: `${f.label}: ${f.formula}` }))}
              onChange={choose}
              hint="Estimated from sets of 1–10 reps; a single rep counts as it is."
            />
          )}
        </section>
        <section className="card" aria-labelledby="chart-title">
          <h2 className="card__title" id="chart-title">
            Progress
          </h2>
          {strength ? (
            <ProgressChart points={data.points} unit={unit} label={`Estimated one-rep max and top set of ${exercise.name} per session`} />
          ) : (
            <p className="muted">Charts show loaded lifts; the sessions are listed below.</p>
          )}
          <table className="sessions">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Sets</th>
                {strength && <th scope="col">Top set</th>}
                {strength && <th scope="col">e1RM</th>}
                {!strength && <th scope="col">{exercise.loadType === 'cardio' ? 'Distance' : 'Best'}</th>}
                <th scope="col">Volume</th>
              </tr>
            </thead>
            <tbody>
              {[...data.points].reverse().map((p) => (
                <tr key={p.workoutId}>
                  <td>
                    <Link to={`/workouts/${p.workoutId}`}>{p.date}</Link>
                  </td>
                  <td>{p.workingSets}</td>
                  {strength && <td>{p.topLoadKg === null ? '—' : `${displayLoad(p.topLoadKg, unit)} ${unit}`}</td>}
                  {strength && <td>{p.e1rmKg === null ? '—' : `${displayLoad(p.e1rmKg, unit)} ${unit}`}</td>}
                  {!strength && (
                    <td>{exercise.loadType === 'cardio' ? (unit === 'kg' ? `${(p.distanceM / 1000).toFixed(2)} km` : `${(p.distanceM / 1609.344).toFixed(2)} mi`) : p.bestDurationS !== null ? formatClock(p.bestDurationS) : `${p.reps} reps`}</td>
                  )}
                  <td>{p.volumeKg > 0 ? `${formatInt(displayLoad(p.volumeKg, unit))} ${unit}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </>
  );
}
