#!/usr/bin/env -S node --max-semi-space-size=4
// The `platewise` command. It runs the server build in dist/node/ (`npm run build`) when that was made from the
// current sources, and otherwise the TypeScript sources through tsx, so no build step is needed and a stale
// build never runs. A 4 MiB young generation (V8's default grows to 16 MiB × 2) keeps a busy server ~25 MiB
// smaller (docs/performance.md).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtServer } from '../scripts/server-build.js';

const built = builtServer(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
if (!built) {
  const { register } = await import('tsx/esm/api');
  register();
}
/** A module of the server or CLI, e.g. `cli/main`: from the build, else from src/. */
const load = (module) => import(built ? pathToFileURL(path.join(built, `${module}.js`)).href : `../src/${module}.ts`);

const [command, ...rest] = process.argv.slice(2);
if (command === 'serve') {
  // Start-up time counts for the server: load what it runs, not every other command's modules.
  const [{ runServer }, { processIo, reportError }] = await Promise.all([load('cli/commands/serve'), load('cli/io')]);
  try {
    await runServer(rest);
  } catch (err) {
    process.exitCode = reportError(err, processIo);
  }
} else {
  const { run } = await load('cli/main');
  process.exitCode = await run(process.argv.slice(2));
}
