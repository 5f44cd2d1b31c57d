import http from 'node:http';
import { median, percentile } from './stats.js';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

export interface LoadRequest {
  method?: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A closed-loop load generator on loopback: `connections` keep-alive clients each send the next request as
 * soon as the previous one answers, for `seconds` (bounded in time and count), and every latency is kept.
 */
export async function load(
  baseUrl: string,
  next: (i: number) => LoadRequest,
  { connections = 10, seconds = 5, maxRequests = 1_000_000 } = {},
): Promise<LoadResult> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const deadline = performance.now() + seconds * 1000;
  const t0 = performance.now();

  const one = (req: LoadRequest) =>
    new Promise<void>((resolve) => {
      const payload = req.body === undefined ? undefined : JSON.stringify(req.body);
      const start = performance.now();
      const r = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: req.method ?? 'GET',
          path: req.path,
          // A body goes with its length, as browsers and fetch send it: written and ended, Node's client would send it
          // chunked, its end marker in a packet of its own.
          headers: payload === undefined ? req.headers : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...req.headers },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - start);
            if ((res.statusCode ?? 500) >= 400) errors++;
            resolve();
          });
        },
      );
      r.on('error', () => {
        errors++;
        resolve();
      });
      r.end(payload);
    });

  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline && issued < maxRequests) {
        await one(next(issued++));
      }
    }),
  );
  agent.destroy();
  const elapsed = (performance.now() - t0) / 1000;
  return {
    requests: latencies.length,
    errors,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50Ms: median(latencies),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
  };
}
