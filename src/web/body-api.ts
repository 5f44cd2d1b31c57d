import type { BodyEntry, BodyEntryInput, Expenditure, GainPlan, Projection, ProjectionInput, Settings, SleepInput, SleepNight, WeightTrend } from '../contract/index.js';
import { request } from './api.js';

const qs = (params: Record<string, string | number | undefined>) => {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
};

/** The typed client of /api/body, /api/projections and the budget setting (shapes from src/contract). */
export const bodyApi = {
  entries: (q: { from?: string; to?: string; limit?: number } = {}, signal?: AbortSignal) => request<BodyEntry[]>('GET', `/api/body/entries${qs(q)}`, undefined, signal),
  addEntry: (input: BodyEntryInput) => request<BodyEntry>('POST', '/api/body/entries', input),
  removeEntry: (id: string) => request<{ ok: true }>('DELETE', `/api/body/entries/${id}`),
  putSleep: (date: string, input: SleepInput) => request<SleepNight>('PUT', `/api/body/sleep/${date}`, input),
  sleep: (q: { from?: string; to?: string; limit?: number } = {}, signal?: AbortSignal) => request<SleepNight[]>('GET', `/api/body/sleep${qs(q)}`, undefined, signal),
  trend: (q: { from?: string; to?: string } = {}, signal?: AbortSignal) => request<WeightTrend>('GET', `/api/body/trend${qs(q)}`, undefined, signal),
  expenditure: (signal?: AbortSignal) => request<Expenditure>('GET', '/api/body/expenditure', undefined, signal),
  project: (input: ProjectionInput, signal?: AbortSignal) => request<Projection>('POST', '/api/projections', input, signal),
  gainPlan: (signal?: AbortSignal) => request<GainPlan>('GET', '/api/projections/gain-plan', undefined, signal),
  setBudgetSource: (budgetSource: 'formula' | 'learned') => request<Settings>('PATCH', '/api/settings', { budgetSource }),
};
