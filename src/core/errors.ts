/** One problem with one input field: `field` is a dotted path ("height", "sets.2.reps", "line 14"). */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Base of every domain error; the server maps `code`/`status` to an HTTP answer in one place. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  readonly details: FieldIssue[];
  constructor(message: string, details: FieldIssue[] = []) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/** Bad input: names each field and the reason. */
export class ValidationError extends DomainError {
  readonly code = 'validation_failed';
  readonly status = 400;
  /** One issue: `new ValidationError.field('height', 'must be between 90 and 250 cm')`. */
  static field(field: string, message: string): ValidationError {
    return new ValidationError(`${field}: ${message}`, [{ field, message }]);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'not_found';
  readonly status = 404;
}

export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
  readonly status = 403;
}

export class UnauthorizedError extends DomainError {
  readonly code = 'unauthorized';
  readonly status = 401;
}

export class ConflictError extends DomainError {
  readonly code = 'conflict';
  readonly status = 409;
}

export class RateLimitedError extends DomainError {
  readonly code = 'rate_limited';
  readonly status = 429;
}
