import type { ImportProgress } from '../app/index.js';

const WIDTH = 24;

/** Formats one progress line: "reading NUT_DATA.txt  [#########...............]  38%" (or a count when the end is unknown). */
export function progressLine(p: ImportProgress): string {
  if (p.total === null || p.total <= 0) return `${p.phase}  ${p.done.toLocaleString('en-US')}`;
  const share = Math.max(0, Math.min(1, p.done / p.total));
  const filled = Math.round(share * WIDTH);
  return `${p.phase.padEnd(24)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%`;
}

/**
 * A progress bar on stderr (so stdout stays clean for --json): redrawn in place on a terminal, and one
 * line per phase and quarter otherwise (logs, CI). `done()` ends the line.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const tty = stream.isTTY === true;
  let last = '';
  let lastQuarter = -1;
  return {
    update(p: ImportProgress): void {
      const line = progressLine(p);
      if (tty) {
        stream.write(`\r${line.padEnd(last.length)}`);
        last = line;
        return;
      }
      const quarter = p.total ? Math.floor((p.done / p.total) * 4) : 0;
      if (!last.startsWith(p.phase) || quarter !== lastQuarter) {
        stream.write(`${line}\n`);
        lastQuarter = quarter;
        last = line;
      }
    },
    done(): void {
      if (tty && last !== '') stream.write('\n');
      last = '';
    },
  };
}
