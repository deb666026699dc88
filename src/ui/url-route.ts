/**
 * Pieces shared by the elements that keep a route in the host page's URL (`<scalev-account>`,
 * `<scalev-storefront>`): reading one query parameter without touching the others, and route
 * patterns for `@lit-labs/router` that need no `URLPattern` (missing in older Safari).
 */

/** The part of `URLPattern` that `@lit-labs/router`'s `Routes` uses. */
export interface RoutePattern {
  test(input: { pathname?: string }): boolean;
  exec(input: { pathname?: string }): { pathname: { groups: Record<string, string>; input: string } } | null;
}

/**
 * `:name` captures one decoded segment; a final `*` matches the rest (or nothing). `Routes` only
 * calls `test()` and `exec()` with `{ pathname }`.
 */
export function routePattern(path: string): RoutePattern {
  const names: string[] = [];
  let tail = false;
  const segments = path.split('/').filter(Boolean);
  const source = segments
    .map((segment) => {
      if (segment === '*') {
        tail = true;
        return '';
      }
      if (segment.startsWith(':')) {
        names.push(segment.slice(1));
        return '/([^/]+)';
      }
      return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    })
    .join('');
  const expression = new RegExp(`^${source}${tail ? '(?:/.*)?' : ''}${source === '' && !tail ? '/' : '/?'}$`);
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
  return { test: (input) => exec(input) !== null, exec };
}

export function decodeParamName(pair: string): string {
  const name = pair.split('=')[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** The `name=value` pairs of `search` except the given names, untouched. */
export function otherParams(search: string, drop: readonly string[]): string[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !drop.includes(decodeParamName(pair)));
}

/** The value of a query parameter with its `%2F`-style escapes decoded but each segment still encoded. */
export function readRawParam(search: string, key: string): string | null {
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair || decodeParamName(pair) !== key) continue;
    const index = pair.indexOf('=');
    if (index < 0) return '';
    const raw = pair.slice(index + 1).replace(/\+/g, ' ');
    // `%2F` written by a URL builder means `/`; other escapes stay for the matcher.
    return raw.replace(/%2F/gi, '/');
  }
  return null;
}
