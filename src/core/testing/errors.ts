import { ValidationError } from '../errors.js';

/** The field the first detail of the ValidationError that `fn` throws names; any other outcome fails the test. */
export function fieldOfError(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.details[0]?.field;
    throw e;
  }
  throw new Error('expected a ValidationError');
}
