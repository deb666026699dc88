import type { ApiErrorResponse } from './types.js';

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

/**
 * Reads `ApiErrorResponse` leniently: every field is optional and `error` / `errors` may be a
 * string, number, boolean, array or object (CONTRACT §1.5). Shows `message`, else a string
 * `error`, else the first field message, else nothing (the caller falls back to a generic text).
 */
export function describeErrorBody(body: unknown): {
  message: string | null;
  code: string | null;
  fieldErrors: Record<string, string[]>;
} {
  if (typeof body === 'string') {
    const text = body.trim();
    return { message: text ? text.slice(0, 300) : null, code: null, fieldErrors: {} };
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return { message: null, code: null, fieldErrors: {} };
  }
  const err = body as ApiErrorResponse;
  const fieldErrors: Record<string, string[]> = {};
  collectFieldErrors(err.errors, fieldErrors);
  // Some servers put the field map in `error` instead of `errors`.
  if (err.error && typeof err.error === 'object') collectFieldErrors(err.error, fieldErrors);
  const firstField = Object.values(fieldErrors)[0]?.[0] ?? null;
  const message =
    (typeof err.message === 'string' && err.message.trim()) ||
    (typeof err.error === 'string' && err.error.trim()) ||
    (typeof err.errors === 'string' && err.errors.trim()) ||
    firstField ||
    null;
  const code = typeof err.error_code === 'string' && err.error_code ? err.error_code : null;
  return { message, code, fieldErrors };
}

function collectFieldErrors(source: unknown, into: Record<string, string[]>, prefix = ''): void {
  if (!source || typeof source !== 'object') return;
  if (Array.isArray(source)) {
    // [{ field: 'customer_email', message: 'is invalid' }] or ['message', …]
    for (const entry of source) {
      if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
        const rec = entry as Record<string, unknown>;
        const field = rec['field'] ?? rec['key'] ?? rec['path'] ?? rec['name'];
        const msg = rec['message'] ?? rec['error'] ?? rec['detail'];
        if (typeof field === 'string' && typeof msg === 'string') push(into, prefix + field, msg);
      }
    }
    return;
  }
  for (const [key, value] of Object.entries(source as Record<string, unknown>)) {
    const field = prefix + key;
    if (typeof value === 'string') push(into, field, value);
    else if (Array.isArray(value)) {
      for (const v of value) {
        if (typeof v === 'string') push(into, field, v);
        else if (v && typeof v === 'object') collectFieldErrors(v, into, `${field}.`);
      }
    } else if (value && typeof value === 'object') collectFieldErrors(value, into, `${field}.`);
  }
}

function push(into: Record<string, string[]>, field: string, message: string): void {
  (into[field] ??= []).push(message);
}
