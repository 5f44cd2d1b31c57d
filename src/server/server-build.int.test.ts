// The server build (npm run build:server) run as `npm start` runs it: plain node, no tsx, from dist/node/, on a
// new data directory and again on the same one. It has to find the migrations, data/ and package.json from there.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, builtServer } from '../../scripts/server-build.js';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'platewise-built-'));
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** Starts the built server on the data directory, asks `paths` in order, stops it; the answers and the exit code. */
async function serveBuilt(paths: string[]): Promise<{ answers: Array<{ status: number; body: unknown }>; exitCode: number | null }> {
  const child = spawn(process.execPath, [path.join(root, 'dist/node/server/main.js'), '--data-dir', dataDir, '--host', '127.0.0.1', '--port', '0', '--quiet'], {
    cwd: os.tmpdir(), // not the repository: the build finds its files from where it is
    env: { ...process.env, DATABASE_URL: '', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /is serving (http:\/\/\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the built server exited with ${code}: ${stderr.join('')}`)));
  });
  const answers = [];
  for (const p of paths) {
    const res = await fetch(`${url}${p}`);
    answers.push({ status: res.status, body: await res.json() });
  }
  child.kill('SIGTERM');
  return { answers, exitCode: await exited };
}

describe('the server build', () => {
  beforeAll(async () => {
    await buildServer(root);
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is up to date with the sources once built', () => {
    expect(builtServer(root)).toBe(path.join(root, 'dist', 'node'));
  });

  it('serves from dist/node with plain node on a new data directory, and again after a stop', async () => {
    for (let start = 0; start < 2; start++) {
      const { answers, exitCode } = await serveBuilt(['/api/health', '/api/exercises?q=squat']);
      expect(answers[0]).toEqual({ status: 200, body: { status: 'ok', version, database: 'pglite' } });
      // The starter exercises (data/exercises.json) were found and loaded at the first start.
      expect(answers[1]!.status).toBe(200);
      expect(JSON.stringify(answers[1]!.body)).toMatch(/squat/i);
      expect(exitCode).toBe(0);
    }
  }, 120_000);
});
