import type { MockDatabase } from './db.js';

/** Configuration of a mock Scalev API. Every field is optional; see `DEFAULT_OPTIONS` for the defaults. */
export interface MockOptions {
  /** Store `unique_id` served under `/v3/stores/{store_id}`. */
  storeId?: string;
  /** The publishable key `/public/*` routes require in `X-Scalev-Storefront-Api-Key`. */
  storefrontKey?: string;
  /** Origin the mock pretends to be; order, upload and redirect URLs are built on it. */
  apiBase?: string;
  /** Login answers with the OTP challenge branch (`{ message }`) instead of tokens. */
  otpRequired?: boolean;
  /** Access token lifetime, default 900 s. Tests use 1–2 s to force a refresh. */
  accessTtlSeconds?: number;
  /** Refresh token lifetime, default 2 592 000 s (30 days). */
  refreshTtlSeconds?: number;
  /** Added to every answer of `fetch` and of the HTTP server (0 by default). */
  latencyMs?: number;
  /** Pads the catalogue with generated products up to this many items (scale tests). 0 = seed only. */
  itemCount?: number;
  /** E-payment orders expose an empty `pg_payment_info` for their first N reads (polling tests). */
  gatewayPendingReads?: number;
  /**
   * Origins allowed by CORS. `'*'` allows every origin (the answer still names the origin, never `*`).
   * Default: `'*'` for the in-browser mock; the HTTP server defaults to `http(s)://localhost:*` and
   * `http(s)://127.0.0.1:*`. A trailing `:*` matches any port.
   */
  allowedOrigins?: string[] | '*';
  /** Per-client fixed-window bucket; a request over the limit gets a plain-text 429. `null` = unlimited. */
  rateLimit?: { limit: number; windowMs: number } | null;
  /** The CORS preflight lists `X-Scalev-Checkout-Intent-Token` (default true; false reproduces GUIDES §13). */
  allowIntentTokenHeader?: boolean;
  /**
   * Status of field-validation failures at order creation. The contract declares 400; GUIDES §13 saw
   * the runtime answer 422. Default 422, so the kit's field mapping is exercised; 400 tests the other reading.
   */
  fieldErrorStatus?: 400 | 422;
  /** Order replies carry `redirect_url` (default true). False reproduces the rendered reference (D6). */
  includeRedirectUrl?: boolean;
  /** The store's plan includes checkout intents (default true); false answers `403 checkout_intent_not_allowed`. */
  checkoutIntentsAllowed?: boolean;
  /**
   * Base URL of seeded product and courier images. Default `https://picsum.photos/seed`
   * (`…/seed/<name>/600/600`); the HTTP server points it at its own offline SVG placeholders.
   */
  imageBase?: string;
  /** The clock, in ms since the epoch. Tests replace it to expire tokens or windows without waiting. */
  now?: () => number;
}

export type ResolvedMockOptions = Required<MockOptions>;

/** A scripted failure for the next matching request(s). */
export interface FaultRule {
  /** HTTP method to match; any method (except preflight `OPTIONS`) when omitted. */
  method?: string;
  /**
   * Matched against the path after `/v3/stores/{store_id}` (e.g. `'/public/cart/items'`) or against the
   * full pathname. A string may end with `*` to match a prefix.
   */
  path: string | RegExp;
  /** Default `'http'`. */
  kind?: 'http' | 'timeout' | 'offline' | 'malformed' | 'delay';
  /** For `'http'`: status (default 500), body (object → JSON), content type and extra headers. */
  status?: number;
  body?: string | object;
  contentType?: string;
  headers?: Record<string, string>;
  /** Wait before answering: the whole point of `'delay'`, and added before any other kind. */
  delayMs?: number;
  /** How many requests the rule hits, default 1; `Infinity` for every request. */
  times?: number;
}

/** A request as it reached the mock. Header names are lower-case. */
export interface RecordedRequest {
  method: string;
  url: string;
  /** Pathname only. */
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON, or the raw text, or `{ byteLength }` for binary uploads, or `undefined` without a body. */
  body: unknown;
  /** Time of arrival (the mock's clock). */
  at: number;
  /** The fault that answered it instead of the API, when one did. */
  fault?: FaultRule['kind'];
}

/** Extra facts about a request that the `Request` object cannot carry (the browser forbids setting `Origin`). */
export interface RequestContext {
  /** The calling page's origin, for CORS and the password-reset link host. */
  origin?: string | null;
  /** Rate-limit bucket key (the client IP on the HTTP server). */
  clientId?: string;
}

export interface MockScalev {
  /** Live configuration: tests flip `otpRequired`, `latencyMs`, `rateLimit`, … between calls. */
  readonly options: ResolvedMockOptions;
  /**
   * The API itself: exact statuses, headers and envelopes, CORS headers when the request has an origin.
   * No latency or faults (see `fetch`).
   */
  handle(request: Request, context?: RequestContext): Promise<Response>;
  /**
   * `handle` as a drop-in `fetch` for in-browser use. Applies latency and faults (`'timeout'` never
   * resolves until the caller's signal aborts; `'offline'` rejects with `TypeError('Failed to fetch')`;
   * `'malformed'` answers 200 with broken JSON) and emulates the browser's CORS checks: a refused
   * preflight or `credentials: 'include'` rejects like a real cross-origin fetch, and the returned
   * `Response` exposes only safelisted headers plus `Access-Control-Expose-Headers`.
   * URLs outside `apiBase` go to the real `fetch`.
   */
  fetch: typeof fetch;
  faults: { add(rule: FaultRule): void; clear(): void; readonly active: readonly FaultRule[] };
  /** Every request that reached the mock, in order (CORS preflights excluded; see `preflights`). */
  requests: RecordedRequest[];
  /** CORS preflights, kept apart so request counts stay meaningful. */
  preflights: RecordedRequest[];
  /** State and test controls. */
  db: MockDatabase;
  /** Back to the seed: state, recorded requests, faults and rate-limit buckets. Options are kept. */
  reset(): void;
}
