import { ScalevApiError } from './errors.js';

/**
 * Which identity layers a route takes (CONTRACT §1.2). The header set is derived from this alone,
 * so no call site can send the wrong header to the wrong route.
 *
 * - `public`: `/public/*` catalog, locations, orders, analytics, auth → storefront key only.
 * - `guest`: guest cart and guest checkout → storefront key + guest token when one exists;
 *   a guest token in the response is stored.
 * - `merge`: `/public/cart/merge` → storefront key + guest token + customer bearer.
 * - `customer`: `/customers/me*` → customer bearer only (the key is not declared there).
 * - `intent`: checkout-intent routes → storefront key (+ `X-Scalev-Checkout-Intent-Token`
 *   passed explicitly by the caller on PATCH).
 * - `prefill`: `/v3/checkout-intents/prefill` → no identity header at all.
 */
export type RouteFamily = 'public' | 'guest' | 'merge' | 'customer' | 'intent' | 'prefill';

export type QueryValue = string | number | boolean | null | undefined | Array<string | number>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path below `/v3/stores/{store_id}` (or below `/v3` for `prefill`). Build it with `path\`…\``. */
  path: string;
  family: RouteFamily;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Overrides the client's default timeout for this call. */
  timeoutMs?: number;
  /**
   * A POST that changes nothing on the server (shipping options, summary, discount check, the
   * idempotent payment route) may be retried after a 429 like a GET. Never set it on order
   * creation or cart writes.
   */
  idempotent?: boolean;
  /**
   * A 2xx answer counts as success whatever its body (conversion relays answer 204 or 202 with
   * any body, GUIDES §13): the body is not parsed and `data` is `undefined`.
   */
  ignoreBody?: boolean;
  /**
   * A refusal (a 4xx other than 401 and 429) is an answer the caller reads by its status alone, such
   * as the checkout's shipping probe without a destination: it is thrown without reading the body,
   * so the failure module does not load for an expected answer.
   */
  statusOnly?: boolean;
}

export interface HttpResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

/** Where the guest token lives; the session layer implements it per store. */
export interface GuestTokenStore {
  get(): string | null;
  set(token: string): void;
}

/** How the customer bearer token is obtained and renewed; the session layer implements it. */
export interface CustomerAuthProvider {
  /** A valid access token, refreshed first when it is known to be expired; null when signed out. */
  getAccessToken(): Promise<string | null>;
  /**
   * Called once after a 401 on a customer route. Returns a fresh token (refreshing single-flight,
   * or taking one another tab already obtained), or null when the session is gone.
   */
  renewAfterUnauthorized(rejectedToken: string): Promise<string | null>;
}

export interface HttpConfig {
  /** Default `https://api.scalev.com`. */
  apiBase: string;
  storeId: string;
  storefrontKey: string;
  /** Default 15 s. */
  timeoutMs?: number;
  /** Retries of a safe request after 429, default 2. */
  maxRateLimitRetries?: number;
  /** Longest wait honoured before a retry; a longer reset fails at once. Default 8 s. */
  maxRetryDelayMs?: number;
  /** Replaces the global `fetch` (tests, or a merchant's instrumentation). */
  fetch?: typeof fetch;
}

export interface RequestEventDetail {
  method: string;
  url: string;
  family: RouteFamily;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** Encodes every interpolated value as one path segment. */
export function path(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  return strings.reduce((out, text, i) => out + encodeURIComponent(String(values[i - 1])) + text);
}

/**
 * The single fetch wrapper of the kit (DESIGN §2). It knows the base URL, the store path and the
 * headers of each route family; it always sends `credentials: 'omit'`; it turns every failure
 * into a `ScalevApiError`; it times out; it waits out a 429 for safe requests; it shares one
 * in-flight promise between identical GETs.
 */
export class ScalevHttp extends EventTarget {
  readonly apiBase: string;
  readonly storeId: string;
  readonly storefrontKey: string;
  guestTokens: GuestTokenStore | null = null;
  customerAuth: CustomerAuthProvider | null = null;

  private readonly timeoutMs: number;
  /** @internal */
  readonly maxRateLimitRetries: number;
  /** @internal */
  readonly maxRetryDelayMs: number;
  private readonly fetchImpl: typeof fetch | undefined;
  private readonly inFlight = new Map<string, Promise<HttpResponse<unknown>>>();

  constructor(config: HttpConfig) {
    super();
    this.apiBase = (config.apiBase || 'https://api.scalev.com').replace(/\/+$/, '');
    this.storeId = config.storeId;
    this.storefrontKey = config.storefrontKey;
    this.timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxRateLimitRetries = config.maxRateLimitRetries ?? 2;
    this.maxRetryDelayMs = config.maxRetryDelayMs ?? 8_000;
    this.fetchImpl = config.fetch;
  }

  /** The origin every token of this store may be sent to, and nowhere else. */
  get apiOrigin(): string {
    try {
      return new URL(this.apiBase).origin;
    } catch {
      return this.apiBase;
    }
  }

  url(opts: Pick<RequestOptions, 'path' | 'family' | 'query'>): string {
    const root =
      opts.family === 'prefill'
        ? `${this.apiBase}/v3`
        : `${this.apiBase}/v3/stores/${encodeURIComponent(this.storeId)}`;
    let url = root + opts.path;
    if (opts.query) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(opts.query)) {
        if (value === undefined || value === null || value === '') continue;
        params.set(key, Array.isArray(value) ? value.join(',') : String(value));
      }
      const qs = params.toString();
      if (qs) url += `?${qs}`;
    }
    return url;
  }

  async request<T>(opts: RequestOptions): Promise<T> {
    return (await this.requestWithMeta<T>(opts)).data;
  }

  async requestWithMeta<T>(opts: RequestOptions): Promise<HttpResponse<T>> {
    const method = opts.method ?? 'GET';
    if (method !== 'GET' || opts.signal) return this.send<T>(opts);
    // Identical GETs in flight share one request: several widgets asking for the same fact at
    // once cost one round trip. A caller-owned signal opts out, so one abort cannot cancel others.
    const identity =
      opts.family === 'customer' || opts.family === 'merge' ? 'customer' : (this.guestTokens?.get() ?? '');
    const key = `${opts.family}|${identity}|${this.url(opts)}`;
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<HttpResponse<T>>;
    const promise = this.send<T>(opts).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  private async send<T>(opts: RequestOptions): Promise<HttpResponse<T>> {
    const method = opts.method ?? 'GET';
    let bearer: string | null = null;
    if (opts.family === 'customer' || opts.family === 'merge') {
      bearer = (await this.customerAuth?.getAccessToken()) ?? null;
      if (!bearer) {
        throw new ScalevApiError({
          kind: 'http',
          status: 401,
          message: 'Not signed in.',
          code: 'not_signed_in',
          method,
          path: opts.path,
        });
      }
    }
    try {
      return await this.attempt<T>(opts, method, bearer);
    } catch (error) {
      // Renewing the token after a 401 and waiting out a 429 live with the failure path's module,
      // which reading the failed answer has already loaded (unless it could not load at all).
      if (!(error instanceof ScalevApiError) || error.kind !== 'http' || (error.status !== 401 && error.status !== 429)) throw error;
      const failure = await import('./error-response.js').catch(() => null);
      if (!failure) throw error;
      return failure.retry(this, opts, error, bearer, (fresh) => this.attempt<T>(opts, method, fresh));
    }
  }

  /** @internal One request, no retry. */
  async attempt<T>(
    opts: RequestOptions,
    method: string,
    bearer: string | null,
  ): Promise<HttpResponse<T>> {
    const url = this.url(opts);
    const headers = new Headers({ Accept: 'application/json' });
    const family = opts.family;
    if (family !== 'customer' && family !== 'prefill') {
      headers.set('X-Scalev-Storefront-Api-Key', this.storefrontKey);
    }
    if (family === 'guest' || family === 'merge') {
      const guest = this.guestTokens?.get();
      if (guest) headers.set('X-Scalev-Guest-Token', guest);
    }
    if (bearer) headers.set('Authorization', `Bearer ${bearer}`);
    let body: string | undefined;
    if (opts.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(opts.body);
    }
    for (const [name, value] of Object.entries(opts.headers ?? {})) headers.set(name, value);

    const timeoutMs = opts.timeoutMs ?? this.timeoutMs;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    if (opts.signal) {
      if (opts.signal.aborted) controller.abort();
      else opts.signal.addEventListener('abort', onAbort, { once: true });
    }
    const meta = { method, path: opts.path };
    this.dispatchEvent(
      new CustomEvent<RequestEventDetail>('request', {
        // The prefill query carries the private `cip_` capability: listeners (logs, metrics) never see it.
        detail: { method, url: family === 'prefill' ? url.split('?')[0]! : url, family },
      }),
    );

    let response: Response;
    let text: string;
    try {
      const doFetch = this.fetchImpl ?? globalThis.fetch.bind(globalThis);
      response = await doFetch(url, {
        method,
        headers,
        body,
        credentials: 'omit',
        mode: 'cors',
        signal: controller.signal,
      });
      text = await response.text();
    } catch (cause) {
      throw new ScalevApiError({
        ...(timedOut
          ? { kind: 'timeout', message: `No answer from the store within ${Math.round(timeoutMs / 1000)} s.` }
          : opts.signal?.aborted
            ? { kind: 'aborted', message: 'Request cancelled.' }
            : { kind: 'network', message: 'Could not reach the store. Check the connection.' }),
        cause,
        ...meta,
      });
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    }

    if (family === 'guest' || family === 'merge') {
      const token = response.headers.get('X-Scalev-Guest-Token');
      if (token) this.guestTokens?.set(token);
    }

    if (!response.ok) {
      const { status } = response;
      const bare = () => new ScalevApiError({ kind: 'http', status, message: response.statusText || `HTTP ${status}`, ...meta });
      if (opts.statusOnly && status < 500 && status !== 401 && status !== 429) throw bare();
      // When the reader cannot load (the site was redeployed meanwhile), the status still says what failed.
      throw await import('./error-response.js').then((failure) => failure.httpError(response, text, meta), bare);
    }

    let data: unknown = undefined;
    if (!opts.ignoreBody && response.status !== 204 && text.trim() !== '') {
      try {
        data = JSON.parse(text);
      } catch (cause) {
        throw new ScalevApiError({
          kind: 'parse',
          status: response.status,
          message: 'The store sent an answer the kit could not read.',
          body: text.slice(0, 500),
          cause,
          ...meta,
        });
      }
    }
    return { data: data as T, status: response.status, headers: response.headers };
  }
}
