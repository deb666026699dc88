import { ScalevApiError, describeErrorBody, type RateLimitInfo } from './errors.js';

/**
 * The failure path of `ScalevHttp`: reading a non-2xx answer into a `ScalevApiError`. It loads with
 * the first failed request, so pages whose requests succeed never download it.
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
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
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
