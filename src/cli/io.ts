import { DomainError } from '../core/errors.js';

/** Bad usage: exits with status 2 and the message. */
export class UsageError extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Maps an error to an exit status and a message: 2 for bad arguments or input, 1 for anything else. */
export function reportError(err: unknown, io: Io): number {
  if (err instanceof UsageError) {
    io.err(`platewise: ${err.message}`);
    return 2;
  }
  if (err instanceof DomainError) {
    io.err(`platewise: ${err.message}`);
    for (const d of err.details.slice(1)) io.err(`  ${d.field}: ${d.message}`);
    return err.status < 500 ? 2 : 1;
  }
  if (err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    io.err(`platewise: ${err.message}`);
    return 2;
  }
  io.err(`platewise: ${err instanceof Error ? err.message : String(err)}`);
  return 1;
}

/** Parses a number option, naming the option when it is not one. */
export function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name}: '${value}' is not a number`);
  return n;
}

/** Checks a value against a fixed list, naming the option and the allowed values. */
export function choiceOption<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name}: '${value}' is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** Requires an option, naming it when missing. */
export function required<T>(name: string, value: T | undefined): T {
  if (value === undefined) throw new UsageError(`--${name} is required`);
  return value;
}
