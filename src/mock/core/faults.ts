import type { FaultRule } from '../types.js';
import { json, text } from './http.js';

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
}

/** Scripted failures, consumed in the order they were added. */
export class FaultBook {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    const times = rule.times ?? 1;
    if (!(times > 0)) return;
    this.rules.push({ rule: { ...rule }, remaining: times });
  }

  clear(): void {
    this.rules = [];
  }

  get active(): FaultRule[] {
    return this.rules.map((r) => r.rule);
  }

  /**
   * The first rule matching the request, counted as used. `paths` are the candidates a rule path is
   * compared with: the full pathname and, for store routes, the part after `/v3/stores/{store_id}`.
   */
  take(method: string, paths: string[]): FaultRule | null {
    for (const active of this.rules) {
      const wanted = active.rule.method?.toUpperCase();
      if (wanted ? wanted !== method : method === 'OPTIONS') continue;
      if (!paths.some((p) => pathMatches(active.rule.path, p))) continue;
      active.remaining--;
      if (active.remaining <= 0) this.rules = this.rules.filter((r) => r !== active);
      return active.rule;
    }
    return null;
  }
}

function pathMatches(pattern: string | RegExp, path: string): boolean {
  if (pattern instanceof RegExp) {
    pattern.lastIndex = 0;
    return pattern.test(path);
  }
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** The candidate paths of a URL for fault matching. */
export function faultPaths(pathname: string): string[] {
  const match = /^\/v3\/stores\/[^/]+(\/.*)$/.exec(pathname);
  return match ? [pathname, match[1]!] : [pathname];
}

/** Body of a `'malformed'` fault: a 200 that promises JSON and breaks off mid-value. */
export const MALFORMED_BODY = '{"data": [{"id": 1, "name": "Kopi';

export function faultResponse(rule: FaultRule): Response {
  if (rule.kind === 'malformed') return text(200, MALFORMED_BODY, 'application/json; charset=utf-8');
  const status = rule.status ?? 500;
  const headers = rule.headers ?? {};
  if (status === 204 || status === 304) return new Response(null, { status, headers });
  if (rule.body === undefined) return json(status, { error: 'Internal server error' }, headers);
  if (typeof rule.body === 'string') return text(status, rule.body, rule.contentType ?? 'text/plain; charset=utf-8', headers);
  const response = json(status, rule.body, headers);
  if (rule.contentType) response.headers.set('Content-Type', rule.contentType);
  return response;
}
