// The dependency rule of shared/DESIGN.md §2 as an ESLint rule: every relative import is resolved
// to the layer it lands in and checked against what the importing layer may see. Packages that
// would give core I/O, a clock, zod, a database or HTTP are refused there too.
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** Which of our layers each layer may import (besides itself). */
export const allowed = {
  core: [],
  contract: ['core'],
  store: ['core'],
  app: ['core', 'store'],
  server: ['app', 'contract', 'core'],
  web: ['contract', 'core'],
  cli: ['app', 'server', 'contract', 'core'],
};

/** Files outside src that may reach into any layer: tests, benchmarks, e2e, scripts. */
const unrestricted = ['e2e', 'bench', 'scripts'];

/** Packages core may not import: core is pure. */
const forbiddenInCore = [/^node:/, /^(fs|path|http|https|net|child_process|crypto|os)$/, /^zod/, /^drizzle/, /^fastify/, /^@fastify\//, /^pg$/, /^@electric-sql\//, /^react/];

/** The store may be wired into the server only by its composition root. */
const serverStoreRoots = [path.join(root, 'src/server/main.ts'), path.join(root, 'src/server/compose.ts')];

function layerOf(file) {
  const rel = path.relative(path.join(root, 'src'), file);
  if (rel.startsWith('..')) return null;
  return rel.split(path.sep)[0] ?? null;
}

function isTestFile(file) {
  return /\.(test|int\.test)\.tsx?$/.test(file) || file.includes(`${path.sep}testing${path.sep}`);
}

export default {
  rules: {
    layers: {
      meta: {
        type: 'problem',
        docs: { description: 'Enforce the one-way dependency rule between src/ layers' },
        schema: [],
      },
      create(context) {
        const file = context.filename;
        const from = layerOf(file);
        if (!from || unrestricted.includes(from)) return {};
        const check = (node, source) => {
          if (typeof source !== 'string') return;
          if (!source.startsWith('.')) {
            if (from === 'core' && !isTestFile(file) && forbiddenInCore.some((re) => re.test(source))) {
              context.report({ node, message: `core is pure: it may not import '${source}'` });
            }
            return;
          }
          const to = layerOf(path.resolve(path.dirname(file), source));
          if (!to || to === from) return;
          if (isTestFile(file) && (to === 'store' || to === 'app' || to === 'core' || to === 'contract')) return;
          if (from === 'server' && to === 'store' && serverStoreRoots.includes(file)) return;
          if (!(allowed[from] ?? []).includes(to)) {
            context.report({ node, message: `${from} may not import from ${to} (shared/DESIGN.md §2)` });
          }
        };
        return {
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
        };
      },
    },
  },
};
