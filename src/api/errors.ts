/** What went wrong, in terms a UI can act on. */
export type ScalevErrorKind =
  /** The API answered with a non-2xx status. */
  | 'http'
  /** No answer within the timeout. */
  | 'timeout'
  /** The request never reached the API (offline, DNS, CORS refusal). */
  | 'network'
  /** A 2xx answer whose body is not the JSON the contract promises. */
  | 'parse'
  /** The caller cancelled the request. */
  | 'aborted'
  /** The kit is configured wrongly (missing store id or key, a business key). */
  | 'config';

export interface RateLimitInfo {
  limit: number | null;
  remaining: number | null;
  /** Unix time in seconds when the bucket resets (`X-Ratelimit-Reset`). */
  reset: number | null;
}

export interface ScalevApiErrorInit {
  kind: ScalevErrorKind;
  status?: number;
  message: string;
  code?: string | null;
  fieldErrors?: Record<string, string[]>;
  body?: unknown;
  method?: string;
  path?: string;
  rateLimit?: RateLimitInfo | null;
  retryAfterMs?: number | null;
  cause?: unknown;
}

/**
 * The one error type every API call rejects with: JSON error bodies, plain-text bodies (a 429),
 * timeouts, network failures and malformed JSON all end up here.
 */
export class ScalevApiError extends Error {
  override readonly name = 'ScalevApiError';
  readonly kind: ScalevErrorKind;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  /** `error_code` from the body, when the API sent one. */
  readonly code: string | null;
  /** Messages per request field (`customer_email` → ["is invalid"]), from 422/400 bodies. */
  readonly fieldErrors: Record<string, string[]>;
  readonly body: unknown;
  readonly method: string;
  readonly path: string;
  readonly rateLimit: RateLimitInfo | null;
  /** How long to wait before trying again, when the API said so. */
  readonly retryAfterMs: number | null;

  constructor(init: ScalevApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status ?? 0;
    this.code = init.code ?? null;
    this.fieldErrors = init.fieldErrors ?? {};
    this.body = init.body;
    this.method = init.method ?? '';
    this.path = init.path ?? '';
    this.rateLimit = init.rateLimit ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }

  /** Worth offering "try again": the failure may well be gone on the next attempt. */
  get isTransient(): boolean {
    return (
      this.kind === 'timeout' ||
      this.kind === 'network' ||
      this.status === 429 ||
      this.status >= 500
    );
  }

  get isRateLimited(): boolean {
    return this.status === 429;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** Field errors present: the form can show them next to their inputs. */
  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }
}

export function isScalevApiError(value: unknown): value is ScalevApiError {
  return value instanceof Error && (value as { name?: string }).name === 'ScalevApiError';
}
