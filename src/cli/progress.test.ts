import { describe, expect, it } from 'vitest';
import { progressBar, progressLine } from './progress.js';

/** A stream that keeps what is written, a terminal or not. */
function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WriteStream };
}

describe('progressLine', () => {
  it.each([
    [{ phase: 'reading strong.csv', done: 0, total: 100 }, 'reading strong.csv       [........................]   0%'],
    [{ phase: 'writing', done: 50, total: 100 }, 'writing                  [############............]  50%'],
    [{ phase: 'writing', done: 120, total: 100 }, 'writing                  [########################] 100%'],
    [{ phase: 'reading', done: 12345, total: null }, 'reading  12,345'],
  ])('%o → %s', (p, line) => {
    expect(progressLine(p)).toBe(line);
  });
});

describe('progressBar', () => {
  it('redraws one line in place on a terminal and ends it when done', () => {
    const { writes, stream: s } = stream(true);
    const sut = progressBar(s);
    for (const done of [10, 20, 30]) sut.update({ phase: 'writing', done, total: 30 });
    sut.done();
    expect(writes).toHaveLength(4);
    expect(writes.slice(0, 3).every((w) => w.startsWith('\r') && !w.includes('\n'))).toBe(true);
    expect(writes[2]).toContain('100%');
    expect(writes[3]).toBe('\n');
  });

  it('writes a line per phase and quarter elsewhere (logs, CI), never redrawing', () => {
    const { writes, stream: s } = stream(false);
    const sut = progressBar(s);
    for (let done = 0; done <= 100; done += 5) sut.update({ phase: 'reading x.csv', done, total: 100 });
    sut.update({ phase: 'writing', done: 1, total: 1 });
    sut.done();
    expect(writes.map((w) => w.trim().replace(/\s+\[.*\]\s+/, ' '))).toEqual(['reading x.csv 0%', 'reading x.csv 25%', 'reading x.csv 50%', 'reading x.csv 75%', 'reading x.csv 100%', 'writing 100%']);
    expect(writes.every((w) => !w.startsWith('\r') && w.endsWith('\n'))).toBe(true);
  });
});
