import { useEffect, useId, useRef, useState } from 'react';
import type { Exercise } from '../../../contract/index.js';
import { muscleById } from '../../../core/training/muscles.js';
import { isAbort } from '../../api.js';
import { workoutsApi } from '../../workouts-api.js';

const muscles = (ids: readonly string[]) => ids.map((m) => muscleById(m)?.label ?? m).join(', ');

/** Search the catalog and pick an exercise; big rows to tap on a phone. */
export function ExercisePicker({ onPick, onClose }: { onPick: (e: Exercise) => void; onClose: () => void }) {
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Exercise[]>([]);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => inputRef.current?.focus(), []);

  useEffect(() => {
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      workoutsApi
        .searchExercises(q.trim(), ctl.signal)
        .then((list) => {
          setHits(list);
          setError(null);
        })
        .catch((err: unknown) => {
          if (!isAbort(err)) setError(err instanceof Error ? err.message : 'Search failed');
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [q]);

  return (
    <section className="card picker" aria-labelledby={`${id}-title`}>
      <div className="picker__head">
        <h2 className="card__title" id={`${id}-title`}>
          Add an exercise
        </h2>
        <button type="button" className="chip-button" onClick={onClose}>
          Close
        </button>
      </div>
      <label className="field__label" htmlFor={id}>
        Search exercises
      </label>
      <input
        id={id}
        ref={inputRef}
        className="input"
        type="search"
        value={q}
        placeholder="squat, bench press, plank…"
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
        autoComplete="off"
      />
      {error && <p className="field-error">{error}</p>}
      <ul className="picker__list" aria-label="Exercises found">
        {hits.map((e) => (
          <li key={e.id}>
            <button type="button" className="picker__item" onClick={() => onPick(e)}>
              <span className="picker__name">{e.name}</span>
              <span className="picker__muscles">
                {e.primaryMuscles.length > 0 ? muscles(e.primaryMuscles) : 'Cardio'}
                {e.secondaryMuscles.length > 0 && <span className="picker__secondary"> + {muscles(e.secondaryMuscles)}</span>}
              </span>
            </button>
          </li>
        ))}
        {hits.length === 0 && q.trim() !== '' && <li className="picker__empty">No exercise matches “{q.trim()}”.</li>}
      </ul>
    </section>
  );
}
