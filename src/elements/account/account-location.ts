import type { URLPatternRouteConfig } from '@lit-labs/router';

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
    const kept = search
      .replace(/^\?/, '')
      .split('&')
      .filter((pair) => pair !== '' && decodeParamName(pair) !== this.key);
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

function decodeParamName(pair: string): string {
  const name = pair.split('=')[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** The raw (still percent-encoded per segment) value of a query parameter. */
function readRawParam(search: string, key: string): string | null {
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair || decodeParamName(pair) !== key) continue;
    const index = pair.indexOf('=');
    return index < 0 ? '' : pair.slice(index + 1).replace(/\+/g, ' ');
  }
  return null;
}

/**
 * A route pattern for `@lit-labs/router`'s `Routes` that needs no `URLPattern` (missing in older
 * Safari): `Routes` only calls `test()` and `exec()` with `{ pathname }`. Segments starting with
 * `:` capture one decoded path segment.
 */
export function routePattern(path: string): URLPatternRouteConfig['pattern'] {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) {
        names.push(segment.slice(1));
        return '([^/]+)';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  const expression = new RegExp(`^${source}/?$`);
  const exec = ({ pathname = '' }: { pathname?: string }) => {
    const match = expression.exec(pathname);
    if (!match) return null;
    const groups: Record<string, string> = {};
    names.forEach((name, index) => {
      const raw = match[index + 1] ?? '';
      try {
        groups[name] = decodeURIComponent(raw);
      } catch {
        groups[name] = raw;
      }
    });
    return { pathname: { groups, input: pathname } };
  };
  return { test: (input: { pathname?: string }) => exec(input) !== null, exec } as unknown as URLPatternRouteConfig['pattern'];
}
