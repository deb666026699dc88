import { expect } from '@open-wc/testing';
import { DEMO_CUSTOMER, createMockScalev, type MockScalev } from '../../src/mock/index.js';
import { call, expectOnlyKeys, guestCartWith, signIn } from './helpers.js';

describe('mock locations (CONTRACT §3)', () => {
  let mock: MockScalev;
  beforeEach(() => {
    mock = createMockScalev();
  });

  it('walks provinces → cities → subdistricts → postal codes (pattern A)', async () => {
    const provinces = (await call(mock, 'GET', '/public/locations/provinces')).data.data as any[];
    expect(provinces.map((p) => p.province_name)).to.include.members(['DKI Jakarta', 'Jawa Barat', 'Jawa Timur', 'DI Yogyakarta', 'Bali', 'Sumatera Utara']);
    const dki = provinces.find((p) => p.province_name === 'DKI Jakarta')!;
    expectOnlyKeys(dki, ['province_id', 'province_name']);
    const cities = (await call(mock, 'GET', `/public/locations/cities?province_id=${dki.province_id}`)).data.data as any[];
    expect(cities.map((c) => c.city_name)).to.include('Kota Jakarta Pusat');
    const pusat = cities.find((c) => c.city_name === 'Kota Jakarta Pusat')!;
    const subdistricts = (await call(mock, 'GET', `/public/locations/subdistricts?city_id=${pusat.city_id}`)).data;
    const cempaka = subdistricts.data.find((s: any) => s.subdistrict_name === 'Cempaka Putih');
    expect(cempaka).to.deep.equal({
      id: 9089,
      subdistrict_name: 'Cempaka Putih',
      city_name: 'Kota Jakarta Pusat',
      province_name: 'DKI Jakarta',
      display: 'Cempaka Putih, Kota Jakarta Pusat, DKI Jakarta',
    });
    const postal = (await call(mock, 'GET', '/public/locations/9089/postal-codes')).data.data;
    expect(postal).to.deep.include({ postal_code: '10510' });
    expect(mock.db.locations.size).to.be.at.least(40);
  });

  it('has locations with a single postal code and others with several', async () => {
    const kuta = mock.db.findLocation('Kuta')!;
    expect((await call(mock, 'GET', `/public/locations/${kuta.id}/postal-codes`)).data.data).to.deep.equal([{ postal_code: '80361' }]);
    expect((await call(mock, 'GET', '/public/locations/9090/postal-codes')).data.data.length).to.be.greaterThan(1);
    expect((await call(mock, 'GET', '/public/locations/1/postal-codes')).status).to.equal(404);
  });

  it('searches display case-insensitively with cursor paging, page_size 1..100', async () => {
    const first = (await call(mock, 'GET', '/public/locations?search=JAKARTA&page_size=5')).data;
    expect(first.data).to.have.length(5);
    expect(first.data.every((l: any) => /jakarta/i.test(l.display))).to.equal(true);
    const rest = (await call(mock, 'GET', `/public/locations?search=JAKARTA&page_size=5&next_cursor=${first.next_cursor}`)).data;
    expect(rest.data[0].id).not.to.equal(first.data[0].id);
    const words = (await call(mock, 'GET', '/public/locations?search=gambir%20jakarta')).data.data;
    expect(words.map((l: any) => l.id)).to.deep.equal([9090]);
    expect((await call(mock, 'GET', '/public/locations?search=x&page_size=0')).status).to.equal(400);
    expect((await call(mock, 'GET', '/public/locations?search=x&page_size=101')).status).to.equal(400);
    // A cursor from one search is not valid for another.
    expect((await call(mock, 'GET', `/public/locations?search=bandung&next_cursor=${first.next_cursor}`)).status).to.equal(400);
  });

  it('seeds the recovery intent at a location that exists', () => {
    const intent = [...mock.db.checkoutIntents.values()][0]!;
    const location = mock.db.locations.get(intent.fields.shipping_location_id!)!;
    expect([location.subdistrict, location.city]).to.deep.equal(['Depok', 'Kabupaten Sleman']);
  });
});

describe('mock guest cart (CONTRACT §4)', () => {
  let mock: MockScalev;
  beforeEach(() => {
    mock = createMockScalev();
  });

  it('issues a uuid guest token when none is sent, and keeps the same cart with it', async () => {
    const first = await call(mock, 'GET', '/public/cart');
    const token = first.headers.get('X-Scalev-Guest-Token')!;
    expect(token).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.data).to.deep.equal({ id: first.data.id, item_count: 0, total: '0.00', items: [] });
    const added = await call(mock, 'POST', '/public/cart/items', { guestToken: token, body: { type: 'variant', variant_id: 494535, quantity: 2 } });
    expect(added.headers.get('X-Scalev-Guest-Token')).to.equal(token);
    expect(added.data.id).to.equal(first.data.id);
    const again = await call(mock, 'GET', '/public/cart', { guestToken: token });
    expect(again.data.items).to.have.length(1);
    expect(again.headers.get('X-Scalev-Guest-Token')).to.equal(token);
  });

  it('treats an unknown or garbage token as no cart and issues a new token', async () => {
    for (const sent of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const reply = await call(mock, 'GET', '/public/cart', { guestToken: sent });
      const issued = reply.headers.get('X-Scalev-Guest-Token');
      expect(issued).to.match(/^[0-9a-f-]{36}$/);
      expect(issued).not.to.equal(sent);
      expect(reply.data.items).to.deep.equal([]);
    }
  });

  it('creates a cart on the first add without a token (201, whole cart, ids and quantities only)', async () => {
    const reply = await call(mock, 'POST', '/public/cart/items', { body: { type: 'bundle_price_option', bundle_price_option_id: '31925' } });
    expect(reply.status).to.equal(201);
    expect(reply.headers.get('X-Scalev-Guest-Token')).to.be.a('string');
    expect(reply.data.item_count).to.equal(1);
    expect(reply.data.total).to.equal('199000.00');
    const line = reply.data.items[0];
    expect(line).to.deep.equal({
      id: line.id,
      type: 'bundle_price_option',
      variant_id: null,
      bundle_price_option_id: 31925,
      quantity: 1,
      bundle_price_option_slug: 'paket-ngopi-nusantara',
      bundle_price_option_unique_id: 'bpo_ngopi_nusantara_hemat',
    });
  });

  it('adds to an existing line, updates and removes lines', async () => {
    const token = await guestCartWith(mock, [
      [494541, 1],
      [494541, 2],
      [494549, 1],
    ]);
    let cart = (await call(mock, 'GET', '/public/cart', { guestToken: token })).data;
    expect(cart.items.map((i: any) => [i.variant_id, i.quantity])).to.deep.equal([
      [494541, 3],
      [494549, 1],
    ]);
    expect(cart.item_count).to.equal(4);
    expect(cart.total).to.equal(String((95000 * 3 + 18000).toFixed(2)));
    const lineId = cart.items[1].id;
    const updated = await call(mock, 'PATCH', `/public/cart/items/${lineId}`, { guestToken: token, body: { quantity: 5 } });
    expect(updated.status).to.equal(200);
    expect(updated.data.items[1].quantity).to.equal(5);
    expect(updated.headers.get('X-Scalev-Guest-Token')).to.equal(token);
    expect((await call(mock, 'PATCH', `/public/cart/items/${lineId}`, { guestToken: token, body: { quantity: 0 } })).status).to.equal(400);
    const removed = await call(mock, 'DELETE', `/public/cart/items/${lineId}`, { guestToken: token });
    expect(removed.status).to.equal(200);
    cart = removed.data;
    expect(cart.items.map((i: any) => i.variant_id)).to.deep.equal([494541]);
    expect((await call(mock, 'DELETE', `/public/cart/items/${lineId}`, { guestToken: token })).status).to.equal(404);
    expect((await call(mock, 'DELETE', `/public/cart/items/${lineId}`)).status, 'no token, no cart').to.equal(404);
  });

  it('validates the closed, type-discriminated item union with field errors', async () => {
    const errorsFor = async (body: unknown) => {
      const reply = await call(mock, 'POST', '/public/cart/items', { body });
      expect(reply.status, JSON.stringify(body)).to.equal(400);
      return reply.data.errors;
    };
    expect(await errorsFor({ variant_id: 494535 })).to.deep.equal({ type: ["can't be blank"] });
    expect(await errorsFor({ type: 'product', variant_id: 494535 })).to.deep.equal({ type: ['is invalid'] });
    expect(await errorsFor({ type: 'variant', variant_id: 494535, price: 1 })).to.deep.equal({ price: ['is not a permitted field'] });
    expect(await errorsFor({ type: 'variant', variant_id: 'abc' })).to.deep.equal({ variant_id: ['is invalid'] });
    expect(await errorsFor({ type: 'variant', variant_id: 494535, quantity: 0 })).to.deep.equal({ quantity: ['must be greater than or equal to 1'] });
    expect(await errorsFor({ type: 'variant' })).to.deep.equal({ variant_id: ["can't be blank"] });
    expect(await errorsFor([1])).to.have.property('body');
    const ok = await call(mock, 'POST', '/public/cart/items', { body: { type: 'variant', variant_id: '494535' } });
    expect(ok.status, 'string ids are accepted in cart requests').to.equal(201);
  });

  it('refuses quantities above availability, sold-out and inactive variants, and unknown ids', async () => {
    const over = await call(mock, 'POST', '/public/cart/items', { body: { type: 'variant', variant_id: 494539, quantity: 4 } });
    expect(over.status).to.equal(400);
    expect(over.data).to.deep.include({ error: 'Only 3 left in stock', error_code: 'insufficient_stock' });
    expect(over.data.errors).to.deep.equal({ quantity: ['only 3 available'] });
    const soldOut = await call(mock, 'POST', '/public/cart/items', { body: { type: 'variant', variant_id: 494540 } });
    expect(soldOut.data.errors).to.deep.equal({ quantity: ['is out of stock'] });
    const inactive = await call(mock, 'POST', '/public/cart/items', { body: { type: 'variant', variant_id: 494554 } });
    expect(inactive.data.error_code).to.equal('variant_unavailable');
    const unknown = await call(mock, 'POST', '/public/cart/items', { body: { type: 'variant', variant_id: 1 } });
    expect(unknown.status).to.equal(400);
    expect(unknown.data.errors).to.deep.equal({ variant_id: ['does not exist'] });
    const bundleTooMany = await call(mock, 'POST', '/public/cart/items', { body: { type: 'bundle_price_option', bundle_price_option_id: 31926, quantity: 16 } });
    expect(bundleTooMany.data.error_code, 'bundles are limited by their scarcest line').to.equal('insufficient_stock');
  });
});

describe('mock customer cart and merge (CONTRACT §4, §11)', () => {
  it('merges the guest cart into the customer cart and empties the guest cart', async () => {
    const mock = createMockScalev();
    const { access } = await signIn(mock);
    await call(mock, 'POST', '/customers/me/cart/items', { key: null, bearer: access, body: { type: 'variant', variant_id: 494541, quantity: 1 } });
    const token = await guestCartWith(mock, [
      [494541, 2],
      [494549, 1],
    ]);
    const merged = await call(mock, 'POST', '/public/cart/merge', { bearer: access, guestToken: token });
    expect(merged.status).to.equal(200);
    expect(merged.headers.get('X-Scalev-Guest-Token')).to.equal(token);
    expect(merged.data.id).to.equal(mock.db.customerCart(DEMO_CUSTOMER.email)!.id);
    expect(merged.data.items.map((i: any) => [i.variant_id, i.quantity])).to.deep.equal([
      [494541, 3],
      [494549, 1],
    ]);
    expect((await call(mock, 'GET', '/public/cart', { guestToken: token })).data.items).to.deep.equal([]);
    const customerCart = await call(mock, 'GET', '/customers/me/cart', { key: null, bearer: access });
    expect(customerCart.data.items).to.have.length(2);
    expect(customerCart.headers.get('X-Scalev-Guest-Token')).to.equal(null);
  });

  it('keeps carts apart per customer', async () => {
    const mock = createMockScalev();
    const budi = await signIn(mock);
    const siti = await signIn(mock, 'siti@example.com', 'rahasia123');
    await call(mock, 'POST', '/customers/me/cart/items', { key: null, bearer: budi.access, body: { type: 'variant', variant_id: 494541 } });
    expect((await call(mock, 'GET', '/customers/me/cart', { key: null, bearer: siti.access })).data.items).to.deep.equal([]);
    const budiLine = (await call(mock, 'GET', '/customers/me/cart', { key: null, bearer: budi.access })).data.items[0].id;
    expect((await call(mock, 'DELETE', `/customers/me/cart/items/${budiLine}`, { key: null, bearer: siti.access })).status).to.equal(404);
  });
});
