#!/usr/bin/env -S node --max-semi-space-size=4
// The `platewise` command: runs the TypeScript CLI through tsx, so no build step is needed. A 4 MiB young
// generation (V8's default grows to 16 MiB × 2) keeps a busy server ~25 MiB smaller (docs/performance.md).
import { register } from 'tsx/esm/api';

register();
const [command, ...rest] = process.argv.slice(2);
if (command === 'serve') {
  // Start-up time counts for the server: load what it runs, not every other command's modules.
  const [{ runServer }, { processIo, reportError }] = await Promise.all([import('../src/cli/commands/serve.ts'), import('../src/cli/io.ts')]);
  try {
    await runServer(rest);
  } catch (err) {
    process.exitCode = reportError(err, processIo);
  }
} else {
  const { run } = await import('../src/cli/main.ts');
  process.exitCode = await run(process.argv.slice(2));
}
