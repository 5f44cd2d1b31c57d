import type { AuthStatus as AuthStatusBody, Me as MeBody, SignedIn as SignedInBody } from '../contract/index.js';
import { ApiError, request, setCsrfToken } from './api.js';

export type { AuthStatusBody, MeBody };

/** Sign-in state and the calls that change it; keeps the CSRF token of the session in step. */
export const authApi = {
  status: () => request<AuthStatusBody>('GET', '/api/auth/status'),
  /** Who is signed in, or null when nobody is. */
  async me(): Promise<MeBody | null> {
    try {
      const me = await request<MeBody>('GET', '/api/auth/me');
      setCsrfToken(me.csrfToken);
      return me;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return null;
      throw err;
    }
  },
  async signIn(mode: 'login' | 'signup', username: string, password: string): Promise<SignedInBody> {
    const res = await request<SignedInBody>('POST', `/api/auth/${mode}`, { username, password });
    setCsrfToken(res.csrfToken);
    return res;
  },
  async signOut(): Promise<void> {
    await request<{ ok: true }>('POST', '/api/auth/logout');
    setCsrfToken(null);
  },
};
