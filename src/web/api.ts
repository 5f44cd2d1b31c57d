import type { BodyInput, ErrorBody, GoalResponse, HealthResponse, Profile, ProfileInput } from '../contract/index.js';

export interface FieldProblem {
  field: string;
  message: string;
}

/** An error answer of the API (or a network failure, status 0), with the per-field details. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldProblem[];

  constructor(status: number, code: string, message: string, details: FieldProblem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The message for one field (first one wins), if the server named it. */
  forField(field: string): string | undefined {
    return this.details.find((d) => d.field === field)?.message;
  }
}

function isErrorBody(x: unknown): x is ErrorBody {
  if (typeof x !== 'object' || x === null || !('error' in x)) return false;
  const e = (x as { error: unknown }).error;
  return typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string';
}

// The signed-in session's CSRF token (the session cookie itself is HttpOnly); sent on every change.
let csrfToken: string | null = null;

/** Remembers the CSRF token from sign-in, sign-up or /api/auth/me (null after signing out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF header for a request this module does not send itself (a file upload); empty without a session. */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

export async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'Could not reach the Platewise server. Check that it is running.');
  }
  const text = await res.text();
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  if (!res.ok) {
    if (isErrorBody(json)) {
      const { code, message, details } = json.error;
      throw new ApiError(res.status, code, message, Array.isArray(details) ? details : []);
    }
    throw new ApiError(res.status, 'http_' + res.status, `The server answered ${res.status} ${res.statusText}`.trim());
  }
  return json as T;
}

/** True when an error is an aborted fetch (a superseded request), which callers ignore. */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

/** The typed client of the Platewise API (routes and shapes from src/contract). */
export const api = {
  health: (signal?: AbortSignal) => request<HealthResponse>('GET', '/api/health', undefined, signal),

  /** The saved profile, or null when none has been saved yet. */
  async getProfile(signal?: AbortSignal): Promise<Profile | null> {
    try {
      return await request<Profile>('GET', '/api/profile', undefined, signal);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) return null;
      throw err;
    }
  },
  putProfile: (input: ProfileInput, signal?: AbortSignal) => request<Profile>('PUT', '/api/profile', input, signal),
  getGoal: (signal?: AbortSignal) => request<GoalResponse>('GET', '/api/goal', undefined, signal),
  previewGoal: (input: BodyInput, signal?: AbortSignal) => request<GoalResponse>('POST', '/api/goal/preview', input, signal),
};
