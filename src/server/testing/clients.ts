import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export interface Client {
  username: string;
  userId: string;
  cookie: string;
  csrfToken: string;
  /** A request as this signed-in user: the session cookie, and the CSRF token on every request. */
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

export const PASSWORD = 'correct horse battery staple';

/** The `pw_session=…` pair from a response's Set-Cookie header. */
export function sessionCookieOf(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const first = Array.isArray(header) ? header[0] : header;
  if (!first) throw new Error(`no Set-Cookie in ${res.statusCode} ${res.body}`);
  return first.split(';')[0]!;
}

function clientFrom(app: FastifyInstance, username: string, res: LightMyRequestResponse): Client {
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const body = res.json() as { user: { id: string }; csrfToken: string };
  const cookie = sessionCookieOf(res);
  return {
    username,
    userId: body.user.id,
    cookie,
    csrfToken: body.csrfToken,
    request: (opts) =>
      app.inject({ ...opts, headers: { cookie, 'x-csrf-token': body.csrfToken, ...(opts.headers ?? {}) } } as InjectOptions),
  };
}

/** Signs a new user up through the API. */
export async function signUp(app: FastifyInstance, username: string, password = PASSWORD): Promise<Client> {
  return clientFrom(app, username, await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { username, password } }));
}

/** Signs an existing user in through the API (a new session). */
export async function logIn(app: FastifyInstance, username: string, password = PASSWORD): Promise<Client> {
  return clientFrom(app, username, await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } }));
}
