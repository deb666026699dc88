import { aTimeout, expect } from '@open-wc/testing';
import { DEMO_API_BASE, DEMO_STOREFRONT_KEY, MALFORMED_BODY, createMockScalev, type MockScalev } from '../../src/mock/index.js';
import { STORE_BASE, call } from './helpers.js';

const KEY = { 'X-Scalev-Storefront-Api-Key': DEMO_STOREFRONT_KEY };

describe('mock fetch: browser CORS emulation', () => {
  let mock: MockScalev;
  beforeEach(() => {
    mock = createMockScalev();
  });

  it('runs on another origin than the API (so the emulation applies)', () => {
    expect(location.origin).not.to.equal(new URL(DEMO_API_BASE).origin);
  });

  it('exposes the guest token and rate-limit headers, and hides the rest', async () => {
    mock.options.rateLimit = { limit: 50, windowMs: 60_000 };
    const response = await mock.fetch(`${STORE_BASE}/public/cart`, { headers: KEY });
    expect(response.headers.get('X-Scalev-Guest-Token')).to.match(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('X-Ratelimit-Limit')).to.equal('50');
    expect(response.headers.get('Content-Type')).to.match(/^application\/json/);
    // Present on the wire, but not readable by a cross-origin page.
    expect(response.headers.get('Vary')).to.equal(null);
    expect(response.headers.get('Access-Control-Allow-Origin')).to.equal(null);
    const direct = await mock.handle(new Request(`${STORE_BASE}/public/cart`, { headers: KEY }), { origin: location.origin });
    expect(direct.headers.get('Access-Control-Allow-Origin')).to.equal(location.origin);
    expect(direct.headers.get('Access-Control-Allow-Credentials')).to.equal(null);
  });

  it('preflights non-simple requests and keeps them out of the request log', async () => {
    await call(mock, 'GET', '/public/categories');
    expect(mock.preflights).to.have.length(1);
    expect(mock.preflights[0]!.headers['access-control-request-headers']).to.equal('x-scalev-storefront-api-key');
    expect(mock.requests.map((r) => r.method)).to.deep.equal(['GET']);
  });

  it('rejects credentials: include like a browser would (no Allow-Credentials)', async () => {
    let error: unknown;
    try {
      await mock.fetch(`${STORE_BASE}/public/categories`, { headers: KEY, credentials: 'include' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
  });

  it('rejects an origin that is not allowed', async () => {
    mock.options.allowedOrigins = ['https://toko.example'];
    let error: unknown;
    try {
      await mock.fetch(`${STORE_BASE}/public/categories`, { headers: KEY });
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).to.equal('Failed to fetch');
  });

  it('allows the intent header by default and refuses it when the preflight omits it (GUIDES §13)', async () => {
    const patch = () =>
      mock.fetch(`${STORE_BASE}/public/checkout-intents/00000000-0000-4000-8000-000000000000`, {
        method: 'PATCH',
        headers: { ...KEY, 'Content-Type': 'application/json', 'X-Scalev-Checkout-Intent-Token': 'cit_x' },
        body: JSON.stringify({ sequence: 1 }),
      });
    expect((await patch()).status).to.equal(404);
    mock.options.allowIntentTokenHeader = false;
    let error: unknown;
    try {
      await patch();
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
  });

  it('passes URLs outside the API base to the real fetch', async () => {
    const response = await mock.fetch(new URL('/__mock_test_missing__', location.origin).href);
    expect(mock.requests).to.have.length(0);
    expect(response.status).to.equal(404);
  });
});

describe('mock faults', () => {
  let mock: MockScalev;
  beforeEach(() => {
    mock = createMockScalev();
  });

  it('answers a scripted HTTP error once, then the API again', async () => {
    mock.faults.add({ path: '/public/categories', status: 503, body: { error: 'Maintenance' } });
    const failed = await call(mock, 'GET', '/public/categories');
    expect(failed.status).to.equal(503);
    expect(failed.data).to.deep.equal({ error: 'Maintenance' });
    expect((await call(mock, 'GET', '/public/categories')).status).to.equal(200);
    expect(mock.requests.map((r) => r.fault)).to.deep.equal(['http', undefined]);
  });

  it('serves a plain-text 429 with headers from a rule', async () => {
    mock.faults.add({ method: 'POST', path: '/public/checkout', status: 429, body: 'Too many requests', headers: { 'X-Ratelimit-Reset': '1700000000' } });
    const reply = await call(mock, 'POST', '/public/checkout', { body: {} });
    expect(reply.status).to.equal(429);
    expect(reply.headers.get('Content-Type')).to.match(/^text\/plain/);
    expect(reply.text).to.equal('Too many requests');
    expect(reply.headers.get('X-Ratelimit-Reset')).to.equal('1700000000');
  });

  it('matches by method, regular expression, prefix and full pathname, for `times` requests', async () => {
    mock.faults.add({ method: 'POST', path: /categories$/, status: 500 });
    expect((await call(mock, 'GET', '/public/categories')).status, 'method differs').to.equal(200);
    mock.faults.add({ path: /categories$/, status: 502, times: 2 });
    mock.faults.add({ path: '/v3/stores/store_demo_nusantara/public/items/count', status: 504 });
    mock.faults.add({ path: '/public/locations/*', status: 418 });
    expect((await call(mock, 'GET', '/public/categories')).status).to.equal(502);
    expect((await call(mock, 'GET', '/public/categories')).status).to.equal(502);
    expect((await call(mock, 'GET', '/public/categories')).status).to.equal(200);
    expect((await call(mock, 'GET', '/public/items/count')).status).to.equal(504);
    expect((await call(mock, 'GET', '/public/locations/provinces')).status).to.equal(418);
    mock.faults.add({ path: '/public/categories', status: 500, times: Infinity });
    for (let i = 0; i < 3; i++) expect((await call(mock, 'GET', '/public/categories')).status).to.equal(500);
    mock.faults.clear();
    expect((await call(mock, 'GET', '/public/categories')).status).to.equal(200);
  });

  it("'offline' rejects with TypeError('Failed to fetch')", async () => {
    mock.faults.add({ path: '/public/categories', kind: 'offline' });
    let error: unknown;
    try {
      await call(mock, 'GET', '/public/categories');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect((error as Error).message).to.equal('Failed to fetch');
  });

  it("'timeout' never answers until the caller aborts", async () => {
    mock.faults.add({ path: '/public/categories', kind: 'timeout' });
    const controller = new AbortController();
    let settled: 'resolved' | 'rejected' | null = null;
    const pending = mock.fetch(`${STORE_BASE}/public/categories`, { headers: KEY, signal: controller.signal }).then(
      () => (settled = 'resolved'),
      (e: unknown) => {
        settled = 'rejected';
        return e;
      },
    );
    await aTimeout(60);
    expect(settled).to.equal(null);
    controller.abort();
    const reason = await pending;
    expect(settled).to.equal('rejected');
    expect((reason as DOMException).name).to.equal('AbortError');
  });

  it("'malformed' answers 200 with JSON that does not parse", async () => {
    mock.faults.add({ path: '/public/categories', kind: 'malformed' });
    const response = await mock.fetch(`${STORE_BASE}/public/categories`, { headers: KEY });
    expect(response.status).to.equal(200);
    expect(response.headers.get('Content-Type')).to.match(/json/);
    const body = await response.text();
    expect(body).to.equal(MALFORMED_BODY);
    expect(() => JSON.parse(body)).to.throw(SyntaxError);
  });

  it("'delay' holds the answer, and latencyMs delays every answer", async () => {
    mock.faults.add({ path: '/public/categories', kind: 'delay', delayMs: 80 });
    let done = false;
    const pending = call(mock, 'GET', '/public/categories').then((r) => {
      done = true;
      return r;
    });
    await aTimeout(20);
    expect(done).to.equal(false);
    expect((await pending).status).to.equal(200);

    mock.options.latencyMs = 80;
    done = false;
    const slow = call(mock, 'GET', '/public/items/count').then((r) => {
      done = true;
      return r;
    });
    await aTimeout(20);
    expect(done).to.equal(false);
    expect((await slow).data.total).to.be.greaterThan(0);
  });

  it('can fail the CORS preflight itself', async () => {
    mock.faults.add({ method: 'OPTIONS', path: '/public/checkout-intents', kind: 'offline' });
    let error: unknown;
    try {
      await call(mock, 'POST', '/public/checkout-intents', { body: {} });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect(mock.requests).to.have.length(0);
    expect(mock.preflights[0]!.fault).to.equal('offline');
  });
});

describe('mock rate limiting (CONTRACT §1.7)', () => {
  it('answers a plain-text 429 over the limit, with X-Ratelimit-* on every answer', async () => {
    let now = Date.parse('2026-03-01T00:00:00Z');
    const mock = createMockScalev({ rateLimit: { limit: 2, windowMs: 10_000 }, now: () => now });
    const first = await call(mock, 'GET', '/public/items/count');
    expect(first.status).to.equal(200);
    expect(first.headers.get('X-Ratelimit-Remaining')).to.equal('1');
    expect(first.headers.get('X-Ratelimit-Reset')).to.equal(String(Math.ceil((now + 10_000) / 1000)));
    expect((await call(mock, 'GET', '/public/categories')).headers.get('X-Ratelimit-Remaining')).to.equal('0');
    const limited = await call(mock, 'GET', '/public/items/count');
    expect(limited.status).to.equal(429);
    expect(limited.headers.get('Content-Type')).to.match(/^text\/plain/);
    expect(limited.text).to.equal('Too many requests');
    expect(limited.headers.get('X-Ratelimit-Limit')).to.equal('2');
    now += 10_000;
    expect((await call(mock, 'GET', '/public/items/count')).status).to.equal(200);
  });

  it('sends no rate-limit headers when no limit is configured', async () => {
    const mock = createMockScalev();
    expect((await call(mock, 'GET', '/public/items/count')).headers.get('X-Ratelimit-Limit')).to.equal(null);
  });
});

describe('mock reset', () => {
  it('returns state, requests and faults to the seed and keeps options', async () => {
    const mock = createMockScalev({ latencyMs: 0, otpRequired: true });
    const cart = await call(mock, 'GET', '/public/cart');
    mock.faults.add({ path: '/public/categories', status: 500 });
    mock.db.setStock(494535, 0);
    mock.reset();
    expect(mock.requests).to.have.length(0);
    expect(mock.faults.active).to.have.length(0);
    expect(mock.db.guestCarts.has(cart.headers.get('X-Scalev-Guest-Token')!)).to.equal(false);
    expect(mock.db.variants.get(494535)!.stock).to.equal(40);
    expect(mock.options.otpRequired).to.equal(true);
  });
});
