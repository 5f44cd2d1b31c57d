import type {
  EnergyResponse,
  Exercise,
  ExerciseProgress,
  Routine,
  StartWorkoutInput,
  Workout,
  WorkoutInput,
  WorkoutSummary,
} from '../contract/index.js';
import type { E1rmFormula } from '../core/training/e1rm.js';
import { request } from './api.js';

const qs = (params: Record<string, string | number | undefined>) => {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
};

/** The typed client of /api/exercises, /api/workouts and /api/routines (shapes from src/contract). */
export const workoutsApi = {
  searchExercises: (q: string, signal?: AbortSignal) => request<Exercise[]>('GET', `/api/exercises${qs({ q, limit: 20 })}`, undefined, signal),
  progress: (exerciseId: string, formula: E1rmFormula, signal?: AbortSignal) =>
    request<ExerciseProgress>('GET', `/api/exercises/${exerciseId}/progress${qs({ formula })}`, undefined, signal),

  list: (limit = 30, signal?: AbortSignal) => request<WorkoutSummary[]>('GET', `/api/workouts${qs({ limit })}`, undefined, signal),
  get: (id: string, formula?: E1rmFormula, signal?: AbortSignal) => request<Workout>('GET', `/api/workouts/${id}${qs({ formula })}`, undefined, signal),
  start: (input: StartWorkoutInput) => request<Workout>('POST', '/api/workouts', input),
  save: (id: string, input: WorkoutInput, signal?: AbortSignal) => request<Workout>('PUT', `/api/workouts/${id}`, input, signal),
  remove: (id: string) => request<{ ok: true }>('DELETE', `/api/workouts/${id}`),
  energy: (from: string, to: string) => request<EnergyResponse>('GET', `/api/workouts/energy${qs({ from, to })}`),

  routines: (signal?: AbortSignal) => request<Routine[]>('GET', '/api/routines', undefined, signal),
  saveAsRoutine: (workoutId: string, name: string) => request<Routine>('POST', '/api/routines/from-workout', { workoutId, name }),
  removeRoutine: (id: string) => request<{ ok: true }>('DELETE', `/api/routines/${id}`),
};
