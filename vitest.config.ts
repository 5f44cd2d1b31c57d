import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['src/**/*.int.test.ts'],
          environment: 'node',
          // Generous for a busy two-core machine; a unit test that needs more is in the wrong project.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts'],
          environment: 'node',
          // Spawned CLI processes and PostgreSQL round trips on a loaded two-core machine took 90 s in a CI run whose
          // load average was 13; a hang still fails, just later.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // PGlite instances are heavy (WASM): keep at most two test files in flight on two cores.
          maxWorkers: 2,
        },
      },
    ],
  },
});
