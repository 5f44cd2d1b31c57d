import type { RunningServer } from '../../src/server/main.js';

/**
 * A user to ask as, over HTTP and in process: in one-person mode the local user (loopback answers as it, no
 * headers); on a server with accounts a new account with a read-write token, sent as a bearer header.
 */
export async function benchUser(server: RunningServer, name: string): Promise<{ userId: string; headers: Record<string, string> }> {
  const { services } = server;
  if (services.auth.config.mode !== 'multi') return { userId: (await services.users.ensureLocalUser()).id, headers: {} };
  const user = await services.auth.addUser({ username: `${name}-${Math.random().toString(36).slice(2, 8)}`, password: 'a long bench password', admin: false });
  const { token } = await services.auth.createToken({ userId: user.id, via: 'session' }, { name, scopes: ['read', 'write'] });
  return { userId: user.id, headers: { authorization: `Bearer ${token}` } };
}
