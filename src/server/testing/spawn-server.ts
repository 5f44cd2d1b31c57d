import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `platewise serve` in its own process on a free port, and waits until it says where it serves. It runs the
 * build in dist/node/ when that is up to date with the sources, else the sources through tsx (bin/platewise.js).
 */
export async function spawnServer(args: string[], env: Record<string, string>): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ['--max-semi-space-size=4', path.join(root, 'bin/platewise.js'), 'serve', '--host', '127.0.0.1', '--port', '0', '--quiet', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  child.stderr!.on('data', (d: Buffer) => errors.push(d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${errors.join('')}`)), 60_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /is serving (http:\/\/\S+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${errors.join('')}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    url,
    child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
