import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import layers from './eslint-layers.js';

// RuleTester looks for these on itself when the runner has no globals.
Object.assign(RuleTester, { afterAll, describe, it });

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const at = (rel: string) => path.join(root, rel);
const sut = new RuleTester({ languageOptions: { parser: tseslint.parser as never, ecmaVersion: 2023, sourceType: 'module' } });

sut.run('platewise/layers', layers.rules.layers, {
  valid: [
    { filename: at('src/core/energy/goal.ts'), code: "import { x } from '../units.js';" },
    { filename: at('src/store/db.ts'), code: "import { x } from '../core/units.js';" },
    { filename: at('src/app/profile.service.ts'), code: "import { x } from '../store/index.js';" },
    { filename: at('src/server/routes/a.routes.ts'), code: "import { x } from '../../app/index.js';" },
    { filename: at('src/server/main.ts'), code: "import { x } from '../store/index.js';" },
    { filename: at('src/cli/commands/goal.ts'), code: "import { x } from '../../server/main.js';" },
    { filename: at('src/web/api.ts'), code: "import type { x } from '../contract/index.js';" },
    { filename: at('src/server/goal.int.test.ts'), code: "import { x } from '../store/testing/test-databases.js';" },
    { filename: at('src/core/units.test.ts'), code: "import fs from 'node:fs';" },
  ],
  invalid: [
    { filename: at('src/core/energy/goal.ts'), code: "import { x } from '../../store/index.js';", errors: [{ message: /core may not import from store/ }] },
    { filename: at('src/core/units.ts'), code: "import fs from 'node:fs';", errors: [{ message: /core is pure/ }] },
    { filename: at('src/core/units.ts'), code: "import { z } from 'zod';", errors: [{ message: /core is pure/ }] },
    { filename: at('src/store/db.ts'), code: "import { x } from '../app/index.js';", errors: [{ message: /store may not import from app/ }] },
    { filename: at('src/server/routes/a.routes.ts'), code: "import { x } from '../../store/index.js';", errors: [{ message: /server may not import from store/ }] },
    { filename: at('src/web/api.ts'), code: "import { x } from '../app/index.js';", errors: [{ message: /web may not import from app/ }] },
    { filename: at('src/contract/goal.ts'), code: "export { x } from '../server/app.js';", errors: [{ message: /contract may not import from server/ }] },
    { filename: at('src/app/x.ts'), code: "const m = import('../server/app.js');", errors: [{ message: /app may not import from server/ }] },
  ],
});
