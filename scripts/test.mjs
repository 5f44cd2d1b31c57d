#!/usr/bin/env node
// `npm test`: typecheck, lint, unit, integration and browser tests, in that order. Each suite runs even
// when an earlier one failed, and the last line is the total over all of them: `N passed, N failed`.
// Typecheck and lint count as one check each.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const only = process.argv.slice(2);
const tmp = mkdtempSync(path.join(tmpdir(), 'platewise-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(cmd, args, env = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status ?? 1;
}

function check(name, cmd, args) {
  console.log(`\n=== ${name} ===`);
  const ok = run(cmd, args) === 0;
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${name}: ${ok ? 'passed' : 'FAILED'}`);
}

function vitest(project) {
  console.log(`\n=== ${project} tests ===`);
  const out = path.join(tmp, `${project}.json`);
  const status = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) {
    totals.failed += 1;
    lines.push(`${project}: the runner did not report (exit ${status})`);
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  // A test file that fails to load has no tests but a failed suite: count it as a failure.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  const passed = r.numPassedTests ?? 0;
  const failed = (r.numFailedTests ?? 0) + brokenFiles + (status !== 0 && !r.numFailedTests && !brokenFiles ? 1 : 0);
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${project}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

function browser() {
  console.log('\n=== browser tests ===');
  const build = run('npm', ['run', 'build', '--silent']);
  if (build !== 0) {
    totals.failed += 1;
    lines.push('browser: the build failed');
    return;
  }
  const out = path.join(tmp, 'e2e.json');
  const status = run('npx', ['playwright', 'test'], { PLATEWISE_E2E_REPORT: out });
  if (!existsSync(out)) {
    totals.failed += 1;
    lines.push(`browser: the runner did not report (exit ${status})`);
    return;
  }
  const s = JSON.parse(readFileSync(out, 'utf8')).stats ?? {};
  const passed = (s.expected ?? 0) + (s.flaky ?? 0);
  const failed = (s.unexpected ?? 0) + (status !== 0 && !s.unexpected ? 1 : 0);
  const skipped = s.skipped ?? 0;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`browser: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

const want = (name) => only.length === 0 || only.includes(name);
if (want('typecheck')) check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
if (want('lint')) check('lint', 'npx', ['eslint', '.']);
if (want('unit')) vitest('unit');
if (want('integration')) vitest('integration');
if (want('browser')) browser();

console.log('\n=== summary ===');
for (const l of lines) console.log(l);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
