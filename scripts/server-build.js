#!/usr/bin/env node
// The server's TypeScript (src/{core,contract,store,app,server,cli}, not tests) transpiled ahead of time into
// dist/node/, so a start does not pay for compiling it through tsx (`npm run build:server`). bin/platewise.js
// runs dist/node/ only while it was built from exactly the sources there are now (builtServer), else the
// sources through tsx: a stale build never runs.
//
// Plain JavaScript with node: imports only, because bin/platewise.js checks freshness before anything can
// compile TypeScript; `typescript` (a devDependency, which `npm install` installs) is loaded only to build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The layers the server and the CLI run (web is Vite's; tests run from src/ under vitest). */
export const SERVER_LAYERS = ['core', 'contract', 'store', 'app', 'server', 'cli'];
/** Where the build goes, relative to the package root. */
export const OUT_DIR = path.join('dist', 'node');
/** The file, last written, that names the sources a build came from. */
export const STAMP_FILE = '.source-stamp';

const builder = fileURLToPath(import.meta.url);

/** Whether a source file is a test or a test helper: neither is built. */
function isTestSource(rel) {
  return /\.test\.ts$/.test(rel) || rel.split(/[\\/]/).includes('testing');
}

/** The server's source files under `root`, as sorted paths relative to it (`src/core/units.ts`). */
export function serverSources(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (rel.endsWith('.ts') && !rel.endsWith('.d.ts') && !isTestSource(rel)) out.push(rel);
    }
  };
  for (const layer of SERVER_LAYERS) if (existsSync(path.join(root, 'src', layer))) walk(path.join('src', layer));
  return out.sort();
}

/**
 * A hash of every server source's path and bytes, and of this builder (its compiler options). Content, not
 * modification times: a checkout, a copy with `cp -p` or an editor that keeps mtimes cannot fool it, and a
 * touched but unchanged file does not force a rebuild. ~1 MB of source: a few ms, measured in the report.
 */
export function sourceStamp(root) {
  const hash = createHash('sha256');
  hash.update(readFileSync(builder));
  for (const rel of serverSources(root)) {
    hash.update(`\0${rel.split(path.sep).join('/')}\0`);
    hash.update(readFileSync(path.join(root, rel)));
  }
  return hash.digest('hex');
}

/** The build's folder when it exists and was made from the current sources; null when missing or stale. */
export function builtServer(root) {
  const out = path.join(root, OUT_DIR);
  let stamp;
  try {
    stamp = readFileSync(path.join(out, STAMP_FILE), 'utf8').trim();
  } catch {
    return null;
  }
  return stamp === sourceStamp(root) ? out : null;
}

/**
 * Transpiles the server's sources into `root/dist/node` (or `outDir`) unless that build is already up to date.
 * One TypeScript program with type checking, module resolution and the default library off: each file is
 * transpiled alone (as ts.transpileModule does; `isolatedModules` and `verbatimModuleSyntax` in tsconfig.json
 * make that safe), without ts.transpileModule's cost of a program per file. Type errors are `npm run
 * typecheck`'s job. The output appears at once: written beside, stamped last, then renamed into place.
 */
export async function buildServer(root, { outDir = path.join(root, OUT_DIR), force = false } = {}) {
  const started = performance.now();
  const stampFile = path.join(outDir, STAMP_FILE);
  const stamp = sourceStamp(root);
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === stamp) {
    return { built: false, files: 0, seconds: (performance.now() - started) / 1000, outDir };
  }
  const { default: ts } = await import('typescript');
  const sources = serverSources(root);
  const staging = `${outDir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  const program = ts.createProgram(
    sources.map((rel) => path.join(root, rel)),
    {
      // ESNext, not NodeNext: the package is "type": "module", and without package.json lookups a transpiler
      // given NodeNext treats every .ts file as CommonJS.
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2023,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      noCheck: true,
      noResolve: true,
      noLib: true,
      types: [],
      sourceMap: true,
      rootDir: path.join(root, 'src'),
      outDir: staging,
      newLine: ts.NewLineKind.LineFeed,
    },
  );
  // Without type checking, a syntax error would still emit (broken) JavaScript: refuse it first.
  const syntax = program.getSyntacticDiagnostics();
  const emitted = syntax.length > 0 ? { emitSkipped: true, diagnostics: [] } : program.emit();
  const errors = [...syntax, ...emitted.diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (emitted.emitSkipped || errors.length > 0) {
    rmSync(staging, { recursive: true, force: true });
    const text = ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' });
    throw new Error(`the server build failed:\n${text}`);
  }
  writeFileSync(path.join(staging, STAMP_FILE), `${stamp}\n`);
  // Swap: a start that reads the stamp meanwhile finds none (and runs the sources), never half a build.
  mkdirSync(path.dirname(outDir), { recursive: true });
  const old = `${outDir}.${process.pid}.old`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
  return { built: true, files: sources.length, seconds: (performance.now() - started) / 1000, outDir };
}

// `node scripts/server-build.js [--force]` (npm run build:server): builds when the sources changed.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(builder), '..');
  const result = await buildServer(root, { force: process.argv.includes('--force') });
  const where = path.relative(root, result.outDir);
  console.log(result.built ? `server: ${result.files} files transpiled into ${where} in ${result.seconds.toFixed(1)} s` : `server: ${where} is up to date`);
}
