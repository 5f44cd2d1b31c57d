import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../store/index.js';
import { createServices, fixedClock } from '../app/index.js';

const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../bin/platewise.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'platewise-cli-user-'));
const env = { ...process.env, DATABASE_URL: '' };

function platewise(args: string[], input: string) {
  return spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env });
}

describe('platewise user', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the first account as admin, then a second, and changes a password', async () => {
    const sut = platewise(['user', 'add', 'Ada', '--password-stdin', '--data-dir', dir], 'a long enough password\n');
    expect(sut.stderr).toBe('');
    expect(sut.status).toBe(0);
    expect(sut.stdout).toMatch(/Added ada \(admin\)/);
    expect(platewise(['user', 'add', 'ben', '--password-stdin', '--data-dir', dir], 'another long password\n').stdout).toMatch(/Added ben\n/);
    expect(platewise(['user', 'passwd', 'ben', '--password-stdin', '--data-dir', dir], 'the newest long password\n').status).toBe(0);

    const database = await createDb({ kind: 'pglite', dataDir: dir });
    try {
      const services = createServices(database, fixedClock('2026-11-21T12:00:00Z'), { auth: { mode: 'multi' } });
      const meta = { ip: '127.0.0.1' };
      await expect(services.auth.login({ username: 'ben', password: 'the newest long password' }, meta)).resolves.toMatchObject({ user: { username: 'ben', isAdmin: false } });
      await expect(services.auth.login({ username: 'ben', password: 'another long password' }, meta)).rejects.toThrow(/Wrong username or password/);
    } finally {
      await database.close();
    }
  });

  it.each([
    [['user', 'add', 'x y', '--password-stdin'], 'a long enough password\n', /username/],
    [['user', 'add', 'shorty', '--password-stdin'], 'short\n', /password: must be at least 12/],
    [['user', 'add', 'ada', '--password-stdin'], 'a long enough password\n', /username: that name is not available/],
    [['user', 'remove', 'ada'], '', /say 'add' or 'passwd'/],
    [['user', 'passwd', 'nobody', '--password-stdin'], 'a long enough password\n', /No user 'nobody'/],
  ])('exits non-zero with a message for %j', (args, input, message) => {
    const sut = platewise([...args, '--data-dir', dir], input);
    expect(sut.status).not.toBe(0);
    expect(sut.stderr).toMatch(message);
  });
});
