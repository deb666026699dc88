import { LOCAL_ORIGINS, preflightResponse, responseCorsHeaders } from './core/cors.js';
import { FaultBook, faultPaths } from './core/faults.js';
import { ApiError, badRequest, errorResponse, json, storeNotFound, text } from './core/http.js';
import { RateLimiter } from './core/rate-limit.js';
import { Router, type RouteContext } from './core/router.js';
import { MockDatabase } from './db.js';
import { createMockFetch } from './fetch.js';
import { registerAccount } from './routes/account.js';
import { registerAnalytics } from './routes/analytics.js';
import { registerAuth } from './routes/auth.js';
import { registerCart } from './routes/cart.js';
import { registerCatalog } from './routes/catalog.js';
import { registerGuestCheckout } from './routes/checkout.js';
import { registerCourses } from './routes/courses.js';
import { registerCustomerCheckout } from './routes/customer-checkout.js';
import { registerCustomerOrders } from './routes/customer-orders.js';
import { registerIntents } from './routes/intents.js';
import { registerLocations } from './routes/locations.js';
import { registerOrders } from './routes/orders.js';
import { registerSubscriptions } from './routes/subscriptions.js';
import { authenticate } from './services/tokens.js';
import type { FaultRule, MockOptions, MockScalev, RecordedRequest, RequestContext, ResolvedMockOptions } from './types.js';

export const DEMO_STORE_ID = 'store_demo_nusantara';
export const DEMO_STOREFRONT_KEY = 'sfpk_demo_nusantara_public';
export const DEMO_API_BASE = 'https://api.scalev.test';

export const DEFAULT_OPTIONS: ResolvedMockOptions = {
  storeId: DEMO_STORE_ID,
  storefrontKey: DEMO_STOREFRONT_KEY,
  apiBase: DEMO_API_BASE,
  otpRequired: false,
  accessTtlSeconds: 900,
  refreshTtlSeconds: 2_592_000,
  latencyMs: 0,
  itemCount: 0,
  gatewayPendingReads: 0,
  allowedOrigins: '*',
  rateLimit: null,
  allowIntentTokenHeader: true,
  fieldErrorStatus: 422,
  includeRedirectUrl: true,
  checkoutIntentsAllowed: true,
  imageBase: 'https://picsum.photos/seed',
  now: () => Date.now(),
};

export { LOCAL_ORIGINS };

/** A request as the dispatcher sees it, whichever adapter (fetch, `handle`, HTTP server) it came from. */
export interface InboundRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: Uint8Array | null;
  origin: string | null;
  clientId: string;
}

function buildRouter(): Router {
  const router = new Router();
  registerCatalog(router);
  registerLocations(router);
  registerCart(router);
  registerGuestCheckout(router);
  registerOrders(router);
  registerAnalytics(router);
  registerIntents(router);
  registerAuth(router);
  registerAccount(router);
  registerCustomerCheckout(router);
  registerCustomerOrders(router);
  registerSubscriptions(router);
  registerCourses(router);
  return router;
}

const STORE_PATH = /^\/v3\/stores\/([^/]+)(\/.*)?$/;

/**
 * The mock API. `dispatch` is the API proper; `fetch` and the HTTP server wrap it with latency, faults
 * and (for `fetch`) the browser's CORS checks.
 */
export class MockScalevImpl implements MockScalev {
  readonly options: ResolvedMockOptions;
  readonly db: MockDatabase;
  readonly requests: RecordedRequest[] = [];
  readonly preflights: RecordedRequest[] = [];
  readonly fetch: typeof fetch;
  readonly faultBook = new FaultBook();
  readonly faults: MockScalev['faults'];
  private readonly router = buildRouter();
  private readonly limiter = new RateLimiter();

  constructor(options: MockOptions = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...stripUndefined(options) };
    this.db = new MockDatabase(this.options);
    const book = this.faultBook;
    this.faults = {
      add: (rule: FaultRule) => book.add(rule),
      clear: () => book.clear(),
      get active() {
        return book.active;
      },
    };
    this.fetch = createMockFetch(this);
  }

  reset(): void {
    this.db.seed();
    this.requests.length = 0;
    this.preflights.length = 0;
    this.faultBook.clear();
    this.limiter.clear();
  }

  async handle(request: Request, context: RequestContext = {}): Promise<Response> {
    const method = request.method.toUpperCase();
    const body = method === 'GET' || method === 'HEAD' ? null : new Uint8Array(await request.arrayBuffer());
    return this.dispatch({
      method,
      url: new URL(request.url),
      headers: new Headers(request.headers),
      body: body && body.byteLength > 0 ? body : null,
      origin: context.origin ?? request.headers.get('Origin'),
      clientId: context.clientId ?? 'browser',
    });
  }

  /** Records a request that a fault answered instead of the API. */
  recordFault(req: InboundRequest, fault: FaultRule['kind']): void {
    (req.method === 'OPTIONS' ? this.preflights : this.requests).push(this.describe(req, fault ?? 'http'));
  }

  async dispatch(req: InboundRequest): Promise<Response> {
    const path = req.url.pathname;
    if (req.method === 'OPTIONS') {
      this.preflights.push(this.describe(req));
      return preflightResponse(req.origin, path, this.options);
    }
    this.requests.push(this.describe(req));
    let limitHeaders: Record<string, string> = {};
    const limit = this.options.rateLimit;
    let response: Response;
    if (limit && path.startsWith('/v3/')) {
      const result = this.limiter.hit(req.clientId, limit.limit, limit.windowMs, this.options.now());
      limitHeaders = result.headers;
      if (!result.allowed) {
        response = text(429, 'Too many requests');
        return this.finish(response, req, limitHeaders);
      }
    }
    try {
      response = await this.route(req);
    } catch (error) {
      if (error instanceof ApiError) response = errorResponse(error);
      else {
        console.error('[scalev mock] unexpected error', error);
        response = json(500, { error: 'Internal server error', error_code: 'internal_error' });
      }
    }
    return this.finish(response, req, limitHeaders);
  }

  private finish(response: Response, req: InboundRequest, extra: Record<string, string>): Response {
    const headers = { ...extra, ...responseCorsHeaders(req.origin, req.url.pathname, this.options) };
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  }

  private async route(req: InboundRequest): Promise<Response> {
    const pathname = req.url.pathname;
    // Options are live: the store identity follows them.
    this.db.store.uniqueId = this.options.storeId;
    this.db.store.storefrontKey = this.options.storefrontKey;
    const storeMatch = STORE_PATH.exec(pathname);
    const match = storeMatch
      ? this.router.match(req.method, storeMatch[2] ?? '/', false)
      : this.router.match(req.method, pathname, true);
    if (!match) throw new ApiError(404, { error: 'Not Found', error_code: 'route_not_found' });
    const { route, params } = match;
    const db = this.db;
    const ctx: RouteContext = {
      method: req.method,
      url: req.url,
      params,
      query: req.url.searchParams,
      headers: req.headers,
      origin: req.origin,
      now: this.options.now(),
      db,
      options: this.options,
      rawBody: req.body,
      body: memoBody(req.body),
      customer: null,
      session: null,
    };
    if (storeMatch) {
      const storeId = safeDecode(storeMatch[1]!);
      if (storeId !== db.store.uniqueId) throw storeNotFound();
      if (route.family !== 'customer' && route.family !== 'open') {
        // A business key, a page key or a wrong key all get the same 404 as an unknown store (GUIDES §1).
        if (req.headers.get('X-Scalev-Storefront-Api-Key') !== db.store.storefrontKey) throw storeNotFound();
      }
      if (route.family === 'customer' || route.family === 'merge') {
        const { customer, session } = authenticate(db, req.headers.get('Authorization'));
        ctx.customer = customer;
        ctx.session = session;
      }
    }
    return route.handler(ctx);
  }

  private describe(req: InboundRequest, fault?: RecordedRequest['fault']): RecordedRequest {
    const headers: Record<string, string> = {};
    req.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const record: RecordedRequest = {
      method: req.method,
      url: req.url.href,
      path: req.url.pathname,
      headers,
      body: describeBody(req.body, headers['content-type'] ?? ''),
      at: this.options.now(),
    };
    if (fault) record.fault = fault;
    return record;
  }

  /** The fault for a request, if any rule matches (counted as used). */
  takeFault(method: string, url: URL): FaultRule | null {
    return this.faultBook.take(method, faultPaths(url.pathname));
  }
}

function memoBody(raw: Uint8Array | null): () => unknown {
  let parsed = false;
  let value: unknown;
  return () => {
    if (!parsed) {
      parsed = true;
      const textValue = raw ? new TextDecoder().decode(raw) : '';
      if (textValue.trim() === '') value = undefined;
      else {
        try {
          value = JSON.parse(textValue);
        } catch {
          parsed = false;
          throw badRequest('Malformed JSON body', undefined, 'malformed_json');
        }
      }
    }
    return value;
  };
}

function describeBody(raw: Uint8Array | null, contentType: string): unknown {
  if (!raw || raw.byteLength === 0) return undefined;
  if (/^(image|application\/octet-stream)/i.test(contentType)) return { byteLength: raw.byteLength };
  const value = new TextDecoder().decode(raw);
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function stripUndefined(options: MockOptions): MockOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as MockOptions;
}
