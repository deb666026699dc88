import { expect } from '@open-wc/testing';
import { DEMO_API_BASE, DEMO_STOREFRONT_KEY, createMockScalev, type MockScalev } from '../../src/mock/index.js';
import { STORE_BASE, call, signIn } from './helpers.js';

describe('mock identity layers (CONTRACT §1.2)', () => {
  let mock: MockScalev;
  beforeEach(() => {
    mock = createMockScalev();
  });

  it('answers /public/* only with the store key, and the same 404 for every wrong identity', async () => {
    expect((await call(mock, 'GET', '/public/categories')).status).to.equal(200);
    for (const key of [null, 'sfpk_someone_else', 'sk_live_business_secret']) {
      const reply = await call(mock, 'GET', '/public/categories', { key });
      expect(reply.status, `key ${key}`).to.equal(404);
      expect(reply.data).to.deep.equal({ error: 'Store not found', error_code: 'store_not_found' });
    }
    const unknownStore = await call(mock, 'GET', `${DEMO_API_BASE}/v3/stores/store_nobody/public/categories`);
    expect(unknownStore.status).to.equal(404);
    expect(unknownStore.data.error).to.equal('Store not found');
  });

  it('does not accept a page key on storefront routes (nor lets a browser send it)', async () => {
    const server = await mock.handle(new Request(`${STORE_BASE}/public/items`, { headers: { 'X-Scalev-Page-Api-Key': DEMO_STOREFRONT_KEY } }));
    expect(server.status).to.equal(404);
    let error: unknown;
    try {
      await call(mock, 'GET', '/public/items', { key: null, headers: { 'X-Scalev-Page-Api-Key': DEMO_STOREFRONT_KEY } });
    } catch (e) {
      error = e;
    }
    expect(error, 'the preflight does not list the page key').to.be.instanceOf(TypeError);
  });

  it('authorises /customers/me* by bearer alone and answers 401 without it', async () => {
    const { access } = await signIn(mock);
    const withoutKey = await call(mock, 'GET', '/customers/me', { key: null, bearer: access });
    expect(withoutKey.status).to.equal(200);
    expect(withoutKey.data.customer.email).to.equal('budi@example.com');
    const anonymous = await call(mock, 'GET', '/customers/me', { key: null });
    expect(anonymous.status).to.equal(401);
    expect(anonymous.data.error_code).to.equal('unauthenticated');
    const garbage = await call(mock, 'GET', '/customers/me', { key: null, bearer: 'eyJ.not.issued' });
    expect(garbage.status).to.equal(401);
    expect(anonymous.headers.get('Content-Type')).to.match(/^application\/json/);
  });

  it('needs the key and the bearer on merge', async () => {
    const { access } = await signIn(mock);
    expect((await call(mock, 'POST', '/public/cart/merge', { bearer: access })).status).to.equal(200);
    expect((await call(mock, 'POST', '/public/cart/merge')).status).to.equal(401);
    expect((await call(mock, 'POST', '/public/cart/merge', { key: null, bearer: access })).status).to.equal(404);
  });

  it('records exactly the headers the client sent', async () => {
    await call(mock, 'GET', '/public/items/count', { headers: { 'Accept-Language': 'id' } });
    const recorded = mock.requests.at(-1)!;
    expect(recorded.method).to.equal('GET');
    expect(recorded.path).to.equal('/v3/stores/store_demo_nusantara/public/items/count');
    expect(recorded.headers['x-scalev-storefront-api-key']).to.equal(DEMO_STOREFRONT_KEY);
    expect(recorded.headers['accept-language']).to.equal('id');
    expect(recorded.headers).not.to.have.property('x-scalev-guest-token');
    expect(recorded.headers).not.to.have.property('authorization');
  });

  it('refuses, at the preflight, any custom header the API does not allow', async () => {
    let error: unknown;
    try {
      await call(mock, 'GET', '/public/items/count', { headers: { 'X-Guest-Token': 'legacy-name' } });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect(mock.requests).to.have.length(0);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const reply = await call(mock, 'GET', '/public/nothing-here');
    expect(reply.status).to.equal(404);
    expect(reply.data.error_code).to.equal('route_not_found');
  });

  it('answers a malformed JSON body with a 400 error body', async () => {
    const reply = await call(mock, 'POST', '/public/cart/items', { body: '{"type": "variant",' });
    expect(reply.status).to.equal(400);
    expect(reply.data.error_code).to.equal('malformed_json');
  });
});

describe('mock success statuses (CONTRACT §1.6)', () => {
  it('uses 201 / 200 / 204 exactly where the contract says', async () => {
    const mock = createMockScalev();
    const cart = await call(mock, 'GET', '/public/cart');
    const token = cart.headers.get('X-Scalev-Guest-Token')!;
    const added = await call(mock, 'POST', '/public/cart/items', { guestToken: token, body: { type: 'variant', variant_id: 494541 } });
    expect(added.status, 'add to cart').to.equal(201);
    const removed = await call(mock, 'DELETE', `/public/cart/items/${added.data.items[0].id}`, { guestToken: token });
    expect(removed.status, 'remove cart item').to.equal(200);
    expect(removed.data.items).to.deep.equal([]);

    const { access, refresh } = await signIn(mock);
    const address = await call(mock, 'POST', '/customers/me/addresses', {
      bearer: access,
      body: { name: 'Rumah Ibu', address: 'Jl. Gambir 1', location_id: 9090, postal_code: '10110', phone: '628111111111' },
    });
    expect(address.status, 'create address').to.equal(200);
    const deleted = await call(mock, 'DELETE', `/customers/me/addresses/${address.data.id}`, { bearer: access });
    expect(deleted.status, 'delete address').to.equal(204);
    expect(deleted.text).to.equal('');
    const customerAdd = await call(mock, 'POST', '/customers/me/cart/items', { bearer: access, body: { type: 'variant', variant_id: 494541 } });
    expect(customerAdd.status, 'customer add').to.equal(201);
    const customerRemove = await call(mock, 'DELETE', `/customers/me/cart/items/${customerAdd.data.items[0].id}`, { bearer: access });
    expect(customerRemove.status, 'customer remove').to.equal(200);
    expect((await call(mock, 'POST', '/public/auth/forget-password', { body: { email: 'budi@example.com' } })).status).to.equal(204);
    expect((await call(mock, 'POST', '/public/auth/jwt/blacklist', { body: { tokens: [access, refresh] } })).status).to.equal(204);
  });
});
