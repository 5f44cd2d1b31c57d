import {
  AccountDeletion,
  AuthStatus,
  CreatedToken,
  Credentials,
  Ended,
  ErrorBody,
  IdParam,
  Me,
  Ok,
  PasswordChange,
  Removed,
  SessionView,
  SignedIn,
  SignupPolicy,
  TokenInput,
  TokenView,
} from '../../contract/index.js';
import { clearSessionCookie, setSessionCookie } from '../plugins/auth.js';
import { typed, type Routes } from './types.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody };

export const authRoutes: Routes = (app, { services, actorOf }) => {
  const r = typed(app);
  const meta = (req: { ip: string; headers: Record<string, unknown> }) => ({
    ip: req.ip,
    userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : undefined,
  });

  r.get('/api/auth/status', { schema: { tags: ['auth'], summary: 'One-person or multi-user mode, and whether sign-up is open', response: { 200: AuthStatus } }, config: { public: true } }, () =>
    services.auth.status(),
  );

  r.post(
    '/api/auth/signup',
    { schema: { tags: ['auth'], summary: 'Create an account and sign in (the first account is the admin)', body: Credentials, response: { 200: SignedIn, ...errors } }, config: { public: true } },
    async (req, reply) => {
      const signedIn = await services.auth.signup(req.body, meta(req));
      setSessionCookie(req, reply, signedIn);
      return { user: signedIn.user, csrfToken: signedIn.csrfToken };
    },
  );

  r.post(
    '/api/auth/login',
    { schema: { tags: ['auth'], summary: 'Sign in; sets an HttpOnly session cookie', body: Credentials, response: { 200: SignedIn, ...errors } }, config: { public: true } },
    async (req, reply) => {
      const signedIn = await services.auth.login(req.body, meta(req));
      setSessionCookie(req, reply, signedIn);
      return { user: signedIn.user, csrfToken: signedIn.csrfToken };
    },
  );

  r.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'End this session', response: { 200: Ok, ...errors } } }, async (req, reply) => {
    await services.auth.logout(actorOf(req));
    clearSessionCookie(req, reply);
    return { ok: true as const };
  });

  r.get('/api/auth/me', { schema: { tags: ['auth'], summary: 'Who is signed in', response: { 200: Me, ...errors } } }, async (req) => {
    const actor = actorOf(req);
    return { user: await services.auth.me(actor), mode: services.auth.config.mode, via: actor.via ?? 'local', csrfToken: req.csrfToken };
  });

  r.get('/api/auth/sessions', { schema: { tags: ['auth'], summary: 'Your sign-in sessions', response: { 200: SessionView.array(), ...errors } } }, (req) =>
    services.auth.listSessions(actorOf(req)),
  );
  r.delete('/api/auth/sessions', { schema: { tags: ['auth'], summary: 'End every session but this one', response: { 200: Ended, ...errors } } }, async (req) => ({
    ended: await services.auth.endOtherSessions(actorOf(req)),
  }));
  r.delete('/api/auth/sessions/:id', { schema: { tags: ['auth'], summary: 'End one session', params: IdParam, response: { 200: Ok, ...errors } } }, async (req) => {
    await services.auth.endSession(actorOf(req), req.params.id);
    return { ok: true as const };
  });

  r.post('/api/auth/tokens', { schema: { tags: ['auth'], summary: 'Create an API token (shown once)', body: TokenInput, response: { 200: CreatedToken, ...errors } } }, (req) =>
    services.auth.createToken(actorOf(req), req.body),
  );
  r.get('/api/auth/tokens', { schema: { tags: ['auth'], summary: 'Your API tokens (never their secrets)', response: { 200: TokenView.array(), ...errors } } }, (req) =>
    services.auth.listTokens(actorOf(req)),
  );
  r.delete('/api/auth/tokens/:id', { schema: { tags: ['auth'], summary: 'Revoke an API token', params: IdParam, response: { 200: Ok, ...errors } } }, async (req) => {
    await services.auth.revokeToken(actorOf(req), req.params.id);
    return { ok: true as const };
  });

  r.post('/api/auth/password', { schema: { tags: ['auth'], summary: 'Change your password; ends your other sessions', body: PasswordChange, response: { 200: Ended, ...errors } } }, async (req) => ({
    ended: (await services.auth.changePassword(actorOf(req), req.body)).endedSessions,
  }));

  r.delete(
    '/api/auth/account',
    { schema: { tags: ['auth'], summary: 'Delete your account and everything in it; says what was removed', body: AccountDeletion, response: { 200: Removed, ...errors } } },
    async (req, reply) => {
      const removed = await services.auth.deleteAccount(actorOf(req), req.body);
      clearSessionCookie(req, reply);
      return removed;
    },
  );

  r.put('/api/admin/signup', { schema: { tags: ['admin'], summary: 'Open or close sign-up (admin only)', body: SignupPolicy, response: { 200: SignupPolicy, ...errors } } }, (req) =>
    services.auth.setSignupOpen(actorOf(req), req.body.signupOpen),
  );
};
