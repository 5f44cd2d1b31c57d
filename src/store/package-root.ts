// Where our package's files are (data/, src/store/migrations/, dist/web/, package.json). Found by walking up
// from the module, not as a fixed `../..` from it: the same modules run from src/ (through tsx, in tests) and
// transpiled from dist/node/ (scripts/server-build.js), one level deeper.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'platewise';

/** The nearest folder at or above `start` whose package.json is named `name`; throws when there is none. */
export function findPackageRoot(start: string, name: string = PACKAGE_NAME): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (pkg.name === name) return dir;
    } catch (err) {
      // No package.json here (or an unreadable one of someone else's): keep walking up.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && !(err instanceof SyntaxError)) throw err;
    }
    if (path.dirname(dir) === dir) throw new Error(`no package.json named "${name}" at or above ${start}`);
  }
}

let root: string | null = null;

/** The folder of our package.json, looked up once per process. */
export function packageRoot(): string {
  root ??= findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
  return root;
}

/** A path inside our package, e.g. `packagePath('data', 'tips.json')`. */
export function packagePath(...parts: string[]): string {
  return path.join(packageRoot(), ...parts);
}
