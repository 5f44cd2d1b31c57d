import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { ApiError } from './api.js';
import { authApi, type AuthStatusBody, type MeBody } from './auth-api.js';
import { SignInPage } from './pages/sign-in-page.js';

interface Account {
  me: MeBody;
  signOut(): Promise<void>;
}

const AccountContext = createContext<Account | null>(null);

/** The signed-in account (null in one-person mode, where nobody signs in). */
export function useAccount(): Account | null {
  return useContext(AccountContext);
}

/**
 * Shows the app once someone is signed in. In one-person mode the server answers as the local user and
 * this is invisible; on a multi-user server it asks for a sign-in first.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ me: MeBody | null; status: AuthStatusBody | null; error: string | null; loading: boolean }>({
    me: null,
    status: null,
    error: null,
    loading: true,
  });

  useEffect(() => {
    let alive = true;
    (async () => {
      try {
        const me = await authApi.me();
        const status = me ? null : await authApi.status();
        if (alive) setState({ me, status, error: null, loading: false });
      } catch (err) {
        if (alive) setState({ me: null, status: null, error: err instanceof ApiError ? err.message : String(err), loading: false });
      }
    })();
    return () => {
      alive = false;
    };
  }, []);

  if (state.loading) return <p className="loading" role="status">Loading…</p>;
  if (state.error) {
    return (
      <p className="banner banner--error" role="alert">
        {state.error}
      </p>
    );
  }
  if (!state.me) {
    return <SignInPage signupOpen={state.status?.signupOpen ?? false} onSignedIn={(me) => setState({ me, status: null, error: null, loading: false })} />;
  }
  const account: Account | null =
    state.me.via === 'session'
      ? {
          me: state.me,
          async signOut() {
            await authApi.signOut();
            const status = await authApi.status();
            setState({ me: null, status, error: null, loading: false });
          },
        }
      : null;
  return <AccountContext.Provider value={account}>{children}</AccountContext.Provider>;
}
