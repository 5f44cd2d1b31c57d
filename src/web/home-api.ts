import type { DismissedTip, HomeResponse, Settings, TipsResponse, Workout } from '../contract/index.js';
import { request } from './api.js';

/** The typed client of /api/home, /api/tips and the settings the home screen changes (shapes from src/contract). */
export const homeApi = {
  home: (date?: string, signal?: AbortSignal) => request<HomeResponse>('GET', `/api/home${date ? `?date=${encodeURIComponent(date)}` : ''}`, undefined, signal),
  tips: (q: { asOf?: string; limit?: number } = {}, signal?: AbortSignal) => {
    const params = new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    return request<TipsResponse>('GET', `/api/tips${params.size ? `?${params.toString()}` : ''}`, undefined, signal);
  },
  dismissTip: (id: string) => request<DismissedTip>('POST', `/api/tips/${encodeURIComponent(id)}/dismiss`),
  restoreTip: (id: string) => request<{ ok: true }>('DELETE', `/api/tips/${encodeURIComponent(id)}/dismiss`),
  startFromRoutine: (routineId: string) => request<Workout>('POST', '/api/workouts', { fromRoutineId: routineId }),
  repeatWorkout: (workoutId: string) => request<Workout>('POST', '/api/workouts', { repeatWorkoutId: workoutId }),
  settings: (signal?: AbortSignal) => request<Settings>('GET', '/api/settings', undefined, signal),
  updateSettings: (patch: Partial<Settings>) => request<Settings>('PATCH', '/api/settings', patch),
};
