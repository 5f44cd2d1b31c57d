import { useState } from 'react';
import { muscleById } from '../../../core/training/muscles.js';
import { BAR_WEIGHT, loadStep, platesPerSide, roundToStep, type LoadUnit } from '../../../core/training/plates.js';
import type { SetType } from '../../../core/training/sets.js';
import { Link } from '../../router.js';
import { fromPrevious, loadLabel, nextSet, previousLabel, recordLabel, takesReps, takesTime, type DraftExercise, type DraftSet } from '../../lib/workout-draft.js';

const TYPE_ORDER: SetType[] = ['normal', 'warmup', 'drop', 'failure'];
const TYPE_NAME: Record<SetType, string> = { warmup: 'warm-up', normal: 'working set', drop: 'drop set', failure: 'to failure' };
const RPE_CHOICES = ['6', '6.5', '7', '7.5', '8', '8.5', '9', '9.5', '10'];
const BARBELLS = new Set(['barbell', 'smith-machine', 'trap-bar', 'ez-bar']);

interface Props {
  index: number;
  entry: DraftExercise;
  unit: LoadUnit;
  errors: Readonly<Record<string, string>>;
  inSuperset: boolean;
  canSuperset: boolean;
  onChange: (entry: DraftExercise) => void;
  onRemove: () => void;
  onToggleSuperset: () => void;
  onSetDone: () => void;
}

function typeMark(s: DraftSet, j: number): string {
  if (s.type === 'warmup') return 'W';
  if (s.type === 'drop') return 'D';
  if (s.type === 'failure') return 'F';
  return String(j + 1);
}

/** One exercise of the workout being logged: a row per set with last time's numbers, big boxes and a tick. */
export function ExerciseCard({ index, entry, unit, errors, inSuperset, canSuperset, onChange, onRemove, onToggleSuperset, onSetDone }: Props) {
  const [focused, setFocused] = useState<number | null>(null);
  const { exercise } = entry;
  const load = loadLabel(exercise.loadType, unit);
  const reps = takesReps(exercise.loadType);
  const time = takesTime(exercise.loadType);
  const cardio = exercise.loadType === 'cardio';
  const setSets = (sets: DraftSet[]) => onChange({ ...entry, sets });
  const patch = (j: number, p: Partial<DraftSet>) => setSets(entry.sets.map((s, k) => (k === j ? { ...s, ...p } : s)));
  const err = (j: number, field: string) => errors[`exercises.${index}.sets.${j}.${field}`];
  const step = loadStep(exercise.equipment, unit);
  const focusedLoad = focused === null ? NaN : Number(entry.sets[focused]?.load.replace(',', '.'));
  const plates = BARBELLS.has(exercise.equipment) && exercise.loadType === 'weight' && Number.isFinite(focusedLoad) && focusedLoad > 0 ? platesPerSide(focusedLoad, unit) : null;
  const nudge = (j: number, sign: 1 | -1) => {
    const current = Number(entry.sets[j]!.load.replace(',', '.')) || 0;
    patch(j, { load: String(Math.max(0, roundToStep(current + sign * step, step))) });
  };

  return (
    <section className={`card exercise${inSuperset ? ' exercise--superset' : ''}`} aria-label={exercise.name} data-testid="exercise-card">
      <div className="exercise__head">
        <div>
          <h2 className="exercise__name">
            <Link to={`/workouts/exercise/${exercise.id}`}>{exercise.name}</Link>
          </h2>
          <p className="exercise__muscles">{exercise.primaryMuscles.map((m) => muscleById(m)?.label ?? m).join(', ') || 'Cardio'}</p>
        </div>
        <button type="button" className="chip-button" onClick={onRemove} aria-label={`Remove ${exercise.name}`}>
          Remove
        </button>
      </div>
      {entry.records.length > 0 && (
        <ul className="pr-list" aria-label={`Records in this workout: ${exercise.name}`}>
          {entry.records.map((r) => (
            <li key={r.kind} className="pr-chip">
              <span aria-hidden="true">★ </span>
              {recordLabel(r, unit)}
            </li>
          ))}
        </ul>
      )}
      <table className="sets">
        <thead>
          <tr>
            <th scope="col">Set</th>
            <th scope="col">Last time</th>
            {load && <th scope="col">{load}</th>}
            {reps && <th scope="col">Reps</th>}
            {time && <th scope="col">Time</th>}
            {cardio && <th scope="col">{unit === 'kg' ? 'km' : 'mi'}</th>}
            <th scope="col">
              <span className="visually-hidden">Done</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entry.sets.map((s, j) => {
            const prev = entry.previous?.sets[j];
            const prevText = previousLabel(prev, exercise.loadType, unit);
            const records = entry.setRecords[j] ?? [];
            const n = j + 1;
            return (
              <tr key={s.key} className={`set${s.completed ? ' set--done' : ''}${s.type === 'warmup' ? ' set--warmup' : ''}`}>
                <td>
                  <button
                    type="button"
                    className="set__type"
                    aria-label={`Set ${n}: ${TYPE_NAME[s.type]}. Change type`}
                    onClick={() => patch(j, { type: TYPE_ORDER[(TYPE_ORDER.indexOf(s.type) + 1) % TYPE_ORDER.length]! })}
                  >
                    {typeMark(s, j)}
                  </button>
                </td>
                <td>
                  <button
                    type="button"
                    className="set__prev"
                    disabled={!prev}
                    aria-label={prev ? `Set ${n} last time: ${prevText}. Use it` : `Set ${n}: no last time`}
                    onClick={() => prev && patch(j, fromPrevious(prev, unit))}
                  >
                    {prevText}
                  </button>
                </td>
                {load && (
                  <td>
                    <input
                      className={`input set__input${err(j, 'load') ? ' input--invalid' : ''}`}
                      inputMode="decimal"
                      aria-label={`Set ${n} load (${load})`}
                      aria-invalid={err(j, 'load') ? true : undefined}
                      title={err(j, 'load')}
                      value={s.load}
                      onFocus={() => setFocused(j)}
                      onChange={(e) => patch(j, { load: e.target.value })}
                    />
                  </td>
                )}
                {reps && (
                  <td>
                    <input
                      className={`input set__input${err(j, 'reps') ? ' input--invalid' : ''}`}
                      inputMode="numeric"
                      aria-label={`Set ${n} reps`}
                      aria-invalid={err(j, 'reps') ? true : undefined}
                      title={err(j, 'reps')}
                      value={s.reps}
                      onChange={(e) => patch(j, { reps: e.target.value })}
                    />
                  </td>
                )}
                {time && (
                  <td>
                    <input
                      className={`input set__input${err(j, 'duration') ? ' input--invalid' : ''}`}
                      inputMode="numeric"
                      placeholder="m:ss"
                      aria-label={`Set ${n} time`}
                      aria-invalid={err(j, 'duration') ? true : undefined}
                      value={s.duration}
                      onChange={(e) => patch(j, { duration: e.target.value })}
                    />
                  </td>
                )}
                {cardio && (
                  <td>
                    <input
                      className={`input set__input${err(j, 'distance') ? ' input--invalid' : ''}`}
                      inputMode="decimal"
                      aria-label={`Set ${n} distance (${unit === 'kg' ? 'km' : 'mi'})`}
                      aria-invalid={err(j, 'distance') ? true : undefined}
                      value={s.distance}
                      onChange={(e) => patch(j, { distance: e.target.value })}
                    />
                  </td>
                )}
                <td>
                  <button
                    type="button"
                    className="set__done"
                    aria-pressed={s.completed}
                    aria-label={`Set ${n} done`}
                    onClick={() => {
                      patch(j, { completed: !s.completed });
                      if (!s.completed) onSetDone();
                    }}
                  >
                    ✓
                  </button>
                  {records.length > 0 && (
                    <span className="set__pr" title={records.join(', ')}>
                      PR<span className="visually-hidden"> on set {n}</span>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {plates && focused !== null && (
        <div className="plates" aria-live="polite">
          <button type="button" className="chip-button" onClick={() => nudge(focused, -1)} aria-label={`${step} ${unit} less on set ${focused + 1}`}>
            −{step}
          </button>
          <span>
            {plates.plates.length > 0 ? `Per side: ${plates.plates.join(' + ')}` : 'Empty bar'} ({BAR_WEIGHT[unit]} {unit} bar)
            {plates.remainder > 0 && `, ${plates.remainder} ${unit} not in plates`}
          </span>
          <button type="button" className="chip-button" onClick={() => nudge(focused, 1)} aria-label={`${step} ${unit} more on set ${focused + 1}`}>
            +{step}
          </button>
        </div>
      )}
      <div className="exercise__actions">
        <button type="button" className="button button--secondary" onClick={() => setSets([...entry.sets, nextSet(entry.sets.at(-1))])}>
          + Add set
        </button>
        {canSuperset && (
          <label className="check">
            <input type="checkbox" checked={inSuperset} onChange={onToggleSuperset} /> Superset with next
          </label>
        )}
      </div>
      {reps && entry.sets.length > 0 && (
        <details className="effort">
          <summary>Effort (RPE)</summary>
          <div className="effort__grid">
            {entry.sets.map((s, j) => (
              <label key={s.key} className="effort__item">
                Set {j + 1}
                <select className="input select" value={s.rpe} onChange={(e) => patch(j, { rpe: e.target.value })}>
                  <option value="">—</option>
                  {RPE_CHOICES.map((r) => (
                    <option key={r} value={r}>
                      RPE {r}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </details>
      )}
    </section>
  );
}

