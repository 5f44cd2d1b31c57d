import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api.js';
import { authApi, type MeBody } from '../auth-api.js';

/** Sign in, or create an account where sign-up is open (the first account becomes the admin). */
export function SignInPage({ signupOpen, onSignedIn }: { signupOpen: boolean; onSignedIn: (me: MeBody) => void }) {
  const [mode, setMode] = useState<'login' | 'signup'>('login');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await authApi.signIn(mode, username, password);
      const me = await authApi.me();
      if (me) onSignedIn(me);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'unknown', String(err)));
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => error?.forField(field);
  const general = error && !fieldError('username') && !fieldError('password') ? error.message : null;
  const title = mode === 'login' ? 'Sign in' : 'Create an account';
  return (
    <main className="sign-in" id="main">
      <p className="brand">
        <span className="brand__mark" aria-hidden="true" />
        Platewise
      </p>
      <div className="page-header">
        <h1 className="page-title">{title}</h1>
        <p className="page-lead">This Platewise server keeps each person’s meals, training and body data to themselves.</p>
      </div>
      <form className="card sign-in__form" onSubmit={submit} noValidate>
        {(['username', 'password'] as const).map((field) => (
          <div key={field} className={`field${fieldError(field) ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${id}-${field}`}>
              {field === 'username' ? 'Username' : 'Password'}
            </label>
            {field === 'password' && mode === 'signup' && (
              <p className="field__hint" id={`${id}-hint`}>
                At least 12 characters; a few words make a good one.
              </p>
            )}
            <input
              id={`${id}-${field}`}
              className="input"
              type={field === 'password' ? 'password' : 'text'}
              autoComplete={field === 'username' ? 'username' : mode === 'login' ? 'current-password' : 'new-password'}
              value={field === 'username' ? username : password}
              onChange={(e) => (field === 'username' ? setUsername : setPassword)(e.target.value)}
              aria-invalid={fieldError(field) ? true : undefined}
              aria-describedby={[field === 'password' && mode === 'signup' ? `${id}-hint` : '', fieldError(field) ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined}
              required
            />
            {fieldError(field) && (
              <p className="field-error" id={`${id}-${field}-error`}>
                {fieldError(field)}
              </p>
            )}
          </div>
        ))}
        {general && (
          <p className="banner banner--error" role="alert">
            {general}
          </p>
        )}
        <div className="sign-in__actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {title}
          </button>
          {signupOpen && (
            <button
              className="button"
              type="button"
              onClick={() => {
                setMode(mode === 'login' ? 'signup' : 'login');
                setError(null);
              }}
            >
              {mode === 'login' ? 'New here? Create an account' : 'I have an account'}
            </button>
          )}
        </div>
      </form>
    </main>
  );
}
