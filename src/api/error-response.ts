import { ScalevApiError, type RateLimitInfo } from './errors.js';
import type { HttpResponse, RequestOptions, ScalevHttp } from './http.js';
import type { ApiErrorResponse } from './types.js';

/**
 * The failure path of `ScalevHttp`: reading a non-2xx answer into a `ScalevApiError`. It loads with
 * the first failed request, so pages whose requests succeed never download it. Reading error
 * bodies (`describeErrorBody`) lives here for the same reason.
 */
export function httpError(response: Response, text: string, meta: { method: string; path: string }): ScalevApiError {
  let parsed: unknown = text;
  if (text && (/\bjson\b/i.test(response.headers.get('Content-Type') ?? '') || /^\s*[[{]/.test(text))) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  const { message, code, fieldErrors } = describeErrorBody(parsed);
  const rateLimit = readRateLimit(response.headers);
  return new ScalevApiError({
    kind: 'http',
    status: response.status,
    message: message ?? (response.statusText || `HTTP ${response.status}`),
    code,
    fieldErrors,
    body: parsed,
    rateLimit,
    retryAfterMs: response.status === 429 ? retryDelay(response.headers, rateLimit) : null,
    ...meta,
  });
}

/**
 * After a failed answer: one retry with a fresh customer token after a 401 (a second 401 is final),
 * and up to `maxRateLimitRetries` retries of a safe request after a 429 whose wait is short enough.
 * Any other failure is final.
 */
export async function retry<T>(
  http: ScalevHttp,
  opts: RequestOptions,
  error: ScalevApiError,
  bearer: string | null,
  attempt: (bearer: string | null) => Promise<HttpResponse<T>>,
): Promise<HttpResponse<T>> {
  const safe = (opts.method ?? 'GET') === 'GET' || opts.idempotent === true;
  let rateLimitRetries = 0;
  let renewed = false;
  for (;;) {
    const wait = error.retryAfterMs ?? 1_000;
    if (error.status === 401 && bearer && !renewed && http.customerAuth) {
      renewed = true;
      bearer = await http.customerAuth.renewAfterUnauthorized(bearer);
      if (!bearer) throw error;
    } else if (error.status === 429 && safe && rateLimitRetries < http.maxRateLimitRetries && wait <= http.maxRetryDelayMs) {
      rateLimitRetries++;
      await delay(wait, opts.signal);
    } else {
      throw error;
    }
    try {
      return await attempt(bearer);
    } catch (next) {
      if (!(next instanceof ScalevApiError)) throw next;
      error = next;
    }
  }
}

function readRateLimit(headers: Headers): RateLimitInfo | null {
  const num = (name: string) => {
    const raw = headers.get(name);
    if (raw === null || raw.trim() === '') return null;
    const n = Number(raw);
    return Number.isFinite(n) ? n : null;
  };
  const info = {
    limit: num('X-Ratelimit-Limit'),
    remaining: num('X-Ratelimit-Remaining'),
    reset: num('X-Ratelimit-Reset'),
  };
  return info.limit === null && info.remaining === null && info.reset === null ? null : info;
}

/**
 * `X-Ratelimit-Reset` is a Unix time in seconds (CONTRACT §1.7). Some proxies send seconds-to-wait
 * instead, and `Retry-After` may be present too: a value far below "now" is read as a delay.
 */
function retryDelay(headers: Headers, rateLimit: RateLimitInfo | null): number | null {
  const now = Date.now();
  const reset = rateLimit?.reset;
  if (reset !== null && reset !== undefined) {
    const ms = reset > 1e9 ? reset * 1000 - now : reset * 1000;
    return Math.max(250, Math.ceil(ms));
  }
  const retryAfter = headers.get('Retry-After');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(250, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(250, date - now);
  }
  return null;
}

/** Waits out a 429 before the retry; a cancelled request stops waiting. */
function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const cancelled = () => new ScalevApiError({ kind: 'aborted', message: 'Request cancelled.' });
    if (signal?.aborted) {
      reject(cancelled());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
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
