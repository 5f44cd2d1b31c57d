import { parseArgs } from 'node:util';
import { UsageError, type Io } from '../io.js';

export const apiHelp = `Usage: platewise api METHOD PATH [--data JSON] [--server URL] [--token TOKEN]
       platewise whoami [--server URL] [--token TOKEN]

Calls the API of a running Platewise server (like 'gh api') and prints the JSON answer.
  --server URL   the server (default $PLATEWISE_SERVER, else http://localhost:8080)
  --token TOKEN  an API token from POST /api/auth/tokens (default $PLATEWISE_TOKEN);
                 not needed for a one-person server on this machine
  --data JSON    the request body ('-' reads it from standard input)
Exits 1 when the server answers an error, printing its message.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** One API call over HTTP with a bearer token; returns the exit status. */
async function call(io: Io, opts: { method: string; path: string; data?: string | undefined; server?: string | undefined; token?: string | undefined }): Promise<number> {
  const server = (opts.server ?? process.env.PLATEWISE_SERVER ?? 'http://localhost:8080').replace(/\/$/, '');
  const token = opts.token ?? process.env.PLATEWISE_TOKEN;
  if (!opts.path.startsWith('/')) throw new UsageError(`PATH must start with /: '${opts.path}'`);
  let body: string | undefined;
  if (opts.data !== undefined) {
    body = opts.data === '-' ? await readStdin() : opts.data;
    try {
      JSON.parse(body);
    } catch {
      throw new UsageError('--data: is not valid JSON');
    }
  }
  let res: Response;
  try {
    res = await fetch(`${server}${opts.path}`, {
      method: opts.method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body } : {}),
    });
  } catch (err) {
    io.err(`platewise: cannot reach ${server}: ${(err as Error).message}`);
    return 1;
  }
  const text = await res.text();
  if (!res.ok) {
    let message = text;
    try {
      message = (JSON.parse(text) as { error: { message: string } }).error.message;
    } catch {
      // not our error body; print it as it came
    }
    io.err(`platewise: ${res.status} ${message}`);
    return 1;
  }
  io.out(text);
  return 0;
}

const options = {
  data: { type: 'string' },
  server: { type: 'string' },
  token: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** `platewise api METHOD PATH`. */
export async function apiCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options });
  if (values.help) {
    io.out(apiHelp);
    return 0;
  }
  const [method, path, ...extra] = positionals;
  if (!method || !path || extra.length > 0) throw new UsageError(`api: give METHOD and PATH\n\n${apiHelp}`);
  const m = method.toUpperCase();
  if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(m)) throw new UsageError(`api: '${method}' is not an HTTP method`);
  return call(io, { method: m, path, data: values.data, server: values.server, token: values.token });
}

/** `platewise whoami`: who the token (or this machine, on a one-person server) signs in as. */
export async function whoamiCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options });
  if (values.help) {
    io.out(apiHelp);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('whoami takes no arguments');
  return call(io, { method: 'GET', path: '/api/auth/me', server: values.server, token: values.token });
}
