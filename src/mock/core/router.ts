import type { MockDatabase } from '../db.js';
import type { CustomerRecord, TokenRecord } from '../model.js';
import type { ResolvedMockOptions } from '../types.js';

/**
 * Which identity layers a route checks before its handler runs (CONTRACT §1.2):
 * - `public`: storefront key (catalog, locations, orders, analytics, auth);
 * - `guest`: storefront key, optional guest token (cart, guest checkout);
 * - `merge`: storefront key and customer bearer;
 * - `customer`: customer bearer only (the key is not declared on `/customers/me*`);
 * - `intent`: storefront key (the `cit_` header is the handler's business);
 * - `open`: nothing (prefill capability, presigned storage).
 */
export type RouteFamily = 'public' | 'guest' | 'merge' | 'customer' | 'intent' | 'open';

export interface RouteContext {
  readonly method: string;
  readonly url: URL;
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  readonly headers: Headers;
  /** The calling page's origin, when known. */
  readonly origin: string | null;
  /** The mock's clock at arrival. */
  readonly now: number;
  readonly db: MockDatabase;
  readonly options: ResolvedMockOptions;
  readonly rawBody: Uint8Array | null;
  /** The JSON body: `undefined` when empty; a malformed body is a 400. */
  body(): unknown;
  /** Set for `customer` and `merge` routes. */
  customer: CustomerRecord | null;
  session: TokenRecord | null;
}

export type RouteHandler = (ctx: RouteContext) => Response | Promise<Response>;

export interface Route {
  method: string;
  /** Below `/v3/stores/{store_id}` unless `absolute`; `:name` captures one segment, a final `*name` the rest. */
  pattern: string;
  family: RouteFamily;
  absolute?: boolean;
  handler: RouteHandler;
}

interface CompiledRoute extends Route {
  segments: string[];
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(route: Route): void {
    this.routes.push({ ...route, segments: split(route.pattern) });
  }

  /** Finds the route for a method and a path (relative for store routes, absolute otherwise). */
  match(method: string, path: string, absolute: boolean): RouteMatch | null {
    const parts = split(path);
    for (const route of this.routes) {
      if (Boolean(route.absolute) !== absolute || route.method !== method) continue;
      const params = matchSegments(route.segments, parts);
      if (params) return { route, params };
    }
    return null;
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const seg = pattern[i]!;
    if (seg.startsWith('*')) {
      if (i >= parts.length) return null;
      params[seg.slice(1)] = parts.slice(i).map(safeDecode).join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    if (seg.startsWith(':')) params[seg.slice(1)] = safeDecode(part);
    else if (seg !== part) return null;
  }
  return parts.length === pattern.length ? params : null;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
