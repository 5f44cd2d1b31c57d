import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPackageRoot, packagePath, packageRoot } from './package-root.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'platewise-root-'));
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
  writeFileSync(path.join(tmp, rel), text);
};
// A package named platewise holding a dist/node/ build next to src/, and a dependency with its own package.json.
write('app/package.json', JSON.stringify({ name: 'platewise' }));
write('app/node_modules/dep/package.json', JSON.stringify({ name: 'dep' }));
write('app/broken/package.json', '{ not json');
mkdirSync(path.join(tmp, 'app/src/store'), { recursive: true });
mkdirSync(path.join(tmp, 'app/dist/node/store'), { recursive: true });
mkdirSync(path.join(tmp, 'app/node_modules/dep/lib'), { recursive: true });
mkdirSync(path.join(tmp, 'app/broken/inner'), { recursive: true });
mkdirSync(path.join(tmp, 'elsewhere'), { recursive: true });

describe('findPackageRoot', () => {
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.each([
    ['a module in src/', 'app/src/store'],
    ['the same module built into dist/node/', 'app/dist/node/store'],
    ['the root itself', 'app'],
    ["past another package's package.json", 'app/node_modules/dep/lib'],
    ['past a package.json that is not JSON', 'app/broken/inner'],
  ])('finds the platewise package from %s', (_, from) => {
    expect(findPackageRoot(path.join(tmp, from))).toBe(path.join(tmp, 'app'));
  });

  it('names the folder it started from when no package.json above is ours', () => {
    expect(() => findPackageRoot(path.join(tmp, 'elsewhere'))).toThrow(`no package.json named "platewise" at or above ${path.join(tmp, 'elsewhere')}`);
  });

  it('finds this repository from this module, and paths in it', () => {
    const sut = packageRoot();
    expect(path.relative(sut, import.meta.dirname)).toBe(path.join('src', 'store'));
    expect(packagePath('data', 'foods.json')).toBe(path.join(sut, 'data', 'foods.json'));
  });
});
