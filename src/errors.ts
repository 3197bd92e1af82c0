import { randomBytes } from 'node:crypto';

/** Codes for errors a user caused and can fix; their message is shown to that user as it is. */
export type UserErrorCode =
  | 'empty-input'
  | 'input-too-long'
  | 'unknown-command'
  | 'bad-argument'
  | 'not-found'
  | 'missing-argument';

/** Codes for errors of the deployment or the code; the user sees an apology with an id, the log the rest. */
export type SystemErrorCode = 'config-invalid' | 'corpus-invalid' | 'platform-failed' | 'internal';

/** Every error confbot raises carries a code, so callers can branch without parsing messages. */
export class ConfbotError extends Error {
  /** Machine-readable reason. */
  readonly code: UserErrorCode | SystemErrorCode;
  /** True when the message is safe and useful to show to the person who typed the input. */
  readonly isUserError: boolean;

  constructor(code: UserErrorCode | SystemErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfbotError';
    this.code = code;
    this.isUserError = !['config-invalid', 'corpus-invalid', 'platform-failed', 'internal'].includes(code);
  }
}

/** Raises a user error: something the person typed that they can correct. */
export function userError(code: UserErrorCode, message: string): ConfbotError {
  return new ConfbotError(code, message);
}

/** True for errors whose message may be shown to the user. */
export function isUserError(err: unknown): err is ConfbotError {
  return err instanceof ConfbotError && err.isUserError;
}

/** Random bytes drawn in bulk: every request takes an id, and one system call per id showed in profiles. */
const ID_POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let offset = 0;

/** A short random id that ties an apology shown to a user to the log line with the details. */
export function newErrorId(): string {
  if (offset + 4 > pool.length) {
    pool = randomBytes(ID_POOL_BYTES);
    offset = 0;
  }
  offset += 4;
  return pool.toString('hex', offset - 4, offset);
}
