import { defineConfig } from '@playwright/test';

const port = Number(process.env.PLATEWISE_E2E_PORT ?? 8791);
/** A second server with accounts (--multi-user), for the sign-in tests. */
export const multiUserPort = port + 1;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  workers: 1,
  reporter: process.env.PLATEWISE_E2E_REPORT ? [['json', { outputFile: process.env.PLATEWISE_E2E_REPORT }], ['line']] : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: `node --max-semi-space-size=4 bin/platewise.js serve --host 127.0.0.1 --port ${port} --data-dir .platewise-data/e2e-${port} --fresh --quiet`,
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    {
      command: `node --max-semi-space-size=4 bin/platewise.js serve --host 127.0.0.1 --port ${multiUserPort} --data-dir .platewise-data/e2e-${multiUserPort} --fresh --quiet --multi-user`,
      url: `http://127.0.0.1:${multiUserPort}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
  ],
});
