import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import type { Figure } from '../lib/report.js';
import { median, percentile } from '../lib/stats.js';
import type { BenchContext, BenchSuite } from '../run.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webRoot = path.join(repoRoot, 'dist', 'web');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const kib = (bytes: number) => bytes / 1024;
/** Seconds the last build took; a string when dist/web was up to date. */
let buildSeconds: number | string = 'up to date, not rebuilt';
/** gzip at level 6, what a reverse proxy (nginx, Caddy) sends by default. */
const gz = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;

/** The scripts index.html loads before anything renders: its module entry and every modulepreload. */
export function firstPageScripts(indexHtml: string): string[] {
  const out = new Set<string>();
  for (const m of indexHtml.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) out.add(m[1]!);
  for (const m of indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) out.add(m[1]!);
  return [...out];
}

/** The newest modification time among the web app's sources, its build config and the installed packages. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(path.join(repoRoot, 'src', 'web'));
  walk(path.join(repoRoot, 'src', 'contract'));
  walk(path.join(repoRoot, 'src', 'core'));
  for (const f of ['vite.config.ts', 'package-lock.json']) newest = Math.max(newest, statSync(path.join(repoRoot, f)).mtimeMs);
  return newest;
}

/** First contentful paint of `url` in a fresh browser context (cold cache), in ms from navigation start. */
async function firstContentfulPaint(browser: Browser, url: string, { untilIdle = false } = {}): Promise<{ fcpMs: number; scripts: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  // Waiting for the network to go idle costs half a second of nothing; only the run that lists the scripts does.
  await page.goto(url, { waitUntil: untilIdle ? 'networkidle' : 'load' });
  const fcpMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const seen = performance.getEntriesByName('first-contentful-paint')[0];
        if (seen) return resolve(seen.startTime);
        new PerformanceObserver((list) => resolve(list.getEntriesByName('first-contentful-paint')[0]!.startTime)).observe({ type: 'paint', buffered: true });
      }),
  );
  await context.close();
  return { fcpMs, scripts };
}

/** A page with one line of text from a bare Node server: the floor of what FCP can be on this machine. */
async function plainPageServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const body = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title></head><body><h1>Hello</h1></body></html>';
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * The web app as a browser meets it: the production build's JavaScript for the first page (gzipped), and the
 * home page's first contentful paint in headless Chromium on localhost, against a one-line page of a bare server.
 */
export const webSuite: BenchSuite = {
  name: 'web',
  // Neither figure depends on the database; one run is enough.
  databases: ['pglite'],
  // Build before the servers start (a server serves dist/web only if it is there when it starts), unless
  // dist/web is newer than every source of it.
  async prepare() {
    const t0 = performance.now();
    const built = existsSync(path.join(webRoot, 'index.html')) ? statSync(path.join(webRoot, 'index.html')).mtimeMs : 0;
    if (built > newestSource()) return;
    await build({ configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
    buildSeconds = (performance.now() - t0) / 1000;
  },
  async run(ctx: BenchContext) {
    const index = readFileSync(path.join(webRoot, 'index.html'), 'utf8');
    const first = firstPageScripts(index);
    if (first.length === 0) throw new Error('bench: dist/web/index.html loads no script');
    const firstBytes = first.map((src) => ({ src, gzip: gz(path.join(webRoot, src)) }));
    const assets = readdirSync(path.join(webRoot, 'assets')).filter((f) => f.endsWith('.js'));
    const allGzip = assets.reduce((sum, f) => sum + gz(path.join(webRoot, 'assets', f)), 0);

    // The run's server on the embedded database, in one-person mode: the home page opens without signing in.
    const { server } = ctx;
    if (server.services.auth.config.mode === 'multi') throw new Error('bench: the web suite wants a one-person server');
    const plain = await plainPageServer();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const rounds = ctx.quick ? 3 : 15;
      const home: number[] = [];
      const bare: number[] = [];
      // One warm-up of each (the server's first answers, Chromium's first context) that also lists the scripts
      // the home page fetches before its network goes idle; then alternate.
      const homeScripts = (await firstContentfulPaint(browser, `${server.url}/`, { untilIdle: true })).scripts;
      await firstContentfulPaint(browser, plain.url);
      for (let i = 0; i < rounds; i++) {
        home.push((await firstContentfulPaint(browser, `${server.url}/`)).fcpMs);
        bare.push((await firstContentfulPaint(browser, plain.url)).fcpMs);
      }
      const fetched = [...new Set(homeScripts)];
      const fetchedGzip = fetched.reduce((sum, src) => sum + gz(path.join(webRoot, src)), 0);
      const firstGzip = firstBytes.reduce((sum, f) => sum + f.gzip, 0);
      const figures: Figure[] = [
        {
          key: 'js.first-page',
          what: 'JavaScript for the first page (index.html entry + preloads), gzipped',
          value: kib(firstGzip),
          unit: 'KiB',
          reference: { what: 'all JavaScript of the build', value: kib(allGzip), unit: 'KiB' },
          target: { max: 150 },
        },
        {
          key: 'js.home-fetched',
          what: 'JavaScript the home page fetched before the network went idle, gzipped',
          value: kib(fetchedGzip),
          unit: 'KiB',
          reference: { what: 'first-page entry + preloads', value: kib(firstGzip), unit: 'KiB' },
        },
        {
          key: 'fcp.home',
          what: 'home page first contentful paint, headless Chromium, median',
          value: median(home),
          unit: 'ms',
          reference: { what: 'a one-line page from a bare Node server', value: median(bare), unit: 'ms' },
          target: { max: 1000 },
        },
      ];
      return {
        figures,
        details: {
          buildSeconds,
          firstPage: firstBytes,
          homeFetched: fetched,
          fcpMs: { home: { p50: median(home), p95: percentile(home, 95), runs: home }, plain: { p50: median(bare), p95: percentile(bare, 95), runs: bare } },
        },
      };
    } finally {
      await browser.close();
      await plain.close();
    }
  },
};
