import { otherParams, readRawParam } from '../../ui/url-route.js';

export { routePattern } from '../../ui/url-route.js';

/**
 * Where the account's sub-view lives in the page URL, without touching anything else of it:
 *
 * - `query` (default): one query parameter, `?account=orders/0190…`. The path, the other
 *   parameters and the hash (the host page's anchors and hash router) stay as they are.
 * - `hash`: a namespaced hash, `#/account/orders/0190…`. Hashes that do not start with
 *   `#/<key>` belong to the host page (anchors such as `#faq`) and are ignored.
 * - `path`: a path below `base`, `/akun/orders/0190…`. The server must answer every path below
 *   `base` with the page holding the element.
 *
 * A sub-route is a string such as `''` (the start view), `orders`, `orders/<id>`; every segment is
 * percent-encoded on the way out and decoded by the route matcher.
 */
export type RoutingMode = 'query' | 'hash' | 'path';

export class AccountLocation {
  constructor(
    readonly mode: RoutingMode,
    /** The query parameter (query mode) or hash namespace (hash mode). */
    readonly key: string,
    /** The path the account lives at (path mode). */
    readonly base: string,
  ) {}

  /** The sub-route in the current URL; null when the URL is about something else (a host anchor). */
  read(): string | null {
    if (this.mode === 'hash') {
      const hash = location.hash;
      if (hash === '' || hash === '#') return '';
      const prefix = `#/${this.key}`;
      if (hash === prefix) return '';
      if (hash.startsWith(`${prefix}/`)) return trimSlashes(hash.slice(prefix.length));
      return null;
    }
    if (this.mode === 'path') {
      const base = this.basePath();
      const current = location.pathname;
      if (current === base || current === `${base}/`) return '';
      if (base === '' || current.startsWith(`${base}/`)) return trimSlashes(current.slice(base.length));
      return '';
    }
    return trimSlashes(readRawParam(location.search, this.key) ?? '');
  }

  /** A same-document URL showing `route`, keeping everything of the current URL that is not ours. */
  href(route: string): string {
    const sub = encodeRoute(route);
    const { pathname, search, hash } = location;
    if (this.mode === 'hash') return `${pathname}${search}#/${this.key}${sub ? `/${sub}` : ''}`;
    if (this.mode === 'path') return `${this.basePath()}${sub ? `/${sub}` : '/'}`;
    const kept = otherParams(search, [this.key]);
    // Written by hand so the route stays readable (`account=orders/12`): `/` is valid in a query.
    if (sub) kept.push(`${encodeURIComponent(this.key)}=${sub}`);
    return `${pathname}${kept.length ? `?${kept.join('&')}` : ''}${hash}`;
  }

  private basePath(): string {
    const base = this.base.trim().replace(/\/+$/, '');
    return base && !base.startsWith('/') ? `/${base}` : base;
  }
}

function trimSlashes(value: string): string {
  return value.replace(/^\/+|\/+$/g, '');
}

function encodeRoute(route: string): string {
  return trimSlashes(route)
    .split('/')
    .filter(Boolean)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
