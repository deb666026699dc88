import type { UrlKind } from '../../context/storefront.js';
import { otherParams, readRawParam, routePattern } from '../../ui/url-route.js';

export { routePattern, type RoutePattern } from '../../ui/url-route.js';

/**
 * Where the storefront keeps its route in the page URL, leaving everything else to the host page:
 *
 * - `hash` (default): `#/produk/kopi`. Hashes that do not start with `#/` (anchors such as `#faq`)
 *   belong to the host page and are ignored.
 * - `query`: one query parameter, `?sv=/produk/kopi`; the path, other parameters and the hash stay.
 * - `path`: real paths below `base`, `/toko/produk/kopi`. The server must answer every path below
 *   `base` with the page holding the storefront.
 *
 * A route is a path such as `/`, `/produk/kopi-gayo` or `/akun/orders/12`; its segments stay
 * percent-encoded until the route matcher decodes them.
 */
export type StorefrontRouting = 'hash' | 'query' | 'path';

/** The storefront's routes: `[pattern, name]`. `*` at the end takes any tail (the account's sub-routes). */
export const ROUTE_TABLE = [
  ['/', 'home'],
  ['/produk/:slug', 'product'],
  ['/bundle/:slug', 'bundle'],
  ['/keranjang', 'cart'],
  ['/checkout', 'checkout'],
  ['/pesanan/:secret_slug', 'order'],
  ['/masuk', 'login'],
  ['/akun/*', 'account'],
  ['/reset-password', 'reset-password'],
] as const;

export type StorefrontRouteName = (typeof ROUTE_TABLE)[number][1];

/** The store's URL templates, written in the storefront's own route scheme. */
export const URL_TEMPLATE_ROUTES: Record<UrlKind, string> = {
  product: '/produk/{slug}',
  cart: '/keranjang',
  checkout: '/checkout',
  order: '/pesanan/{secret_slug}',
  account: '/akun',
  login: '/masuk',
};

/** The last path segment of the page Scalev's password-reset emails link to (`/reset-password?token=…`). */
const RESET_PAGE = 'reset-password';

/** Query parameters that live only for one visit and must not be copied into links. */
const VOLATILE_PARAMS = new Set(['token']);

export class StorefrontLocation {
  /** `''` or `/toko` (no trailing slash). */
  readonly base: string;
  /** Query parameter of the account's own sub-route in query mode. */
  readonly accountKey: string;
  private readonly queryPrefix: string;

  constructor(
    readonly mode: StorefrontRouting,
    /** The query parameter holding the route in query mode. */
    readonly key: string,
    base: string,
  ) {
    this.base = normalizeBase(base);
    this.accountKey = `${key}-akun`;
    // Templates are written once: the store rebuilds when they change, so they must not follow
    // every later change of the URL. Links are rebuilt from the current URL when clicked.
    const kept = otherParams(location.search, [this.key, this.accountKey, ...VOLATILE_PARAMS]);
    this.queryPrefix = `${location.pathname}?${kept.map((pair) => `${pair}&`).join('')}${encodeURIComponent(this.key)}=`;
  }

  /** How `<scalev-account>` inside the storefront keeps its sub-route so that both agree. */
  get accountRouting(): { routing: 'hash' | 'query' | 'path'; routeKey: string; base: string } {
    if (this.mode === 'hash') return { routing: 'hash', routeKey: 'akun', base: '' };
    if (this.mode === 'path') return { routing: 'path', routeKey: 'account', base: `${this.base}/akun` };
    return { routing: 'query', routeKey: this.accountKey, base: '' };
  }

  /** The route of the current page URL; null when the URL is about something else (a host anchor). */
  read(): string | null {
    let route: string | null;
    if (this.mode === 'hash') {
      const hash = location.hash;
      if (hash === '' || hash === '#') route = '/';
      else if (hash.startsWith('#/')) route = normalizeRoute(hash.slice(1));
      else return null;
    } else if (this.mode === 'query') {
      const value = readRawParam(location.search, this.key);
      route = value === null ? '/' : normalizeRoute(value);
    } else {
      route = this.routeOfPath(location.pathname) ?? '/';
    }
    // Scalev's reset emails open `<origin>/reset-password?token=…`: a storefront placed on that
    // page shows the new-password form without any route of its own in the URL.
    if (route === '/' && lastSegment(location.pathname) === RESET_PAGE) return `/${RESET_PAGE}`;
    return route;
  }

  /**
   * The storefront route a link points to, or null when the link leaves the storefront (another
   * page, a host anchor, an unknown path): those are left to the browser.
   */
  routeOfLink(rawHref: string): string | null {
    let url: URL;
    try {
      url = new URL(rawHref, location.href);
    } catch {
      return null;
    }
    if (url.origin !== location.origin) return null;
    let route: string | null = null;
    if (this.mode === 'hash') {
      // A relative `#/…` is ours even under a `<base href>` that points elsewhere.
      if (rawHref.startsWith('#/')) route = normalizeRoute(rawHref.slice(1));
      else if (url.pathname === location.pathname && url.search === location.search && url.hash.startsWith('#/')) {
        route = normalizeRoute(url.hash.slice(1));
      }
    } else if (this.mode === 'query') {
      const value = url.pathname === location.pathname ? readRawParam(url.search, this.key) : null;
      if (value !== null) route = normalizeRoute(value);
    } else {
      route = this.routeOfPath(url.pathname);
    }
    return route !== null && isKnownRoute(route) ? route : null;
  }

  /** A same-document URL showing `route`, keeping what belongs to the host page. */
  href(route: string): string {
    const target = normalizeRoute(route);
    const { pathname, search, hash } = location;
    if (this.mode === 'hash') return `${pathname}${search}#${target}`;
    if (this.mode === 'path') return `${this.base}${target}`;
    const kept = otherParams(search, [this.key, this.accountKey]);
    // Written by hand so the route stays readable (`sv=/produk/kopi`): `/` is valid in a query.
    kept.push(`${encodeURIComponent(this.key)}=${target}`);
    return `${pathname}?${kept.join('&')}${hash}`;
  }

  /** A URL template for `<scalev-store>` (`product-url` etc.); `{slug}` placeholders stay as they are. */
  template(kind: UrlKind): string {
    const route = URL_TEMPLATE_ROUTES[kind];
    // Relative, so the browser resolves it against the page's current path and parameters.
    if (this.mode === 'hash') return `#${route}`;
    if (this.mode === 'path') return `${this.base}${route}`;
    return `${this.queryPrefix}${route}`;
  }

  private routeOfPath(pathname: string): string | null {
    if (this.base === '') return normalizeRoute(pathname);
    if (pathname === this.base) return '/';
    if (pathname.startsWith(`${this.base}/`)) return normalizeRoute(pathname.slice(this.base.length));
    return null;
  }
}

/** `toko/` → `/toko`; `''` stays `''`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  return trimmed && !trimmed.startsWith('/') ? `/${trimmed}` : trimmed;
}

/** `produk/kopi/` → `/produk/kopi`; a query or hash inside the route is dropped. */
export function normalizeRoute(route: string): string {
  const path = route.split(/[?#]/)[0] ?? '';
  const trimmed = path.replace(/^\/+|\/+$/g, '').replace(/\/{2,}/g, '/');
  return `/${trimmed}`;
}

function lastSegment(pathname: string): string {
  return pathname.replace(/\/+$/, '').split('/').pop() ?? '';
}

const knownPatterns = ROUTE_TABLE.map(([path]) => routePattern(path));

/** Whether a route names one of the storefront's pages. */
export function isKnownRoute(route: string): boolean {
  return knownPatterns.some((pattern) => pattern.test({ pathname: route }));
}
