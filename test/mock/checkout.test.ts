import { expect } from '@open-wc/testing';
import { createMockScalev, type MockScalev } from '../../src/mock/index.js';
import { call, expectOnlyKeys, guestCartWith, money, physicalCheckoutBody } from './helpers.js';

const DESTINATION = { location_id: 9089, postal_code: '10510' };
const SHIPPING_OPTION_KEYS = [
  'courier_service_id',
  'courier_code',
  'service_code',
  'name',
  'cost',
  'etd',
  'is_cod',
  'warehouse_unique_id',
  'courier_aggregator_code',
  'logo_url',
];
const SUMMARY_KEYS = ['product_price', 'shipping_cost', 'other_income', 'other_income_name', 'service_fee', 'gross_revenue'];

describe('mock guest checkout: shipping options and summary (CONTRACT §5)', () => {
  let mock: MockScalev;
  beforeEach(() => {
    mock = createMockScalev();
  });

  it('quotes couriers for the cart and destination, with COD marked', async () => {
    const token = await guestCartWith(mock, [[494535, 1]]);
    const reply = await call(mock, 'POST', '/public/checkout/shipping-options', { guestToken: token, body: { destination: DESTINATION } });
    expect(reply.status).to.equal(200);
    expectOnlyKeys(reply.data, ['data', 'is_paginated']);
    const options = reply.data.data as any[];
    expect(options.map((o) => `${o.courier_code}:${o.service_code}`)).to.deep.equal(['jne:REG', 'jne:YES', 'jnt:EZ', 'sicepat:REG', 'sicepat:BEST', 'anteraja:REG']);
    for (const o of options) expectOnlyKeys(o, SHIPPING_OPTION_KEYS, o.name);
    expect(options.filter((o) => o.is_cod).map((o) => o.courier_service_id)).to.deep.equal([11, 21, 31]);
    const cod = (await call(mock, 'POST', '/public/checkout/shipping-options', { guestToken: token, body: { destination: DESTINATION, payment_method: 'cod' } })).data.data;
    expect(cod.every((o: any) => o.is_cod)).to.equal(true);
  });

  it('prices by weight and distance', async () => {
    const quote = async (items: unknown, destination: unknown) =>
      (await call(mock, 'POST', '/public/checkout/shipping-options', { body: { items, destination } })).data.data.find((o: any) => o.courier_service_id === 11).cost;
    const light = [{ type: 'variant', variant_id: 494535, quantity: 1 }];
    const heavy = [{ type: 'variant', variant_id: 494598, quantity: 2 }];
    const jakarta = await quote(light, DESTINATION);
    expect(await quote(heavy, DESTINATION)).to.be.greaterThan(jakarta);
    const kuta = mock.db.findLocation('Kuta')!;
    expect(await quote(light, { location_id: kuta.id, postal_code: '80361' })).to.be.greaterThan(jakarta);
  });

  it('returns an empty collection for digital-only items, even without a destination', async () => {
    const reply = await call(mock, 'POST', '/public/checkout/shipping-options', { body: { items: [{ type: 'variant', variant_id: 494602, quantity: 1 }] } });
    expect(reply.data).to.deep.equal({ data: [], is_paginated: false });
  });

  it('needs a destination for physical items and validates it', async () => {
    const items = [{ type: 'variant', variant_id: 494535, quantity: 1 }];
    const missing = await call(mock, 'POST', '/public/checkout/shipping-options', { body: { items } });
    expect(missing.status).to.equal(400);
    expect(missing.data.errors).to.deep.equal({ destination: ["can't be blank"] });
    const mismatch = await call(mock, 'POST', '/public/checkout/shipping-options', { body: { items, destination: { location_id: 9089, postal_code: '80361' } } });
    expect(mismatch.data.errors).to.deep.equal({ 'destination.postal_code': ['does not belong to the location'] });
    const empty = await call(mock, 'POST', '/public/checkout/shipping-options', { body: { destination: DESTINATION } });
    expect(empty.status).to.equal(400);
    expect(empty.data.error_code).to.equal('empty_cart');
  });

  it('holds checkout items to integer ids, quantity 1..100 and a closed union', async () => {
    const errorsFor = async (items: unknown) => (await call(mock, 'POST', '/public/checkout/summary', { body: { items } })).data.errors;
    expect(await errorsFor([{ type: 'variant', variant_id: '494535', quantity: 1 }])).to.deep.equal({ 'items.0.variant_id': ['is invalid'] });
    expect(await errorsFor([{ type: 'variant', variant_id: 494535 }])).to.deep.equal({ 'items.0.quantity': ["can't be blank"] });
    expect(await errorsFor([{ type: 'variant', variant_id: 494535, quantity: 101 }])).to.deep.equal({ 'items.0.quantity': ['must be less than or equal to 100'] });
    expect(await errorsFor([])).to.deep.equal({ items: ['should have at least 1 item(s)'] });
    const many = Array.from({ length: 51 }, () => ({ type: 'variant', variant_id: 494549, quantity: 1 }));
    expect(await errorsFor(many)).to.deep.equal({ items: ['should have at most 50 item(s)'] });
  });

  it('computes the summary: Other Charges, then the service fee on top, and gross_revenue', async () => {
    const token = await guestCartWith(mock, [[494550, 1]]);
    const body = { destination: DESTINATION, courier_service_id: 11, warehouse_unique_id: 'wh_nusantara_jakarta', courier_aggregator_code: null };
    const transfer = (await call(mock, 'POST', '/public/checkout/summary', { guestToken: token, body: { ...body, payment_method: 'bank_transfer', shipping_cost: '1' } })).data;
    expectOnlyKeys(transfer, SUMMARY_KEYS, 'summary');
    expect(transfer).to.deep.equal({
      product_price: '125000.00',
      shipping_cost: '9000',
      other_income: '2500',
      other_income_name: 'Biaya Penanganan',
      service_fee: '0',
      gross_revenue: '136500.00',
    });
    const qris = (await call(mock, 'POST', '/public/checkout/summary', { guestToken: token, body: { ...body, payment_method: 'qris' } })).data;
    expect(qris.service_fee).to.equal(String(Math.ceil(136500 * 0.007)));
    expect(money(qris.gross_revenue)).to.equal(136500 + Math.ceil(136500 * 0.007));
    const cod = (await call(mock, 'POST', '/public/checkout/summary', { guestToken: token, body: { ...body, payment_method: 'cod' } })).data;
    expect([cod.other_income, cod.other_income_name, cod.service_fee]).to.deep.equal(['5000', 'Biaya Penanganan COD', '0']);
  });

  it('recomputes shipping from the courier (nested selection too) and ignores a client cost', async () => {
    const items = [{ type: 'variant', variant_id: 494550, quantity: 1 }];
    const flat = (await call(mock, 'POST', '/public/checkout/summary', { body: { items, destination: DESTINATION, courier_service_id: '12' } })).data;
    const nested = (await call(mock, 'POST', '/public/checkout/summary', { body: { items, destination: DESTINATION, selected_shipping_option: { courier_service_id: 12 }, shipping_cost: 1 } })).data;
    expect(flat.shipping_cost).to.equal(nested.shipping_cost);
    expect(money(flat.shipping_cost)).to.be.greaterThan(9000);
    const wrong = await call(mock, 'POST', '/public/checkout/summary', { body: { items, destination: DESTINATION, courier_service_id: 999 } });
    expect(wrong.status).to.equal(400);
    expect(wrong.data.errors).to.deep.equal({ courier_service_id: ['is not available for this destination'] });
  });

  it('answers shipping_cost "0" for digital-only summaries', async () => {
    const summary = (await call(mock, 'POST', '/public/checkout/summary', { body: { items: [{ type: 'variant', variant_id: 494602, quantity: 2 }], payment_method: 'bank_transfer' } })).data;
    expect(summary.shipping_cost).to.equal('0');
    expect(summary.gross_revenue).to.equal('100500.00');
  });

  it('applies an eligible discount code to the preview and ignores an ineligible one', async () => {
    const items = [{ type: 'variant', variant_id: 494550, quantity: 1 }];
    const base = { items, destination: DESTINATION, courier_service_id: 11, payment_method: 'bank_transfer' };
    const plain = money((await call(mock, 'POST', '/public/checkout/summary', { body: base })).data.gross_revenue);
    const hemat = money((await call(mock, 'POST', '/public/checkout/summary', { body: { ...base, discount_code_code: 'hemat10' } })).data.gross_revenue);
    expect(plain - hemat).to.equal(12500);
    const ongkir = money((await call(mock, 'POST', '/public/checkout/summary', { body: { ...base, discount_code_code: 'ONGKIRGRATIS' } })).data.gross_revenue);
    expect(plain - ongkir).to.equal(9000);
    const expired = (await call(mock, 'POST', '/public/checkout/summary', { body: { ...base, discount_code_code: 'KEDALUWARSA' } }));
    expect(expired.status).to.equal(200);
    expect(money(expired.data.gross_revenue)).to.equal(plain);
  });
});

describe('mock discount check (CONTRACT §5)', () => {
  let mock: MockScalev;
  beforeEach(() => {
    mock = createMockScalev();
  });

  const check = (body: unknown, token?: string) => call(mock, 'POST', '/public/discount-codes/check', { body, guestToken: token ?? null });

  it('returns 200 with is_eligible for every code, and null discount_code when ineligible', async () => {
    const items = [{ type: 'variant', variant_id: 494550, quantity: 2 }];
    const ok = await check({ code: 'HEMAT10', items });
    expect(ok.status).to.equal(200);
    expectOnlyKeys(ok.data, ['discount_code', 'eligibility_details', 'is_eligible', 'discount_code_discount']);
    expect(ok.data.is_eligible).to.equal(true);
    expect(ok.data.discount_code.code).to.equal('HEMAT10');
    expect(ok.data.discount_code_discount).to.equal('25000');
    for (const [code, reason] of [
      ['TIDAKADA', 'not_found'],
      ['KEDALUWARSA', 'expired'],
      ['MIN500RB', 'minimum_revenue_not_met'],
      ['QRISHEMAT', 'payment_method_required'],
    ]) {
      const reply = await check({ code, items });
      expect(reply.status, code).to.equal(200);
      expect(reply.data.is_eligible, code).to.equal(false);
      expect(reply.data.discount_code, code).to.equal(null);
      expect(reply.data.eligibility_details.reason, code).to.equal(reason);
      expect(reply.data.discount_code_discount, code).to.equal('0');
    }
    const rich = await check({ code: 'MIN500RB', items: [{ type: 'variant', variant_id: 494561, quantity: 1 }] });
    expect(rich.data.is_eligible).to.equal(true);
    expect(rich.data.discount_code_discount).to.equal('50000');
    expect((await check({ code: 'QRISHEMAT', items, payment_method: 'qris' })).data.is_eligible).to.equal(true);
  });

  it('uses the guest cart when no items are sent, and answers 400 for a bad body', async () => {
    const token = await guestCartWith(mock, [[494561, 1]]);
    expect((await check({ code: 'MIN500RB' }, token)).data.is_eligible).to.equal(true);
    const bad = await check({ items: [] });
    expect(bad.status).to.equal(400);
    expect(bad.data.errors).to.have.property('code');
  });
});

describe('mock guest order creation (CONTRACT §5, §6)', () => {
  let mock: MockScalev;
  beforeEach(() => {
    mock = createMockScalev();
  });

  it('answers field errors as 422 ApiErrorResponse by default (GUIDES §13), 400 when configured', async () => {
    const token = await guestCartWith(mock, [[494535, 1]]);
    const body = { customer_name: '', customer_email: 'bukan-email' };
    const reply = await call(mock, 'POST', '/public/checkout', { guestToken: token, body });
    expect(reply.status).to.equal(422);
    expect(reply.data.error_code).to.equal('validation_failed');
    expect(reply.data.errors).to.deep.equal({
      customer_name: ["can't be blank"],
      customer_email: ['has invalid format'],
      customer_phone: ["can't be blank"],
      payment_method: ["can't be blank"],
      shipping_address: ["can't be blank"],
      shipping_location_id: ["can't be blank"],
      shipping_postal_code: ["can't be blank"],
      courier_service_id: ["can't be blank"],
    });
    mock.options.fieldErrorStatus = 400;
    expect((await call(mock, 'POST', '/public/checkout', { guestToken: token, body })).status).to.equal(400);
    expect(mock.db.orders.size, 'no order created').to.equal(32);
  });

  it('requires payment_method (D4) and only accepts offered methods', async () => {
    const items = [{ type: 'variant', variant_id: 494602, quantity: 1 }];
    const base = { items, customer_name: 'Ani', customer_email: 'ani@example.com' };
    expect((await call(mock, 'POST', '/public/checkout', { body: base })).data.errors).to.deep.equal({ payment_method: ["can't be blank"] });
    expect((await call(mock, 'POST', '/public/checkout', { body: { ...base, payment_method: 'no_payment' } })).data.errors).to.deep.equal({
      payment_method: ['is not available for this store'],
    });
    expect((await call(mock, 'POST', '/public/checkout', { body: { ...base, payment_method: 'cod' } })).data.errors).to.deep.equal({
      payment_method: ['is not available for digital products'],
    });
    const created = await call(mock, 'POST', '/public/checkout', { body: { ...base, payment_method: 'bank_transfer' } });
    expect(created.status, 'digital orders need only name, email and method').to.equal(201);
  });

  it('rejects fields outside the closed body with a 400, but accepts sub_payment_method (D5)', async () => {
    const items = [{ type: 'variant', variant_id: 494602, quantity: 1 }];
    const base = { items, customer_name: 'Ani', customer_email: 'ani@example.com', payment_method: 'va_bca' };
    const extra = await call(mock, 'POST', '/public/checkout', { body: { ...base, total: 1 } });
    expect(extra.status).to.equal(400);
    expect(extra.data.errors).to.deep.equal({ total: ['is not a permitted field'] });
    const sub = await call(mock, 'POST', '/public/checkout', { body: { ...base, sub_payment_method: 'BCA' } });
    expect(sub.status).to.equal(201);
    expect(sub.data.sub_payment_method).to.equal('BCA');
  });

  it('refuses a courier that cannot serve the destination or collect cash as field errors', async () => {
    const token = await guestCartWith(mock, [[494535, 1]]);
    const jayapura = mock.db.findLocation('Jayapura Utara')!;
    const far = await call(mock, 'POST', '/public/checkout', {
      guestToken: token,
      body: physicalCheckoutBody({ shipping_location_id: jayapura.id, shipping_postal_code: '99111', courier_service_id: 12 }),
    });
    expect(far.status).to.equal(422);
    expect(far.data.errors).to.deep.equal({ courier_service_id: ['is not available for this destination'] });
    const cod = await call(mock, 'POST', '/public/checkout', { guestToken: token, body: physicalCheckoutBody({ payment_method: 'cod', courier_service_id: 12 }) });
    expect(cod.data.errors).to.deep.equal({ courier_service_id: ['does not support cash on delivery'] });
  });

  it('creates a bank-transfer order from the guest cart: 201, token header, cart cleared, stock taken', async () => {
    const token = await guestCartWith(mock, [[494535, 2]]);
    const reply = await call(mock, 'POST', '/public/checkout', { guestToken: token, body: physicalCheckoutBody() });
    expect(reply.status).to.equal(201);
    expect(reply.headers.get('X-Scalev-Guest-Token')).to.equal(token);
    const order = reply.data;
    expect(order.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    expect(order.secret_slug).to.match(/^[a-z0-9]{16}$/);
    expect(order.order_id).to.match(/^\d{6}[A-Z]{5}$/);
    expect([order.status, order.payment_status, order.payment_method]).to.deep.equal(['pending', 'unpaid', 'bank_transfer']);
    expect(order.pg_payment_info).to.deep.equal({});
    expect(order.redirect_url).to.equal(`https://api.scalev.test/o/${order.secret_slug}/success`);
    expect(order.public_order_url).to.equal(`https://api.scalev.test/o/${order.secret_slug}`);
    expect(order.payment_url).to.equal(null);
    const unique = money(order.unique_code_discount);
    expect(unique).to.be.within(1, 499);
    const expected = 178000 + money(order.shipping_cost) + 2500 - unique;
    expect(money(order.gross_revenue)).to.equal(expected);
    expect(order.store.payment_accounts.map((a: any) => a.financial_entity.code)).to.deep.equal(['bca', 'mandiri', 'bri']);
    expect(order.handler_phone).to.match(/^62\d+$/);
    expect(order.chat_message).to.include(order.order_id);
    expect(Date.parse(order.payment_expiration_at)).to.be.greaterThan(Date.now());
    expect(order.orderlines).to.deep.equal([
      { quantity: 2, product_name: 'Kopi Arabika Gayo', item_type: 'physical', variant_option1_value: 'Biji Utuh', variant_option2_value: '250 g', variant_option3_value: null, variant_price: '89000.00' },
    ]);
    expect(order.destination_address).to.deep.equal({
      name: 'Dewi Lestari',
      phone: '6281298765432',
      address: 'Jl. Cempaka Putih Raya No. 7',
      subdistrict: 'Cempaka Putih',
      city: 'Kota Jakarta Pusat',
      province: 'DKI Jakarta',
    });
    expect(order.customer).to.deep.equal({ email: 'dewi@example.com' });
    expect((await call(mock, 'GET', '/public/cart', { guestToken: token })).data.items).to.deep.equal([]);
    expect(mock.db.variants.get(494535)!.stock).to.equal(38);
    expect(mock.db.orders.get(order.secret_slug)!.customerId).to.equal(null);
  });

  it('creates from direct items and clears the referenced guest cart too', async () => {
    const token = await guestCartWith(mock, [[494549, 3]]);
    const reply = await call(mock, 'POST', '/public/checkout', {
      guestToken: token,
      body: physicalCheckoutBody({ items: [{ type: 'variant', variant_id: 494541, quantity: 1 }] }),
    });
    expect(reply.status).to.equal(201);
    expect(reply.data.orderlines.map((l: any) => l.product_name)).to.deep.equal(['Kopi Toraja Sapan 250 g']);
    expect((await call(mock, 'GET', '/public/cart', { guestToken: token })).data.items).to.deep.equal([]);
  });

  it('sends no guest token header when the order came from items alone', async () => {
    const reply = await call(mock, 'POST', '/public/checkout', { body: physicalCheckoutBody({ items: [{ type: 'variant', variant_id: 494541, quantity: 1 }] }) });
    expect(reply.status).to.equal(201);
    expect(reply.headers.get('X-Scalev-Guest-Token')).to.equal(null);
  });

  it('answers an empty cart with a 400 and creates nothing', async () => {
    const token = await guestCartWith(mock, []);
    const reply = await call(mock, 'POST', '/public/checkout', { guestToken: token, body: physicalCheckoutBody() });
    expect(reply.status).to.equal(400);
    expect(reply.data.error_code).to.equal('empty_cart');
  });

  it('refuses to sell more than is left', async () => {
    const reply = await call(mock, 'POST', '/public/checkout', { body: physicalCheckoutBody({ items: [{ type: 'variant', variant_id: 494597, quantity: 2 }] }) });
    expect(reply.status).to.equal(400);
    expect(reply.data.error_code).to.equal('insufficient_stock');
    expect(reply.data.errors).to.deep.equal({ 'items.0.quantity': ['only 1 available'] });
  });

  it('builds pg_payment_info per method (CONTRACT §6 table, GUIDES §5)', async () => {
    const order = async (payment_method: string) => {
      const reply = await call(mock, 'POST', '/public/checkout', {
        body: physicalCheckoutBody({ payment_method, items: [{ type: 'variant', variant_id: 494541, quantity: 1 }] }),
      });
      expect(reply.status, `${payment_method}: ${JSON.stringify(reply.data)}`).to.equal(201);
      return reply.data;
    };
    const va = await order('va_bca');
    const channel = va.pg_payment_info.payment_method.virtual_account.channel_properties;
    expect(channel.virtual_account_number).to.match(/^3901\d{12}$/);
    expect(channel.customer_name).to.equal('DEWI LESTARI');
    expect(va.epayment_provider).to.equal('xendit');
    expect(money(va.service_fee)).to.equal(4000);

    const qris = await order('qris');
    expect(qris.pg_payment_info.qr_string).to.match(/^000201/);
    expect(qris.pg_payment_info.qr_string).to.include('ID.CO.QRIS.WWW');

    const gopay = await order('gopay');
    const actions = gopay.pg_payment_info.actions as any[];
    expect(actions.map((a) => a.url_type)).to.deep.equal(['WEB', 'MOBILE', 'DEEPLINK']);
    expect(actions[2].url).to.match(/^gojek:\/\//);

    const ovo = await order('ovo');
    expect(ovo.pg_payment_info.actions).to.deep.equal([]);

    expect((await order('card')).pg_payment_info.redirect_url).to.match(/\/__pay\/card\//);
    expect((await order('invoice')).pg_payment_info.invoice_url).to.match(/\/__pay\/invoice\//);
    const alfamart = await order('alfamart');
    expect(alfamart.pg_payment_info.payment_method.over_the_counter.channel_properties.payment_code).to.match(/^TKN\d{9}$/);
    const cod = await order('cod');
    expect(cod.pg_payment_info).to.deep.equal({});
    expect(cod.payment_expiration_at).to.equal(null);
    expect(money(cod.other_income)).to.equal(5000);
  });

  it('omits redirect_url when configured (rendered reference, D6)', async () => {
    mock.options.includeRedirectUrl = false;
    const reply = await call(mock, 'POST', '/public/checkout', { body: physicalCheckoutBody({ items: [{ type: 'variant', variant_id: 494541, quantity: 1 }] }) });
    expect(reply.status).to.equal(201);
    expect(reply.data).not.to.have.property('redirect_url');
  });

  it('records a discount code only when it was eligible', async () => {
    const items = [{ type: 'variant', variant_id: 494550, quantity: 1 }];
    const hemat = (await call(mock, 'POST', '/public/checkout', { body: physicalCheckoutBody({ items, discount_code_code: 'HEMAT10' }) })).data;
    expect(hemat.discount_code_code).to.equal('HEMAT10');
    expect(hemat.discount_code_discount).to.equal('12500');
    const expired = (await call(mock, 'POST', '/public/checkout', { body: physicalCheckoutBody({ items, discount_code_code: 'KEDALUWARSA' }) })).data;
    expect(expired.discount_code_code).to.equal(null);
    expect(expired.discount_code_discount).to.equal('0');
    const ongkir = (await call(mock, 'POST', '/public/checkout', { body: physicalCheckoutBody({ items, discount_code_code: 'ONGKIRGRATIS' }) })).data;
    expect(ongkir.shipping_discount).to.equal(ongkir.shipping_cost);
    expect(ongkir.discount_code_discount).to.equal('0');
  });
});
