import { useCallback, useEffect, useRef, useState } from 'react';
import type { Exercise, Workout } from '../../contract/index.js';
import { formatClock } from '../../core/training/measures.js';
import type { LoadUnit } from '../../core/training/plates.js';
import { ApiError, isAbort } from '../api.js';
import { ExerciseCard } from '../components/workouts/exercise-card.js';
import { ExercisePicker } from '../components/workouts/exercise-picker.js';
import { DEFAULT_REST_S, RestTimer, useRestTimer } from '../components/workouts/rest-timer.js';
import { WorkoutSummaryCard } from '../components/workouts/workout-summary.js';
import { useLoadUnit } from '../lib/use-load-unit.js';
import { convertUnits, draftFromWorkout, draftProblems, inputFromDraft, mergeSaved, newKey, setsFromLast, type Draft, type DraftExercise } from '../lib/workout-draft.js';
import { navigate } from '../router.js';
import { workoutsApi } from '../workouts-api.js';

const SAVE_DELAY_MS = 600;
type Status = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string };

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [active]);
  return now;
}

/** Logging a workout on a phone: sets with last time's numbers, a tick per set that starts the rest timer, autosave. */
export function WorkoutLoggerPage({ id }: { id: string }) {
  const [unit, setUnit] = useLoadUnit();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<Workout | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [loadError, setLoadError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [dirty, setDirty] = useState(0);
  const unitRef = useRef<LoadUnit>(unit);
  // Saves are numbered; an answer is shown unless a later save's answer is already on screen.
  const saveSeq = useRef(0);
  const shownSeq = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const timer = useRestTimer();
  const now = useNow(Boolean(draft?.startedAt && !draft.endedAt));

  useEffect(() => {
    const ctl = new AbortController();
    workoutsApi
      .get(id, undefined, ctl.signal)
      .then((w) => {
        setSaved(w);
        setDraft(draftFromWorkout(w, unitRef.current));
      })
      .catch((err: unknown) => {
        if (!isAbort(err)) setLoadError(err instanceof ApiError && err.status === 404 ? 'There is no such workout.' : err instanceof Error ? err.message : 'Could not load the workout');
      });
    return () => ctl.abort();
  }, [id]);

  useEffect(() => {
    const from = unitRef.current;
    if (from === unit) return;
    setDraft((d) => (d ? convertUnits(d, from, unit) : d));
    unitRef.current = unit;
  }, [unit]);

  const save = useCallback(async (d: Draft): Promise<Workout | null> => {
    const problems = draftProblems(d);
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      setStatus({ kind: 'error', message: `Not saved: ${Object.values(problems)[0]}` });
      return null;
    }
    const seq = ++saveSeq.current;
    setStatus({ kind: 'saving' });
    try {
      const w = await workoutsApi.save(d.id, inputFromDraft(d, unitRef.current));
      if (seq < shownSeq.current) return w;
      shownSeq.current = seq;
      setSaved(w);
      setDraft((cur) => (cur ? mergeSaved(cur, w) : cur));
      setErrors({});
      setStatus(seq === saveSeq.current ? { kind: 'saved' } : { kind: 'saving' });
      return w;
    } catch (err) {
      if (seq < shownSeq.current) return null;
      shownSeq.current = seq;
      if (err instanceof ApiError && err.details.length > 0) setErrors(Object.fromEntries(err.details.map((x) => [x.field, x.message])));
      setStatus({ kind: 'error', message: `Not saved: ${err instanceof Error ? err.message : 'unknown error'}` });
      return null;
    }
  }, []);

  // Saves the draft as it stands when typing pauses (`dirty` counts edits; the ref holds the latest draft,
  // so a save that fires after Finish still carries the end time).
  const draftRef = useRef<Draft | null>(null);
  draftRef.current = draft;
  useEffect(() => {
    if (!dirty) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      if (draftRef.current) void save(draftRef.current);
    }, SAVE_DELAY_MS);
    return () => {
      if (pending.current) clearTimeout(pending.current);
    };
  }, [dirty, save]);

  const edit = useCallback((change: (d: Draft) => Draft) => {
    setDraft((d) => (d ? change(d) : d));
    setDirty((n) => n + 1);
  }, []);

  const addExercise = async (e: Exercise) => {
    setPicking(false);
    let sets = setsFromLast(null, e, unitRef.current);
    try {
      const p = await workoutsApi.progress(e.id, 'epley');
      sets = setsFromLast(p.last, e, unitRef.current);
    } catch {
      // No history to repeat: start with one empty set.
    }
    const entry: DraftExercise = { key: newKey(), exercise: e, supersetGroup: null, notes: '', sets, previous: null, records: [], setRecords: [] };
    edit((d) => ({ ...d, exercises: [...d.exercises, entry] }));
  };

  const finish = async () => {
    if (!draft) return;
    const ended = { ...draft, endedAt: new Date().toISOString(), startedAt: draft.startedAt ?? new Date().toISOString() };
    // This save carries everything typed so far: the waiting autosave is not needed.
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    setDraft(ended);
    timer.skip();
    const w = await save(ended);
    if (w) window.scrollTo(0, 0);
  };

  const remove = async () => {
    if (!draft || !window.confirm('Delete this workout and all its sets?')) return;
    await workoutsApi.remove(draft.id);
    navigate('/workouts');
  };

  if (loadError) return <div className="banner banner--error">{loadError}</div>;
  if (!draft) return <p className="loading">Loading the workout…</p>;

  const elapsed = draft.startedAt ? ((draft.endedAt ? Date.parse(draft.endedAt) : now) - Date.parse(draft.startedAt)) / 1000 : null;
  const groups = draft.exercises.map((e) => e.supersetGroup);
  const toggleSuperset = (i: number) =>
    edit((d) => {
      const list = d.exercises.map((e) => ({ ...e }));
      const a = list[i]!;
      const b = list[i + 1]!;
      if (a.supersetGroup !== null && a.supersetGroup === b.supersetGroup) b.supersetGroup = null;
      else {
        const g = a.supersetGroup ?? Math.max(0, ...list.map((e) => e.supersetGroup ?? 0)) + 1;
        a.supersetGroup = g;
        b.supersetGroup = g;
      }
      for (const e of list) if (e.supersetGroup !== null && list.filter((x) => x.supersetGroup === e.supersetGroup).length < 2) e.supersetGroup = null;
      return { ...d, exercises: list };
    });

  return (
    <div className="logger">
      <div className="logger__bar">
        <input
          className="input logger__name"
          aria-label="Workout name"
          placeholder="Workout"
          value={draft.name}
          onChange={(e) => edit((d) => ({ ...d, name: e.target.value }))}
        />
        <span className="logger__clock" aria-label="Time since start">
          {elapsed === null ? '' : formatClock(Math.max(0, elapsed))}
        </span>
        <div className="unit-switch" role="group" aria-label="Load unit">
          {(['kg', 'lb'] as const).map((u) => (
            <button key={u} type="button" className="chip-button" aria-pressed={unit === u} onClick={() => setUnit(u)}>
              {u}
            </button>
          ))}
        </div>
        {!draft.endedAt && (
          <button type="button" className="button button--primary" onClick={finish}>
            Finish
          </button>
        )}
      </div>
      <p role="status" className={`save-status save-status--${status.kind}`} data-testid="save-status">
        {status.kind === 'saving' ? 'Saving…' : status.kind === 'saved' ? 'Saved' : status.kind === 'error' ? status.message : ''}
      </p>

      {draft.endedAt && saved && <WorkoutSummaryCard workout={saved} unit={unit} />}

      {draft.exercises.map((e, i) => (
        <ExerciseCard
          key={e.key}
          index={i}
          entry={e}
          unit={unit}
          errors={errors}
          inSuperset={e.supersetGroup !== null && (groups[i + 1] === e.supersetGroup || groups[i - 1] === e.supersetGroup)}
          canSuperset={i < draft.exercises.length - 1}
          onChange={(entry) => edit((d) => ({ ...d, exercises: d.exercises.map((x, k) => (k === i ? entry : x)) }))}
          onRemove={() => edit((d) => ({ ...d, exercises: d.exercises.filter((_, k) => k !== i) }))}
          onToggleSuperset={() => toggleSuperset(i)}
          onSetDone={() => {
            // In a superset, rest only after the last exercise of the round.
            const next = draft.exercises[i + 1];
            if (!(e.supersetGroup !== null && next?.supersetGroup === e.supersetGroup)) timer.start(DEFAULT_REST_S);
          }}
        />
      ))}

      {picking ? (
        <ExercisePicker onPick={addExercise} onClose={() => setPicking(false)} />
      ) : (
        <button type="button" className="button button--wide" onClick={() => setPicking(true)}>
          + Add exercise
        </button>
      )}

      <div className="logger__footer">
        {draft.endedAt && (
          <button type="button" className="button button--secondary" onClick={() => navigate('/workouts')}>
            Back to workouts
          </button>
        )}
        <button type="button" className="button button--danger" onClick={remove}>
          Delete workout
        </button>
      </div>
      <RestTimer timer={timer} />
    </div>
  );
}
