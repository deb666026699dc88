/**
 * Failure paths of the fetch wrapper as the route modules meet them: error bodies, 429 with a
 * plain-text body and its retry rules, timeouts, offline, malformed JSON, aborts, in-flight dedupe
 * and the single renewal after a 401. Layer 1: a recording fetch stands in for the network.
 */
import { expect } from '@open-wc/testing';
import * as analytics from '../../src/api/analytics.js';
import * as cart from '../../src/api/cart.js';
import * as catalog from '../../src/api/catalog.js';
import * as checkout from '../../src/api/checkout.js';
import { ScalevApiError } from '../../src/api/errors.js';
import { ScalevHttp, type CustomerAuthProvider } from '../../src/api/http.js';
import * as account from '../../src/api/account.js';
import * as intents from '../../src/api/intents.js';
import * as orders from '../../src/api/orders.js';
import * as f from './fixtures.js';
import { json, never, recordingFetch, text, type RecordedRequest, type Responder } from './recording-fetch.js';

function wired(responder: Responder, config: { timeoutMs?: number; maxRetryDelayMs?: number } = {}) {
  const recorder = recordingFetch(responder);
  const http = new ScalevHttp({
    apiBase: f.API_BASE,
    storeId: f.STORE_ID,
    storefrontKey: f.STOREFRONT_KEY,
    fetch: recorder.fetch,
    ...config,
  });
  let token: string | null = f.GUEST_TOKEN;
  http.guestTokens = { get: () => token, set: (next) => (token = next) };
  return { http, requests: recorder.requests };
}

async function rejection(promise: Promise<unknown>): Promise<ScalevApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ScalevApiError);
    return error as ScalevApiError;
  }
  throw new Error('expected the call to fail');
}

const minimalOrder = { customer_name: 'Budi', customer_email: 'budi@example.com', payment_method: 'bank_transfer' };

describe('API errors', () => {
  it('reads a JSON error body into status, message and code', async () => {
    const { http } = wired(() => json(404, { error: 'Store not found', error_code: 'store_not_found' }));
    const error = await rejection(catalog.getProduct(http, 'missing'));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.equal('Store not found');
    expect(error.code).to.equal('store_not_found');
    expect(error.isNotFound).to.equal(true);
    expect(error.path).to.equal('/public/products/missing');
  });

  it('exposes 422 field errors under the request field names', async () => {
    const { http } = wired(() =>
      json(422, { message: 'Validation failed', errors: { customer_email: ['is invalid'], 'customer.phone': ["can't be blank"] } }),
    );
    const error = await rejection(checkout.createOrder(http, minimalOrder));
    expect(error.status).to.equal(422);
    expect(error.message).to.equal('Validation failed');
    expect(error.hasFieldErrors).to.equal(true);
    expect(error.fieldErrors).to.deep.equal({ customer_email: ['is invalid'], 'customer.phone': ["can't be blank"] });
  });

  it('turns a 2xx with malformed JSON into a parse error, not a crash', async () => {
    const { http } = wired(() => new Response('{"data": [', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const error = await rejection(catalog.listCategories(http));
    expect(error.kind).to.equal('parse');
    expect(error.status).to.equal(200);
  });

  it('reports an offline network as kind "network"', async () => {
    const { http } = wired(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await rejection(cart.getCart(http));
    expect(error.kind).to.equal('network');
    expect(error.status).to.equal(0);
    expect(error.isTransient).to.equal(true);
  });

  it('times out a request that never answers', async () => {
    const { http } = wired(() => never(), { timeoutMs: 60 });
    const error = await rejection(orders.getOrder(http, f.SECRET_SLUG));
    expect(error.kind).to.equal('timeout');
  });

  it('reports a caller abort as kind "aborted", before and during the request', async () => {
    const { http } = wired(() => never());
    const before = new AbortController();
    before.abort();
    expect((await rejection(catalog.countItems(http, before.signal))).kind).to.equal('aborted');

    const during = new AbortController();
    const pending = orders.getOrder(http, f.SECRET_SLUG, during.signal);
    await Promise.resolve();
    during.abort();
    expect((await rejection(pending)).kind).to.equal('aborted');
  });
});

describe('rate limiting (429)', () => {
  it('reads a text/plain 429 body as the message', async () => {
    const { http } = wired(() => text(429, 'Too many requests'));
    const error = await rejection(checkout.createOrder(http, minimalOrder));
    expect(error.status).to.equal(429);
    expect(error.kind).to.equal('http');
    expect(error.message).to.equal('Too many requests');
    expect(error.isRateLimited).to.equal(true);
  });

  it('retries a GET after the X-Ratelimit-Reset time and succeeds', async () => {
    const resetSeconds = Math.floor(Date.now() / 1000) + 1;
    const sentAt: number[] = [];
    const { http, requests } = wired(() => {
      sentAt.push(Date.now());
      return sentAt.length === 1
        ? text(429, 'Too many requests', { 'X-Ratelimit-Limit': '60', 'X-Ratelimit-Remaining': '0', 'X-Ratelimit-Reset': String(resetSeconds) })
        : json(200, { total: 3 });
    });
    expect(await catalog.countItems(http)).to.equal(3);
    expect(requests).to.have.length(2);
    // The retry waited for the bucket to reset (a small allowance for timer rounding).
    expect(sentAt[1]!).to.be.at.least(Math.max(resetSeconds * 1000, sentAt[0]! + 250) - 20);
  });

  it('never retries order creation after a 429', async () => {
    const { http, requests } = wired(() => text(429, 'Too many requests', { 'X-Ratelimit-Reset': '0' }));
    await rejection(checkout.createOrder(http, minimalOrder));
    expect(requests).to.have.length(1);
  });

  it('never retries a cart write after a 429', async () => {
    const { http, requests } = wired(() => text(429, 'Too many requests', { 'X-Ratelimit-Reset': '0' }));
    await rejection(cart.addItem(http, { type: 'variant', variant_id: 11 }));
    expect(requests).to.have.length(1);
  });

  it('retries the POSTs that change nothing (summary, payment) like a GET', async () => {
    let calls = 0;
    const { http, requests } = wired((request: RecordedRequest) => {
      calls++;
      if (calls % 2 === 1) return text(429, 'slow down', { 'Retry-After': '0' });
      return json(200, request.url.pathname.endsWith('/payment') ? f.publicOrder : f.summary);
    });
    expect(await checkout.getSummary(http, {})).to.deep.equal(f.summary);
    expect(await orders.createPayment(http, f.SECRET_SLUG)).to.deep.equal(f.publicOrder);
    expect(requests.map((r) => r.method)).to.deep.equal(['POST', 'POST', 'POST', 'POST']);
  });

  it('reads an expected refusal by its status alone, but still waits out a 429 and describes a 5xx', async () => {
    let answer = () => json(400, { error: 'Destination is required' });
    const { http, requests } = wired(() => answer());
    const probe = () => checkout.listShippingOptions(http, {}, undefined, { statusOnly: true });
    const refusal = await rejection(probe());
    expect(refusal.status).to.equal(400);
    expect(refusal.message, 'the body is not read').to.not.include('Destination');

    let calls = 0;
    answer = () => (++calls === 1 ? text(429, 'slow down', { 'Retry-After': '0' }) : json(200, []));
    expect(await probe()).to.deep.equal([]);
    expect(calls).to.equal(2);

    answer = () => json(500, { error: 'Shipping rates are down' });
    expect((await rejection(probe())).message).to.equal('Shipping rates are down');
    expect(requests).to.have.length(4);
  });

  it('fails at once when the reset is further away than the client will wait', async () => {
    const far = Math.floor(Date.now() / 1000) + 3600;
    const { http, requests } = wired(() => text(429, 'Too many requests', { 'X-Ratelimit-Reset': String(far) }));
    const error = await rejection(catalog.countItems(http));
    expect(requests).to.have.length(1);
    expect(error.rateLimit?.reset).to.equal(far);
    expect(error.retryAfterMs).to.be.greaterThan(3_000_000);
  });
});

describe('relays accept any 2xx', () => {
  it('treats 202 with a non-JSON body as success without parsing it', async () => {
    const { http } = wired(() => new Response('Accepted', { status: 202, headers: { 'Content-Type': 'text/plain' } }));
    const result = await analytics.sendMetaEvents(http, {
      user_data: {},
      events: [{ event_id: 'e1', event_name: 'ViewContent' }],
    });
    expect(result).to.equal(undefined);
  });

  it('still reports a relay error status', async () => {
    const { http } = wired(() => json(400, { message: 'events is required' }));
    const error = await rejection(analytics.sendSnackVideoEvents(http, { click_id: 'k', events: [] }));
    expect(error.status).to.equal(400);
    expect(error.message).to.equal('events is required');
  });
});

describe('request events', () => {
  it('announce each request, without the private recovery token of the prefill read', async () => {
    const { http } = wired(() => json(200, f.prefill));
    const seen: string[] = [];
    http.addEventListener('request', (event) => seen.push((event as CustomEvent<{ url: string }>).detail.url));
    await intents.getIntentPrefill(http, f.PREFILL_TOKEN);
    await catalog.listItems(http, { page_size: 3 });
    expect(seen).to.deep.equal([
      `${f.API_BASE}/v3/checkout-intents/prefill`,
      `${f.API_BASE}/v3/stores/${f.STORE_ID}/public/items?page_size=3`,
    ]);
  });
});

describe('in-flight dedupe', () => {
  it('sends one request for identical GETs made together', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { http, requests } = wired(async () => {
      await gate;
      return json(200, f.productDetail);
    });
    const first = catalog.getProduct(http, 'kopi-gayo');
    const second = catalog.getProduct(http, 'kopi-gayo');
    const other = catalog.getProduct(http, 'teh');
    release();
    const [a, b] = await Promise.all([first, second, other]);
    expect(a).to.deep.equal(f.productDetail);
    expect(b).to.equal(a);
    expect(requests.map((r) => r.url.pathname)).to.deep.equal([
      `/v3/stores/${f.STORE_ID}/public/products/kopi-gayo`,
      `/v3/stores/${f.STORE_ID}/public/products/teh`,
    ]);
  });

  it('asks again once the first answer has arrived', async () => {
    const { http, requests } = wired(() => json(200, { total: 1 }));
    await catalog.countItems(http);
    await catalog.countItems(http);
    expect(requests).to.have.length(2);
  });
});

describe('customer routes after a 401', () => {
  function fakeAuth(renewTo: string | null) {
    const renewals: string[] = [];
    const provider: CustomerAuthProvider = {
      getAccessToken: async () => 'access-old',
      renewAfterUnauthorized: async (rejected) => {
        renewals.push(rejected);
        return renewTo;
      },
    };
    return { provider, renewals };
  }

  it('renews once and retries once with the new token', async () => {
    const { provider, renewals } = fakeAuth('access-new');
    const { http, requests } = wired((request) =>
      request.headers['authorization'] === 'Bearer access-new' ? json(200, f.profile) : json(401, { error: 'expired' }),
    );
    http.customerAuth = provider;
    expect(await account.getProfile(http)).to.deep.equal(f.profile);
    expect(renewals).to.deep.equal(['access-old']);
    expect(requests.map((r) => r.headers['authorization'])).to.deep.equal(['Bearer access-old', 'Bearer access-new']);
  });

  it('gives up after the retry also gets a 401', async () => {
    const { provider, renewals } = fakeAuth('access-new');
    const { http, requests } = wired(() => json(401, { error: 'revoked' }));
    http.customerAuth = provider;
    const error = await rejection(account.getProfile(http));
    expect(error.status).to.equal(401);
    expect(renewals).to.have.length(1);
    expect(requests).to.have.length(2);
  });

  it('stops when the session cannot be renewed', async () => {
    const { provider, renewals } = fakeAuth(null);
    const { http, requests } = wired(() => json(401, { error: 'expired' }));
    http.customerAuth = provider;
    const error = await rejection(cart.mergeCart(http));
    expect(error.isUnauthorized).to.equal(true);
    expect(renewals).to.have.length(1);
    expect(requests).to.have.length(1);
  });

  it('sends nothing when nobody is signed in', async () => {
    const { http, requests } = wired(() => json(200, f.profile));
    http.customerAuth = { getAccessToken: async () => null, renewAfterUnauthorized: async () => null };
    const error = await rejection(account.getProfile(http));
    expect(error.status).to.equal(401);
    expect(error.code).to.equal('not_signed_in');
    expect(requests).to.have.length(0);
  });

  it('does not renew on a 401 from a public route', async () => {
    const { provider, renewals } = fakeAuth('access-new');
    const { http, requests } = wired(() => json(401, { error: 'bad key' }));
    http.customerAuth = provider;
    await rejection(orders.getOrder(http, f.SECRET_SLUG));
    expect(renewals).to.have.length(0);
    expect(requests).to.have.length(1);
  });
});
