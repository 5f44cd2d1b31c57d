// `platewise serve` goes straight to the server (bin/platewise.js), on a fresh data directory and then on the
// same directory again, as a restart would.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const bin = path.join(root, 'bin/platewise.js');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'platewise-serve-'));

/** Starts `platewise serve` on the data directory, asks GET /api/health, and stops it; resolves with the answer. */
async function serveOnce(): Promise<{ status: number; body: unknown; exitCode: number | null }> {
  const child = spawn(process.execPath, [bin, 'serve', '--data-dir', dataDir, '--host', '127.0.0.1', '--port', '0', '--quiet'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /is serving (http:\/\/\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const res = await fetch(`${url}/api/health`);
  const body = await res.json();
  child.kill('SIGTERM');
  return { status: res.status, body, exitCode: await exited };
}

describe('platewise serve', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves on a new data directory, and again on the same one after a stop', async () => {
    for (let start = 0; start < 2; start++) {
      const { status, body, exitCode } = await serveOnce();
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'ok', database: 'pglite' });
      expect(exitCode).toBe(0);
    }
  }, 120_000);

  it('answers a wrong option as every command does: the message and status 2', () => {
    const res = spawnSync(process.execPath, [bin, 'serve', '--bogus'], { cwd: root, encoding: 'utf8' });
    expect(res.stderr).toContain("platewise: Unknown option '--bogus'");
    expect(res.status).toBe(2);
  }, 60_000);
});
