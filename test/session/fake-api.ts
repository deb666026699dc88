/**
 * A small stand-in for the Scalev API, limited to what sessions touch: customer auth with
 * refresh rotation and family revocation, one customer route, and the guest-cart token header.
 * It follows CONTRACT §4 and §9 (status codes, 204 bodies, plain-text 429).
 */

export const API_BASE = 'https://api.scalev.test';
export const STORE_ID = 'store_session_demo';
export const STOREFRONT_KEY = 'sfpk_session_demo';
export const CUSTOMER = { email: 'budi@example.com', password: 'rahasia123', otp: '123456' };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface Fault {
  method?: string;
  path: string;
  kind?: 'http' | 'offline' | 'malformed' | 'hang';
  status?: number;
  body?: string;
  contentType?: string;
  times?: number;
}

export interface FakeOptions {
  /** Defaults to `STORE_ID`; tests use a unique one so parallel test pages never share state. */
  storeId?: string;
  accessTtlSeconds?: number;
  refreshTtlSeconds?: number;
  otpRequired?: boolean;
  /** Leave `expires_in` / `refresh_expires_in` out of token answers. */
  omitExpiry?: boolean;
}

interface Family {
  revoked: boolean;
  current: string;
}

export function createFakeApi(options: FakeOptions = {}) {
  const accessTtl = options.accessTtlSeconds ?? 900;
  const refreshTtl = options.refreshTtlSeconds ?? 2_592_000;
  const storeId = options.storeId ?? STORE_ID;
  const requests: RecordedRequest[] = [];
  /** Milliseconds between handling a request and delivering its answer, per path suffix. */
  const delays = new Map<string, number>();
  const faults: Fault[] = [];
  /** access token → expiry (ms) and family */
  const accessTokens = new Map<string, { expiresAt: number; family: Family; revoked: boolean }>();
  /** every refresh token ever issued → its family */
  const refreshTokens = new Map<string, Family>();
  const guestTokens = new Set<string>();
  let serial = 0;
  let lastOtp: string | null = null;

  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
  const noContent = () => new Response(null, { status: 204 });
  const error = (status: number, message: string) => json(status, { error: message, message });

  function issue(family?: Family) {
    serial++;
    const access = `acc_${serial}_${Math.random().toString(36).slice(2, 8)}`;
    const refresh = `ref_${serial}_${Math.random().toString(36).slice(2, 8)}`;
    const fam = family ?? { revoked: false, current: refresh };
    fam.current = refresh;
    refreshTokens.set(refresh, fam);
    accessTokens.set(access, { expiresAt: Date.now() + accessTtl * 1000, family: fam, revoked: false });
    const body: Record<string, unknown> = { access, refresh, token_type: 'Bearer' };
    if (!options.omitExpiry) {
      body.expires_in = accessTtl;
      body.refresh_expires_in = refreshTtl;
    }
    return body;
  }

  function route(method: string, path: string, headers: Headers, body: any): Response {
    const prefix = `/v3/stores/${storeId}`;
    if (!path.startsWith(prefix)) return error(404, 'Store not found');
    const p = path.slice(prefix.length);
    if (p.startsWith('/public/') && headers.get('X-Scalev-Storefront-Api-Key') !== STOREFRONT_KEY) {
      return error(401, 'Invalid storefront key');
    }
    if (method === 'POST' && p === '/public/auth/login') {
      if (body?.email !== CUSTOMER.email || body?.password !== CUSTOMER.password) {
        return error(401, 'Invalid email or password');
      }
      if (options.otpRequired) {
        lastOtp = CUSTOMER.otp;
        return json(200, { message: 'If this email exists in our system, an OTP has been sent to it.' });
      }
      return json(200, issue());
    }
    if (method === 'POST' && p === '/public/auth/otp/verify') {
      if (body?.email !== CUSTOMER.email || !lastOtp || body?.otp !== lastOtp) return error(401, 'Invalid OTP');
      lastOtp = null;
      return json(200, { ...issue(), store_unique_id: storeId });
    }
    if (method === 'POST' && p === '/public/auth/jwt/refresh') {
      const family = refreshTokens.get(body?.refresh);
      if (!family || family.revoked) return error(401, 'Invalid refresh token');
      if (family.current !== body.refresh) {
        // Reuse of a rotated token: the whole family goes.
        family.revoked = true;
        return error(401, 'Refresh token reuse detected');
      }
      return json(200, issue(family));
    }
    if (method === 'POST' && p === '/public/auth/jwt/blacklist') {
      if (!Array.isArray(body?.tokens)) return error(400, 'tokens is required');
      for (const token of body.tokens) {
        const access = accessTokens.get(token);
        if (access) access.revoked = true;
        const family = refreshTokens.get(token);
        if (family) family.revoked = true;
      }
      return noContent();
    }
    if (method === 'POST' && (p === '/public/auth/forget-password' || p === '/public/auth/save-password')) {
      return noContent();
    }
    if (p === '/public/cart' && method === 'GET') {
      let token = headers.get('X-Scalev-Guest-Token');
      if (!token || !guestTokens.has(token)) {
        token = `7e7f8c12-0000-4000-8000-${String(++serial).padStart(12, '0')}`;
        guestTokens.add(token);
      }
      return json(200, { id: 1, item_count: 0, total: '0', items: [] }, { 'X-Scalev-Guest-Token': token });
    }
    if (p === '/customers/me' && method === 'GET') {
      const bearer = /^Bearer (.+)$/.exec(headers.get('Authorization') ?? '')?.[1];
      const access = bearer ? accessTokens.get(bearer) : undefined;
      if (!access || access.revoked || access.family.revoked || access.expiresAt <= Date.now()) {
        return error(401, 'Unauthorized');
      }
      return json(200, { email: CUSTOMER.email, name: 'Budi' });
    }
    return error(404, 'Not found');
  }

  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    let body: unknown = undefined;
    if (typeof init.body === 'string') {
      try {
        body = JSON.parse(init.body);
      } catch {
        body = init.body;
      }
    }
    const recorded: Record<string, string> = {};
    headers.forEach((value, name) => (recorded[name] = value));
    const path = url.pathname;
    requests.push({ method, path, headers: recorded, body });
    await Promise.resolve();

    if (url.origin !== API_BASE) throw new TypeError('Failed to fetch');
    const faultIndex = faults.findIndex((f) => path.endsWith(f.path) && (!f.method || f.method === method));
    if (faultIndex >= 0) {
      const fault = faults[faultIndex]!;
      if (fault.times !== undefined && --fault.times <= 0) faults.splice(faultIndex, 1);
      if (fault.kind === 'offline') throw new TypeError('Failed to fetch');
      if (fault.kind === 'hang') {
        return new Promise((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
        );
      }
      if (fault.kind === 'malformed') {
        return new Response('{"access": "acc_', { status: 200, headers: { 'Content-Type': 'application/json' } });
      }
      return new Response(fault.body ?? JSON.stringify({ error: 'Injected' }), {
        status: fault.status ?? 500,
        headers: { 'Content-Type': fault.contentType ?? 'application/json' },
      });
    }
    const response = route(method, path, headers, body);
    // The server has acted; only the answer is slow.
    for (const [suffix, ms] of delays) {
      if (path.endsWith(suffix)) await new Promise((resolve) => setTimeout(resolve, ms));
    }
    return response;
  };

  return {
    fetch: fetchImpl as typeof fetch,
    requests,
    faults: { add: (fault: Fault) => faults.push(fault) },
    delays,
    db: { lastOtp: () => lastOtp },
    /** Calls to one route, e.g. `calls('/public/auth/jwt/refresh')`. */
    calls: (suffix: string) => requests.filter((r) => r.path.endsWith(suffix)),
    isFamilyRevoked: (refresh: string) => refreshTokens.get(refresh)?.revoked ?? false,
  };
}

export type FakeApi = ReturnType<typeof createFakeApi>;
