import type { ResolvedMockOptions } from '../types.js';

/** What the Storefront API's CORS preflight allows (GUIDES §1), plus the intent header unless switched off. */
export const BASE_ALLOWED_HEADERS = ['X-Scalev-Storefront-Api-Key', 'X-Scalev-Guest-Token', 'Authorization', 'Content-Type'];
export const INTENT_TOKEN_HEADER = 'X-Scalev-Checkout-Intent-Token';
export const EXPOSED_HEADERS = ['X-Scalev-Guest-Token', 'X-Ratelimit-Limit', 'X-Ratelimit-Remaining', 'X-Ratelimit-Reset'];
export const ALLOWED_METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'];
/** Default origins of the HTTP server: any port on localhost and 127.0.0.1. */
export const LOCAL_ORIGINS = ['http://localhost:*', 'https://localhost:*', 'http://127.0.0.1:*', 'https://127.0.0.1:*'];

/** Presigned storage answers any origin, like a bucket CORS rule for browser uploads. */
const STORAGE_PREFIX = '/__uploads/';

export function originAllowed(origin: string | null | undefined, allowed: string[] | '*'): boolean {
  if (!origin) return false;
  if (allowed === '*') return true;
  return allowed.some((entry) => {
    if (entry === origin) return true;
    if (entry.endsWith(':*')) {
      const prefix = entry.slice(0, -2);
      return origin === prefix || (origin.startsWith(`${prefix}:`) && /^\d+$/.test(origin.slice(prefix.length + 1)));
    }
    return false;
  });
}

export function allowedHeaders(options: ResolvedMockOptions): string[] {
  return options.allowIntentTokenHeader ? [...BASE_ALLOWED_HEADERS, INTENT_TOKEN_HEADER] : [...BASE_ALLOWED_HEADERS];
}

function isStorage(path: string): boolean {
  return path.startsWith(STORAGE_PREFIX);
}

/**
 * Headers of an actual (non-preflight) response. The origin is echoed, never `*`, and
 * `Access-Control-Allow-Credentials` is never sent: requests must use `credentials: 'omit'`.
 */
export function responseCorsHeaders(origin: string | null, path: string, options: ResolvedMockOptions): Record<string, string> {
  if (!origin) return {};
  if (isStorage(path)) return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'ETag', Vary: 'Origin' };
  if (!originAllowed(origin, options.allowedOrigins)) return { Vary: 'Origin' };
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
    Vary: 'Origin',
  };
}

/** The answer to `OPTIONS`: 204, with the allow lists only for an allowed origin. */
export function preflightResponse(origin: string | null, path: string, options: ResolvedMockOptions): Response {
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (origin && isStorage(path)) {
    Object.assign(headers, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET, PUT, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '600',
    });
  } else if (origin && originAllowed(origin, options.allowedOrigins)) {
    Object.assign(headers, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': ALLOWED_METHODS.join(', '),
      'Access-Control-Allow-Headers': allowedHeaders(options).join(', '),
      'Access-Control-Max-Age': '600',
    });
  }
  return new Response(null, { status: 204, headers });
}
