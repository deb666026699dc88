import { expect } from '@open-wc/testing';
import {
  COURSE_VARIANT_ID,
  DEMO_SUBSCRIPTION_IDS,
  DEMO_SUBSCRIPTION_ITEM_IDS,
  EXPIRED_COURSE_VARIANT_ID,
  createMockScalev,
  type MockScalev,
} from '../../src/mock/index.js';
import { call, expectOnlyKeys, money, signIn } from './helpers.js';

/** Every field `StorefrontCustomerFacingOrder` declares (it is closed), plus `sub_payment_method` (D5). */
const CUSTOMER_ORDER_KEYS = [
  'id', 'secret_slug', 'public_order_url', 'payment_url', 'order_id', 'store', 'customer', 'status', 'draft_time', 'pending_time',
  'confirmed_time', 'in_process_time', 'ready_time', 'shipped_time', 'completed_time', 'rts_time', 'canceled_time', 'closed_time',
  'unpaid_time', 'paid_time', 'transfer_time', 'created_at', 'last_updated_at', 'status_history', 'payment_status', 'payment_method',
  'sub_payment_method', 'payment_account_holder', 'payment_account_number', 'transferproof_url', 'pg_payment_info', 'total_quantity',
  'unique_code_discount', 'discount_code_discount', 'discount_code_code', 'discount_code_applied_to', 'product_price', 'product_discount',
  'other_income_name', 'other_income', 'payment_link_income', 'gross_revenue', 'gross_revenue_for_dropshipper', 'discount_rate',
  'shipping_cost', 'shipping_discount', 'destination_address', 'final_variants', 'product_weight', 'total_weight', 'is_dropshipping',
  'courier_service', 'shipment_receipt', 'shipment_status', 'awb_status', 'shipment_status_history', 'orderlines', 'notes',
];

describe('mock customer account (CONTRACT §10)', () => {
  let mock: MockScalev;
  let access: string;
  beforeEach(async () => {
    mock = createMockScalev();
    access = (await signIn(mock)).access;
  });
  const me = (method: string, path: string, body?: unknown) => call(mock, method, path, { key: null, bearer: access, body });

  it('returns the profile with the store and its OTP setting', async () => {
    const profile = (await me('GET', '/customers/me')).data;
    expectOnlyKeys(profile, ['customer', 'store', 'is_generated_password_reset']);
    expect(profile.customer).to.deep.include({ id: 5001, email: 'budi@example.com', name: 'Budi Santoso' });
    expect(profile.store).to.deep.equal({ id: 7001, unique_id: 'store_demo_nusantara', name: 'Toko Nusantara', is_customer_otp_required: false });
  });

  it('updates the profile through a closed body where email is read-only', async () => {
    const updated = await me('PATCH', '/customers/me', { name: 'Budi S.', phone: '6281200000000', date_of_birth: '1991-01-31', is_unsubscribe: true });
    expect(updated.status).to.equal(200);
    expect(updated.data.customer).to.deep.include({ name: 'Budi S.', phone: '6281200000000', date_of_birth: '1991-01-31', is_unsubscribe: true });
    const email = await me('PATCH', '/customers/me', { email: 'lain@example.com' });
    expect(email.status).to.equal(400);
    expect(email.data.errors).to.deep.equal({ email: ['is not a permitted field'] });
    expect((await me('PATCH', '/customers/me', { date_of_birth: '31-01-1991' })).data.errors).to.deep.equal({ date_of_birth: ['has invalid format'] });
  });

  it('sets a new password (200 with the profile)', async () => {
    expect((await me('POST', '/customers/me/set-new-password', { password: 'pendek' })).status).to.equal(400);
    const ok = await me('POST', '/customers/me/set-new-password', { password: 'kata-sandi-baru' });
    expect(ok.status).to.equal(200);
    expect(ok.data.customer.email).to.equal('budi@example.com');
    await signIn(mock, 'budi@example.com', 'kata-sandi-baru');
  });

  it('lists, creates, reads, updates and deletes addresses', async () => {
    const list = (await me('GET', '/customers/me/addresses')).data;
    expect(list.is_paginated).to.equal(true);
    expect(list.data).to.have.length(2);
    expect(list.data[0].location).to.deep.equal({ id: 9089, subdistrict_name: 'Cempaka Putih', city_name: 'Kota Jakarta Pusat', province_name: 'DKI Jakarta' });
    for (const a of list.data) expectOnlyKeys(a, ['id', 'name', 'phone', 'email', 'location', 'address', 'postal_code', 'notes'], 'address');

    const missing = await me('POST', '/customers/me/addresses', { phone: '6281' });
    expect(missing.status).to.equal(400);
    expect(Object.keys(missing.data.errors).sort()).to.deep.equal(['address', 'location_id', 'name', 'phone']);
    const created = await me('POST', '/customers/me/addresses', { name: 'Kos', address: 'Jl. Kaliurang 5', location_id: '9124', postal_code: '55281', phone: '6281311112222' });
    expect(created.status).to.equal(200);
    expect(created.data.location.subdistrict_name).to.equal('Depok');
    const id = created.data.id;
    expect((await me('GET', `/customers/me/addresses/${id}`)).data.address).to.equal('Jl. Kaliurang 5');
    const patched = await me('PATCH', `/customers/me/addresses/${id}`, { notes: 'Lantai 2' });
    expect(patched.data.notes).to.equal('Lantai 2');
    expect(patched.data.address).to.equal('Jl. Kaliurang 5');
    expect((await me('PATCH', `/customers/me/addresses/${id}`, { postal_code: '10510' })).status, 'postal code outside the location').to.equal(400);
    expect((await me('DELETE', `/customers/me/addresses/${id}`)).status).to.equal(204);
    expect((await me('GET', `/customers/me/addresses/${id}`)).status).to.equal(404);
    const siti = (await signIn(mock, 'siti@example.com', 'rahasia123')).access;
    expect((await call(mock, 'GET', '/customers/me/addresses/801', { key: null, bearer: siti })).status, "someone else's address").to.equal(404);
  });
});

describe('mock customer checkout (CONTRACT §12)', () => {
  let mock: MockScalev;
  let access: string;
  beforeEach(async () => {
    mock = createMockScalev();
    access = (await signIn(mock)).access;
  });
  const me = (method: string, path: string, body?: unknown) => call(mock, method, path, { key: null, bearer: access, body });

  it('lists saved addresses and payment method codes with store accounts', async () => {
    const addresses = (await me('GET', '/customers/me/checkout/addresses')).data;
    expect(addresses.is_paginated).to.equal(false);
    expect(addresses.data).to.have.length(2);
    const methods = (await me('GET', '/customers/me/checkout/payment-methods')).data;
    expect(methods.payment_methods).to.include.members(['bank_transfer', 'va_bca', 'qris']);
    expect(methods.payment_accounts[0]).to.deep.equal({
      id: 301,
      method: 'bank_transfer',
      account_number: '8730123456',
      account_holder: 'PT Toko Nusantara Sejahtera',
      financial_entity_code: 'bca',
      financial_entity_name: 'Bank Central Asia (BCA)',
    });
    expect(methods.xendit_va_bank_codes.va_bca).to.equal('BCA');
  });

  it('quotes shipping and a summary from the customer cart with a flat destination', async () => {
    const cart = (await me('POST', '/customers/me/cart/items', { type: 'variant', variant_id: 494550, quantity: 1 })).data;
    const options = await me('POST', '/customers/me/checkout/shipping-options', { cart_id: cart.id, location_id: 9089, postal_code: '10510' });
    expect(options.status).to.equal(200);
    expect(options.data.data.length).to.be.greaterThan(0);
    const summary = (await me('POST', '/customers/me/checkout/summary', { cart_id: cart.id, location_id: 9089, postal_code: '10510', courier_service_id: 11, payment_method: 'bank_transfer' })).data;
    expect(summary.gross_revenue).to.equal('136500.00');
    expect((await me('POST', '/customers/me/checkout/shipping-options', { cart_id: 1, location_id: 9089, postal_code: '10510' })).status, 'not their cart').to.equal(404);
    expect((await me('POST', '/customers/me/checkout/shipping-options', { cart_id: cart.id })).status, 'no destination').to.equal(400);
  });

  it('creates an order from a saved address and the cart, then clears the cart', async () => {
    const cart = (await me('POST', '/customers/me/cart/items', { type: 'variant', variant_id: 494541, quantity: 2 })).data;
    const reply = await me('POST', '/customers/me/checkout', { cart_id: cart.id, address_id: 802, courier_service_id: '31', payment_method: 'qris' });
    expect(reply.status).to.equal(201);
    const order = reply.data;
    expect(order.customer_id).to.equal(5001);
    expect(order.destination_address.subdistrict).to.equal('Setiabudi');
    expect(order.pg_payment_info.qr_string).to.be.a('string');
    expect((await me('GET', '/customers/me/cart')).data.items).to.deep.equal([]);
    const listed = (await me('GET', '/customers/me/orders')).data.data;
    expect(listed[0].secret_slug).to.equal(order.secret_slug);
  });

  it('creates from items with address + location_id + postal_code, and answers field errors with 422', async () => {
    const items = [{ type: 'variant', variant_id: 494550, quantity: 1 }];
    const invalid = await me('POST', '/customers/me/checkout', { items, address_id: 801 });
    expect(invalid.status).to.equal(422);
    expect(invalid.data.errors).to.deep.equal({ payment_method: ["can't be blank"], courier_service_id: ["can't be blank"] });
    const notMine = await me('POST', '/customers/me/checkout', { items, address_id: 999, courier_service_id: 11, payment_method: 'bank_transfer' });
    expect(notMine.data.errors).to.deep.equal({ address_id: ['does not exist'] });
    const created = await me('POST', '/customers/me/checkout', { items, address: 'Jl. Braga 10', location_id: 9106, postal_code: '40131', courier_service_id: 11, payment_method: 'va_mandiri' });
    expect(created.status).to.equal(201);
    expect(created.data.destination_address.city).to.equal('Kota Bandung');
    expect((await me('POST', '/customers/me/checkout', { items, extra: true, payment_method: 'qris' })).status, 'closed body').to.equal(400);
  });
});

describe('mock customer orders (CONTRACT §13)', () => {
  it('pages through 30+ orders newest first in the closed customer-facing shape', async () => {
    const mock = createMockScalev();
    const { access } = await signIn(mock);
    const all: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await call(mock, 'GET', `/customers/me/orders${cursor ? `?next_cursor=${cursor}` : ''}`, { key: null, bearer: access })).data;
      expect(page.is_paginated).to.equal(true);
      all.push(...page.data);
      cursor = page.next_cursor;
    } while (cursor);
    expect(all.length).to.be.at.least(30);
    const times = all.map((o) => Date.parse(o.created_at));
    expect([...times].sort((a, b) => b - a)).to.deep.equal(times);
    for (const order of all) {
      expectOnlyKeys(order, CUSTOMER_ORDER_KEYS, order.order_id);
      expect(order).not.to.have.property('redirect_url');
      expect(order).not.to.have.property('handler_phone');
      expect(order.customer.email).to.equal('budi@example.com');
    }
    expect(new Set(all.map((o) => o.payment_method)).size).to.be.at.least(5);
    expect([...new Set(all.map((o) => o.status))]).to.include.members(['pending', 'shipped', 'completed', 'canceled']);
    expect(all.some((o) => typeof o.gross_revenue === 'number'), 'older orders carry numbers').to.equal(true);
    expect(all.some((o) => typeof o.gross_revenue === 'string')).to.equal(true);
    const course = all.find((o) => o.orderlines.some((l: any) => l.item_type === 'course'))!;
    expect(course.orderlines[0].is_lms_enabled).to.equal(true);
  });

  it('reads one order by uuid or legacy numeric id, and never another customer’s', async () => {
    const mock = createMockScalev();
    const { access } = await signIn(mock);
    const first = (await call(mock, 'GET', '/customers/me/orders', { key: null, bearer: access })).data.data[0];
    const detail = await call(mock, 'GET', `/customers/me/orders/${first.id}`, { key: null, bearer: access });
    expect(detail.status).to.equal(200);
    expect(detail.data.order_id).to.equal(first.order_id);
    const legacy = mock.db.orders.get(first.secret_slug)!.legacyId;
    expect((await call(mock, 'GET', `/customers/me/orders/${legacy}`, { key: null, bearer: access })).data.id).to.equal(first.id);
    const siti = (await signIn(mock, 'siti@example.com', 'rahasia123')).access;
    expect((await call(mock, 'GET', `/customers/me/orders/${first.id}`, { key: null, bearer: siti })).status).to.equal(404);
    expect((await call(mock, 'GET', '/customers/me/orders', { key: null, bearer: siti })).data.data).to.deep.equal([]);
  });
});

describe('mock subscriptions (CONTRACT §14)', () => {
  let mock: MockScalev;
  let access: string;
  beforeEach(async () => {
    mock = createMockScalev();
    access = (await signIn(mock)).access;
  });
  const me = (method: string, path: string, body?: unknown) => call(mock, method, path, { key: null, bearer: access, body });

  it('lists one active, one cancelling and one cancelled subscription, filterable by status', async () => {
    const list = (await me('GET', '/customers/me/subscriptions')).data;
    expect(list.page_size).to.equal(25);
    const byId = new Map(list.data.map((s: any) => [s.id, s]));
    expect((byId.get(DEMO_SUBSCRIPTION_IDS.active) as any).status).to.equal('active');
    expect((byId.get(DEMO_SUBSCRIPTION_IDS.cancelAtPeriodEnd) as any).is_cancel_at_period_end).to.equal(true);
    expect((byId.get(DEMO_SUBSCRIPTION_IDS.canceled) as any).status).to.equal('canceled');
    const item = (byId.get(DEMO_SUBSCRIPTION_IDS.active) as any).subscription_items[0];
    expect(item).to.deep.include({ id: DEMO_SUBSCRIPTION_ITEM_IDS.active, unit_price: 179000, status: 'active' });
    expect(item.variant).to.deep.include({ id: 494607, item_type: 'subscription' });
    const canceled = (await me('GET', '/customers/me/subscriptions?status=canceled')).data.data;
    expect(canceled.map((s: any) => s.id)).to.deep.equal([DEMO_SUBSCRIPTION_IDS.canceled]);
    expect((await me('GET', '/customers/me/subscriptions?page_size=26')).status).to.equal(400);
    expect((await me('GET', '/customers/me/subscriptions?status=paused')).status).to.equal(400);
  });

  it('cancels at period end and resumes, only from the right state', async () => {
    const path = `/customers/me/subscriptions/${DEMO_SUBSCRIPTION_IDS.active}`;
    const detail = (await me('GET', path)).data;
    expect(detail.latest_renewal_invoice.status).to.equal('scheduled');
    expect(detail.subscription_items[0].price).to.equal(179000);
    const canceled = await me('POST', `${path}/cancel`);
    expect(canceled.status).to.equal(200);
    expect(canceled.data.is_cancel_at_period_end).to.equal(true);
    expect(canceled.data.status).to.equal('active');
    expect(canceled.data.subscription_items[0].is_cancel_at_period_end).to.equal(true);
    expect((await me('POST', `${path}/cancel`)).status, 'already cancelling').to.equal(400);
    const resumed = await me('POST', `${path}/resume`);
    expect(resumed.data.is_cancel_at_period_end).to.equal(false);
    expect(resumed.data.latest_renewal_invoice.status).to.equal('scheduled');
    expect((await me('POST', `${path}/resume`)).status).to.equal(400);
    expect((await me('POST', `/customers/me/subscriptions/${DEMO_SUBSCRIPTION_IDS.canceled}/cancel`)).status).to.equal(400);
    expect((await me('GET', '/customers/me/subscriptions/tidak-ada')).status).to.equal(404);
  });

  it('offers and applies upgrades and downgrades for an active item', async () => {
    const itemPath = `/customers/me/subscription-items/${DEMO_SUBSCRIPTION_ITEM_IDS.active}`;
    const ups = (await me('GET', `${itemPath}/upgrade`)).data;
    expect(ups).to.deep.equal({ data: ups.data, is_paginated: false });
    expect(ups.data.map((v: any) => [v.id, v.price, v.pricing_type])).to.deep.equal([[494608, 299000, 'recurring']]);
    expect((await me('GET', `${itemPath}/downgrade`)).data.data.map((v: any) => v.id)).to.deep.equal([494606]);
    expect((await me('POST', `${itemPath}/upgrade`, { variant_id: 494606 })).status, 'not an upgrade').to.equal(400);
    expect((await me('POST', `${itemPath}/upgrade`)).status, 'variant_id required').to.equal(400);
    const upgraded = await me('POST', `${itemPath}/upgrade`, { variant_id: 494608 });
    expect(upgraded.status).to.equal(200);
    expect(upgraded.data.subscription_items[0]).to.deep.include({ variant_id: 494608, price: 299000 });
    const cancellingItem = `/customers/me/subscription-items/${DEMO_SUBSCRIPTION_ITEM_IDS.cancelAtPeriodEnd}`;
    expect((await me('GET', `${cancellingItem}/upgrade`)).data.data).to.deep.equal([]);
    expect((await me('POST', `${cancellingItem}/upgrade`, { variant_id: 494610 })).status).to.equal(400);
    expect((await me('GET', '/customers/me/subscription-items/tidak-ada/upgrade')).status).to.equal(404);
  });
});

describe('mock courses (CONTRACT §15)', () => {
  let mock: MockScalev;
  let access: string;
  beforeEach(async () => {
    mock = createMockScalev();
    access = (await signIn(mock)).access;
  });
  const me = (method: string, path: string, body?: unknown) => call(mock, method, path, { key: null, bearer: access, body });
  const uuidOf = (variantId: number) => mock.db.variants.get(variantId)!.json.uuid!;

  it('serves an owned course with sections, merchant HTML contents and progress', async () => {
    const course = (await me('GET', `/customers/me/variants/${uuidOf(COURSE_VARIANT_ID)}/course`)).data;
    expect(course.product_name).to.equal('Kelas Online: Fotografi Produk dengan HP');
    expect(course.course_sections.map((s: any) => s.title)).to.deep.equal(['Pengenalan', 'Teknik Dasar', 'Editing & Publikasi']);
    const first = course.course_sections[0];
    expect(first.progress).to.deep.include({ progress: 100, is_completed: true });
    const contents = course.course_sections.flatMap((s: any) => s.course_contents);
    expect(contents.some((c: any) => /<script>/.test(c.text ?? '')), 'merchant HTML arrives unsanitised').to.equal(true);
    expect(contents.some((c: any) => c.is_shown === false)).to.equal(true);
    const section = (await me('GET', `/customers/me/course-sections/${first.uuid}`)).data;
    expect(section.course_contents).to.have.length(2);
  });

  it('updates content progress within 0..100', async () => {
    const course = (await me('GET', `/customers/me/variants/${uuidOf(COURSE_VARIANT_ID)}/course`)).data;
    const content = course.course_sections[1].course_contents[1];
    expect(content.progress.progress).to.equal(0);
    const updated = await me('PATCH', `/customers/me/course-contents/${content.uuid}`, { progress: 100 });
    expect(updated.status).to.equal(200);
    expect(updated.data.progress).to.deep.include({ progress: 100, is_completed: true });
    expect((await me('GET', `/customers/me/course-contents/${content.uuid}`)).data.progress.progress).to.equal(100);
    expect((await me('PATCH', `/customers/me/course-contents/${content.uuid}`, { progress: 101 })).status).to.equal(400);
    expect((await me('PATCH', `/customers/me/course-contents/${content.uuid}`, { progress: -1 })).status).to.equal(400);
  });

  it('answers 403 for an expired entitlement and 404 for a course never bought', async () => {
    const expired = await me('GET', `/customers/me/variants/${uuidOf(EXPIRED_COURSE_VARIANT_ID)}/course`);
    expect(expired.status).to.equal(403);
    expect(expired.data.error_code).to.equal('course_access_expired');
    const siti = (await signIn(mock, 'siti@example.com', 'rahasia123')).access;
    const notOwned = await call(mock, 'GET', `/customers/me/variants/${uuidOf(COURSE_VARIANT_ID)}/course`, { key: null, bearer: siti });
    expect(notOwned.status).to.equal(404);
    expect((await me('GET', '/customers/me/variants/00000000-0000-4000-8000-000000000000/course')).status).to.equal(404);
    expect((await me('GET', '/customers/me/course-contents/tidak-ada')).status).to.equal(404);
  });

  it('keeps money as numbers in subscription amounts, strings in invoices', async () => {
    const detail = (await me('GET', `/customers/me/subscriptions/${DEMO_SUBSCRIPTION_IDS.active}`)).data;
    expect(typeof detail.subscription_items[0].price).to.equal('number');
    expect(typeof detail.latest_renewal_invoice.amount).to.equal('string');
    expect(money(detail.latest_renewal_invoice.amount)).to.equal(179000);
  });
});
