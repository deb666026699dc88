/**
 * Layer 2: every route family end to end against the mock Scalev API (`src/mock`), including the
 * failure paths it can inject. The mock follows the contract's statuses, headers and envelopes, so
 * these tests prove the modules and the mock agree.
 */
import { expect } from '@open-wc/testing';
import * as account from '../../src/api/account.js';
import * as analytics from '../../src/api/analytics.js';
import * as auth from '../../src/api/auth.js';
import * as cart from '../../src/api/cart.js';
import * as catalog from '../../src/api/catalog.js';
import * as checkout from '../../src/api/checkout.js';
import * as courses from '../../src/api/courses.js';
import * as customerCart from '../../src/api/customer-cart.js';
import * as customerCheckout from '../../src/api/customer-checkout.js';
import * as customerOrders from '../../src/api/customer-orders.js';
import { ScalevApiError } from '../../src/api/errors.js';
import { ScalevHttp, type CustomerAuthProvider, type GuestTokenStore } from '../../src/api/http.js';
import * as intents from '../../src/api/intents.js';
import * as locations from '../../src/api/locations.js';
import * as orders from '../../src/api/orders.js';
import { collectAll } from '../../src/api/pagination.js';
import * as subscriptions from '../../src/api/subscriptions.js';
import type { StorefrontProductDetail } from '../../src/api/types.js';
import {
  CEMPAKA_PUTIH_LOCATION_ID,
  COURSE_VARIANT_ID,
  createMockScalev,
  DEMO_API_BASE,
  DEMO_CUSTOMER,
  DEMO_PREFILL_TOKEN,
  DEMO_STORE_ID,
  DEMO_STOREFRONT_KEY,
  DEMO_SUBSCRIPTION_IDS,
  DEMO_SUBSCRIPTION_ITEM_IDS,
  type MockScalev,
  type RecordedRequest,
} from '../../src/mock/index.js';

function tokenStore(initial: string | null = null): GuestTokenStore & { value: string | null } {
  const store = {
    value: initial,
    get: () => store.value,
    set: (token: string) => {
      store.value = token;
    },
  };
  return store;
}

function connect(mock: MockScalev, guestTokens: GuestTokenStore = tokenStore(), timeoutMs?: number): ScalevHttp {
  const http = new ScalevHttp({
    apiBase: DEMO_API_BASE,
    storeId: DEMO_STORE_ID,
    storefrontKey: DEMO_STOREFRONT_KEY,
    fetch: mock.fetch,
    timeoutMs,
  });
  http.guestTokens = guestTokens;
  return http;
}

/** Signs the demo customer in through the auth routes and hands the bearer to `http`. */
async function signIn(http: ScalevHttp): Promise<string> {
  const result = await auth.login(http, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
  if (result.kind !== 'tokens') throw new Error('the demo store should not ask for an OTP');
  const access = result.tokens.access;
  http.customerAuth = { getAccessToken: async () => access, renewAfterUnauthorized: async () => null };
  return access;
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

function last(mock: MockScalev): RecordedRequest {
  return mock.requests[mock.requests.length - 1]!;
}

/** A product with a variant in stock, read through the catalog routes. */
async function firstVariant(http: ScalevHttp): Promise<{ product: StorefrontProductDetail; variantId: number }> {
  const page = await catalog.listItems(http);
  for (const card of page.items) {
    if (card.entity_type !== 'product' || !card.in_stock) continue;
    const product = await catalog.getProduct(http, card.slug);
    const variantId = product.variants?.find((v) => typeof v.id === 'number')?.id;
    if (variantId !== undefined) return { product, variantId };
  }
  throw new Error('the demo catalog has no product with a variant');
}

/** A bank-transfer guest order for one in-stock variant, through cart, shipping options and checkout. */
async function placeGuestOrder(http: ScalevHttp) {
  const { variantId } = await firstVariant(http);
  await cart.addItem(http, { type: 'variant', variant_id: variantId, quantity: 1 });
  const [postal] = await locations.listPostalCodes(http, CEMPAKA_PUTIH_LOCATION_ID);
  const destination = { location_id: CEMPAKA_PUTIH_LOCATION_ID, postal_code: postal!.postal_code };
  const [option] = await checkout.listShippingOptions(http, { destination, payment_method: 'bank_transfer' });
  return checkout.createOrder(http, {
    customer_name: 'Budi',
    customer_email: 'budi.guest@example.com',
    customer_phone: '6281234567890',
    shipping_address: 'Jl. Demo 3',
    shipping_province: 'DKI Jakarta',
    shipping_city: 'Kota Jakarta Pusat',
    shipping_subdistrict: 'Cempaka Putih',
    shipping_postal_code: destination.postal_code,
    shipping_location_id: CEMPAKA_PUTIH_LOCATION_ID,
    payment_method: 'bank_transfer',
    ...checkout.shippingSelection(option!),
  });
}

/** XMLHttpRequest on top of the mock's fetch, so the direct upload reaches the mock's storage. */
function xhrOverFetch(fetchImpl: typeof fetch): () => XMLHttpRequest {
  return () => {
    const target = new EventTarget();
    let method = 'GET';
    let url = '';
    const headers: Record<string, string> = {};
    const xhr = Object.assign(target, {
      upload: new EventTarget(),
      withCredentials: false,
      timeout: 0,
      status: 0,
      responseText: '',
      open(m: string, u: string) {
        method = m;
        url = u;
      },
      setRequestHeader(name: string, value: string) {
        headers[name] = value;
      },
      abort() {
        target.dispatchEvent(new Event('abort'));
      },
      send(body: Blob) {
        fetchImpl(url, { method, headers, body, credentials: xhr.withCredentials ? 'include' : 'omit' }).then(
          async (response) => {
            xhr.upload.dispatchEvent(new ProgressEvent('progress', { loaded: body.size, total: body.size, lengthComputable: true }));
            xhr.status = response.status;
            xhr.responseText = await response.text();
            target.dispatchEvent(new Event('load'));
          },
          () => target.dispatchEvent(new Event('error')),
        );
      },
    });
    return xhr as unknown as XMLHttpRequest;
  };
}

describe('against the mock: public routes', () => {
  let mock: MockScalev;
  let http: ScalevHttp;
  beforeEach(() => {
    mock = createMockScalev();
    http = connect(mock);
  });

  it('catalog: items, count, detail, pricing, availability, categories, payment methods', async () => {
    const page = await catalog.listItems(http, { page_size: 5 });
    expect(page.items.length).to.be.greaterThan(0);
    const all = await collectAll((cursor) => catalog.listItems(http, { page_size: 5, next_cursor: cursor }));
    expect(all.length).to.equal(await catalog.countItems(http));

    const { product, variantId } = await firstVariant(http);
    expect(product.slug).to.be.a('string');
    const [pricing] = await catalog.getVariantPricing(http, [variantId]);
    expect(pricing!.variant_id).to.equal(variantId);
    expect((await catalog.getVariantAvailability(http, variantId)).stock_status).to.be.oneOf(['in_stock', 'low_stock', 'out_of_stock']);
    expect((await catalog.listCategories(http)).length).to.be.greaterThan(0);
    const methods = await catalog.listPaymentMethods(http);
    expect(methods.map((m) => m.code)).to.include('bank_transfer');
    expect(methods.map((m) => m.code)).to.not.include('no_payment');

    const bundleCard = all.find((item) => item.entity_type === 'bundle_price_option');
    expect(bundleCard, 'the demo catalog lists a bundle').to.not.equal(undefined);
    expect((await catalog.getBundlePriceOption(http, bundleCard!.slug)).entity_type).to.equal('bundle_price_option');
    for (const request of mock.requests) {
      expect(request.headers['x-scalev-storefront-api-key']).to.equal(DEMO_STOREFRONT_KEY);
      expect(request.headers['x-scalev-guest-token']).to.equal(undefined);
      expect(request.headers['authorization']).to.equal(undefined);
    }
  });

  it('locations: search, and provinces → cities → subdistricts → postal codes', async () => {
    const found = await locations.searchLocations(http, { search: 'Cempaka Putih' });
    expect(found.items.map((l) => l.id)).to.include(CEMPAKA_PUTIH_LOCATION_ID);

    const target = found.items.find((l) => l.id === CEMPAKA_PUTIH_LOCATION_ID)!;
    const province = (await locations.listProvinces(http)).find((p) => p.province_name === target.province_name)!;
    const city = (await locations.listCities(http, { province_id: province.province_id })).find((c) => c.city_name === target.city_name)!;
    const subdistricts = await locations.listSubdistricts(http, { city_id: city.city_id });
    expect(subdistricts.map((s) => s.id)).to.include(CEMPAKA_PUTIH_LOCATION_ID);
    const codes = await locations.listPostalCodes(http, CEMPAKA_PUTIH_LOCATION_ID);
    expect(codes.length).to.be.greaterThan(0);
    expect(codes[0]!.postal_code).to.match(/^\d{5}$/);
  });

  it('guest cart: token issued on the first call, stored, resent, and kept across a reload', async () => {
    const tokens = tokenStore();
    http = connect(mock, tokens);
    const { variantId } = await firstVariant(http);

    const added = await cart.addItem(http, { type: 'variant', variant_id: variantId, quantity: 2 });
    expect(last(mock).headers['x-scalev-guest-token']).to.equal(undefined);
    expect(tokens.value).to.match(/^[0-9a-f-]{36}$/);
    expect(added.items?.[0]).to.include({ type: 'variant', variant_id: variantId, quantity: 2 });

    const line = added.items![0]!;
    const updated = await cart.updateItem(http, line.id, 3);
    expect(last(mock).headers['x-scalev-guest-token']).to.equal(tokens.value);
    expect(updated.items![0]!.quantity).to.equal(3);

    // A reload: a new client over the same token storage finds the same cart.
    const reloaded = connect(mock, tokenStore(tokens.value));
    const again = await cart.getCart(reloaded);
    expect(again.items).to.deep.equal(updated.items);

    const emptied = await cart.removeItem(reloaded, line.id);
    expect(emptied.items ?? []).to.have.length(0);
  });

  it('guest checkout from the cart: shipping options, summary, discount check, order, payment, transfer proof', async () => {
    const { variantId } = await firstVariant(http);
    await cart.addItem(http, { type: 'variant', variant_id: variantId, quantity: 1 });
    const [postal] = await locations.listPostalCodes(http, CEMPAKA_PUTIH_LOCATION_ID);
    const destination = { location_id: CEMPAKA_PUTIH_LOCATION_ID, postal_code: postal!.postal_code };

    const options = await checkout.listShippingOptions(http, { destination, payment_method: 'bank_transfer' });
    expect(options.length).to.be.greaterThan(0);
    const selection = checkout.shippingSelection(options[0]!);

    const summary = await checkout.getSummary(http, { destination, ...selection, payment_method: 'bank_transfer' });
    expect(summary.gross_revenue).to.not.equal(undefined);

    const check = await checkout.checkDiscountCode(http, { code: 'HEMAT10', destination, ...selection, payment_method: 'bank_transfer' });
    expect(check.is_eligible).to.be.a('boolean');
    const unknown = await checkout.checkDiscountCode(http, { code: 'TIDAKADA' });
    expect(unknown.is_eligible).to.equal(false);

    const order = await checkout.createOrder(http, {
      customer_name: 'Budi',
      customer_email: 'budi.guest@example.com',
      customer_phone: '6281234567890',
      shipping_address: 'Jl. Demo 3',
      shipping_province: 'DKI Jakarta',
      shipping_city: 'Kota Jakarta Pusat',
      shipping_subdistrict: 'Cempaka Putih',
      shipping_postal_code: postal!.postal_code,
      shipping_location_id: CEMPAKA_PUTIH_LOCATION_ID,
      payment_method: 'bank_transfer',
      ...selection,
    });
    expect(order.secret_slug).to.be.a('string');
    expect(order.payment_method).to.equal('bank_transfer');

    const read = await orders.getOrder(http, order.secret_slug);
    expect(read.id).to.equal(order.id);
    const paid = await orders.createPayment(http, order.secret_slug);
    expect(paid.secret_slug).to.equal(order.secret_slug);

    const file = new File([new Uint8Array(1500)], 'bukti.png', { type: 'image/png' });
    const progress: number[] = [];
    const upload = await orders.createTransferProofUpload(http, order.secret_slug, orders.transferProofUploadRequest(file));
    await orders.uploadTransferProof(upload.upload_url, file, {
      contentType: 'image/png',
      onProgress: (p) => progress.push(p.loaded),
      createRequest: xhrOverFetch(mock.fetch),
    });
    const put = last(mock);
    expect(put.method).to.equal('PUT');
    expect(put.headers['content-type']).to.equal('image/png');
    expect(put.headers['x-scalev-storefront-api-key']).to.equal(undefined);
    expect(progress).to.deep.equal([1500]);
    const updated = await orders.updateOrder(http, order.secret_slug, { transferproof_url: upload.file_url });
    expect(updated.transferproof_url).to.equal(upload.file_url);
  });

  it('buy now orders direct items without the guest token and leaves the guest cart alone', async () => {
    const { variantId } = await firstVariant(http);
    const inCart = await cart.addItem(http, { type: 'variant', variant_id: variantId, quantity: 1 });
    const [postal] = await locations.listPostalCodes(http, CEMPAKA_PUTIH_LOCATION_ID);
    const items = [{ type: 'variant' as const, variant_id: variantId, quantity: 2 }];
    const [option] = await checkout.listShippingOptions(http, {
      items,
      destination: { location_id: CEMPAKA_PUTIH_LOCATION_ID, postal_code: postal!.postal_code },
    });
    const order = await checkout.createOrderFromItems(http, {
      items,
      customer_name: 'Budi',
      customer_email: 'budi.guest@example.com',
      customer_phone: '6281234567890',
      shipping_address: 'Jl. Demo 3',
      shipping_location_id: CEMPAKA_PUTIH_LOCATION_ID,
      shipping_postal_code: postal!.postal_code,
      payment_method: 'bank_transfer',
      ...checkout.shippingSelection(option!),
    });
    expect(order.orderlines.reduce((n, line) => n + (line.quantity ?? 0), 0)).to.equal(2);
    expect(last(mock).headers['x-scalev-guest-token']).to.equal(undefined);
    expect((await cart.getCart(http)).items).to.deep.equal(inCart.items);
  });

  it('refuses a transfer-proof PUT whose Content-Type differs from the announced one', async () => {
    const order = await placeGuestOrder(http);
    const file = new File([new Uint8Array(100)], 'bukti.png', { type: 'image/png' });
    const upload = await orders.createTransferProofUpload(http, order.secret_slug, orders.transferProofUploadRequest(file));
    const error = await rejection(
      orders.uploadTransferProof(upload.upload_url, file, { contentType: 'image/jpeg', createRequest: xhrOverFetch(mock.fetch) }),
    );
    expect(error.status).to.equal(403);
  });

  it('analytics: the three relays accept their events with the storefront key only', async () => {
    await analytics.sendMetaEvents(http, {
      event_source_url: 'https://shop.example/produk/kopi',
      user_data: { fbp: 'fb.1.1700000000000.42' },
      events: [{ event_id: 'vc_1', event_name: 'ViewContent' }],
    });
    await analytics.sendTiktokEvents(http, {
      event_source_url: 'https://shop.example/produk/kopi',
      user: {},
      events: [{ event_id: 'vc_1', event: 'ViewContent' }],
    });
    await analytics.sendSnackVideoEvents(http, { click_id: 'kwai-1', events: [{ event_name: 'contentView' }] });
    expect(mock.requests.map((r) => r.path)).to.deep.equal([
      `/v3/stores/${DEMO_STORE_ID}/public/analytics/meta/events`,
      `/v3/stores/${DEMO_STORE_ID}/public/analytics/tiktok/events`,
      `/v3/stores/${DEMO_STORE_ID}/public/analytics/snackvideo/events`,
    ]);
    const error = await rejection(analytics.sendTiktokEvents(http, { user: {}, events: [] } as never));
    expect(error.status).to.equal(400);
  });

  it('checkout intents: start, snapshot with the intent token, recovery prefill without identity headers', async () => {
    const capture = await intents.startIntent(http, {
      recaptcha_token: 'recaptcha-ok',
      client_session_id: crypto.randomUUID(),
      form_widget_id: 'storefront-checkout',
      fields: { customer_name: 'Budi' },
      source_url: 'https://shop.example/checkout',
    });
    expect(capture.checkout_intent_token).to.match(/^cit_/);
    await intents.saveIntentSnapshot(http, capture.id, capture.checkout_intent_token, {
      sequence: capture.last_sequence + 1,
      fields: { customer_email: 'budi@example.com' },
    });
    expect(last(mock).headers['x-scalev-checkout-intent-token']).to.equal(capture.checkout_intent_token);
    expect(last(mock).method).to.equal('PATCH');

    const prefill = await intents.getIntentPrefill(http, DEMO_PREFILL_TOKEN);
    expect(prefill.checkout_intent.id).to.be.a('string');
    const read = last(mock);
    expect(read.path).to.equal('/v3/checkout-intents/prefill');
    expect(read.headers['x-scalev-storefront-api-key']).to.equal(undefined);
    expect(read.headers['x-scalev-guest-token']).to.equal(undefined);

    const refused = await rejection(intents.getIntentPrefill(http, 'cip_unknown'));
    expect(refused.status).to.equal(401);
  });
});

describe('against the mock: signed-in routes', () => {
  let mock: MockScalev;
  let http: ScalevHttp;
  beforeEach(async () => {
    mock = createMockScalev();
    http = connect(mock);
    await signIn(http);
  });

  it('merge: storefront key, guest token and bearer together move the guest cart to the customer', async () => {
    const { variantId } = await firstVariant(http);
    await cart.addItem(http, { type: 'variant', variant_id: variantId, quantity: 1 });
    const merged = await cart.mergeCart(http);
    const request = last(mock);
    expect(request.headers['x-scalev-storefront-api-key']).to.equal(DEMO_STOREFRONT_KEY);
    expect(request.headers['x-scalev-guest-token']).to.be.a('string');
    expect(request.headers['authorization']).to.match(/^Bearer /);
    expect(merged.items?.some((item) => item.type === 'variant' && item.variant_id === variantId)).to.equal(true);
    const customer = await customerCart.getCart(http);
    expect(customer.items).to.deep.equal(merged.items);
  });

  it('account: profile, addresses create/read/update/delete, password', async () => {
    const me = await account.getProfile(http);
    expect(me.customer.email).to.equal(DEMO_CUSTOMER.email);
    const renamed = await account.updateProfile(http, { name: 'Budi S.' });
    expect(renamed.customer.name).to.equal('Budi S.');

    const before = await account.listAddresses(http);
    const created = await account.createAddress(http, {
      name: 'Kantor',
      phone: '6281234567890',
      location_id: CEMPAKA_PUTIH_LOCATION_ID,
      address: 'Jl. Kantor 1',
      postal_code: '10510',
    });
    expect(created.location?.id).to.equal(CEMPAKA_PUTIH_LOCATION_ID);
    expect((await account.getAddress(http, created.id!)).address).to.equal('Jl. Kantor 1');
    expect((await account.updateAddress(http, created.id!, { notes: 'Lantai 2' })).notes).to.equal('Lantai 2');
    expect((await account.listAddresses(http)).items.length).to.equal(before.items.length + 1);
    await account.deleteAddress(http, created.id!);
    expect((await rejection(account.getAddress(http, created.id!))).status).to.equal(404);

    const afterPassword = await account.setNewPassword(http, 'rahasia-baru-1');
    expect(afterPassword.customer.email).to.equal(DEMO_CUSTOMER.email);
    for (const request of mock.requests.filter((r) => r.path.includes('/customers/me'))) {
      expect(request.headers['x-scalev-storefront-api-key']).to.equal(undefined);
      expect(request.headers['x-scalev-guest-token']).to.equal(undefined);
    }
  });

  it('customer cart, checkout and orders', async () => {
    const { variantId } = await firstVariant(http);
    const added = await customerCart.addItem(http, { type: 'variant', variant_id: variantId, quantity: 1 });
    const line = added.items!.find((item) => item.type === 'variant' && item.variant_id === variantId)!;
    expect((await customerCart.updateItem(http, line.id, 2)).items!.find((i) => i.id === line.id)!.quantity).to.equal(2);
    const removed = await customerCart.removeItem(http, line.id);
    expect(removed.items?.some((i) => i.id === line.id) ?? false).to.equal(false);
    await customerCart.addItem(http, { type: 'variant', variant_id: variantId, quantity: 1 });

    const addresses = await customerCheckout.listAddresses(http);
    expect(addresses.length).to.be.greaterThan(0);
    const methods = await customerCheckout.listPaymentMethods(http);
    expect(methods.payment_methods).to.include('bank_transfer');

    const [postal] = await locations.listPostalCodes(http, CEMPAKA_PUTIH_LOCATION_ID);
    const where = { cart_id: added.id!, location_id: CEMPAKA_PUTIH_LOCATION_ID, postal_code: postal!.postal_code };
    const options = await customerCheckout.listShippingOptions(http, { ...where, payment_method: 'bank_transfer' });
    expect(options.length, 'a physical item has couriers').to.be.greaterThan(0);
    const selection = checkout.shippingSelection(options[0]!);
    const summary = await customerCheckout.getSummary(http, { ...where, ...selection, payment_method: 'bank_transfer' });
    expect(summary.gross_revenue).to.not.equal(undefined);

    const order = await customerCheckout.createOrder(http, {
      ...where,
      address: 'Jl. Demo 3',
      ...selection,
      payment_method: 'bank_transfer',
    });
    expect(order.secret_slug).to.be.a('string');

    const history = await collectAll((cursor) => customerOrders.listOrders(http, { next_cursor: cursor }));
    expect(history.map((o) => o.secret_slug)).to.include(order.secret_slug);
    expect((await customerOrders.getOrder(http, order.id)).secret_slug).to.equal(order.secret_slug);

  });

  it('subscriptions: list with status filter and page size, detail, cancel, resume, upgrade and downgrade options', async () => {
    const active = await subscriptions.listSubscriptions(http, { status: 'active', page_size: 1 });
    expect(active.items).to.have.length(1);
    expect(active.items.every((s) => s.status === 'active')).to.equal(true);
    const request = last(mock);
    expect(request.url).to.contain('status=active');
    expect(request.url).to.contain('page_size=1');

    const detail = await subscriptions.getSubscription(http, DEMO_SUBSCRIPTION_IDS.active);
    expect(detail.id).to.equal(DEMO_SUBSCRIPTION_IDS.active);
    const canceled = await subscriptions.cancelSubscription(http, DEMO_SUBSCRIPTION_IDS.active);
    expect(canceled.is_cancel_at_period_end).to.equal(true);
    const resumed = await subscriptions.resumeSubscription(http, DEMO_SUBSCRIPTION_IDS.active);
    expect(resumed.is_cancel_at_period_end).to.equal(false);

    const upgrades = await subscriptions.listUpgradeOptions(http, DEMO_SUBSCRIPTION_ITEM_IDS.active);
    const downgrades = await subscriptions.listDowngradeOptions(http, DEMO_SUBSCRIPTION_ITEM_IDS.active);
    expect(upgrades.length + downgrades.length, 'the active item can change plan').to.be.greaterThan(0);
    const [direction, option] = upgrades[0] ? (['upgrade', upgrades[0]] as const) : (['downgrade', downgrades[0]!] as const);
    const changed =
      direction === 'upgrade'
        ? await subscriptions.upgradeItem(http, DEMO_SUBSCRIPTION_ITEM_IDS.active, option.id!)
        : await subscriptions.downgradeItem(http, DEMO_SUBSCRIPTION_ITEM_IDS.active, option.id!);
    expect(changed.id).to.equal(DEMO_SUBSCRIPTION_IDS.active);
    expect(last(mock).body).to.deep.equal({ variant_id: option.id });
  });

  it('courses: variant course, section, content, progress', async () => {
    const course = await courses.getVariantCourse(http, await courseVariantUuid(http));
    const section = course.course_sections![0]!;
    expect((await courses.getCourseSection(http, section.uuid!)).uuid).to.equal(section.uuid);
    const content = section.course_contents![0]!;
    expect((await courses.getCourseContent(http, content.uuid!)).uuid).to.equal(content.uuid);
    const progressed = await courses.updateContentProgress(http, content.uuid!, 100);
    expect(progressed.progress?.progress).to.equal(100);
  });
});

/** The uuid of the demo course variant, as the catalog publishes it. */
async function courseVariantUuid(http: ScalevHttp): Promise<string> {
  const items = await collectAll((cursor) => catalog.listItems(http, { next_cursor: cursor }));
  for (const card of items) {
    if (card.entity_type !== 'product') continue;
    const product = await catalog.getProduct(http, card.slug);
    const variant = product.variants?.find((v) => v.id === COURSE_VARIANT_ID);
    if (variant) return String(variant.uuid ?? variant.unique_id);
  }
  throw new Error('the demo catalog has no course variant');
}

describe('against the mock: failures', () => {
  let mock: MockScalev;
  let http: ScalevHttp;
  beforeEach(() => {
    mock = createMockScalev();
    http = connect(mock);
  });

  it('a JSON error body gives status, message and code', async () => {
    const error = await rejection(catalog.getProduct(http, 'tidak-ada'));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.be.a('string').and.not.equal('');
    expect(error.body).to.be.an('object');
  });

  it('a wrong storefront key is the contract 404 "Store not found"', async () => {
    const wrong = new ScalevHttp({ apiBase: DEMO_API_BASE, storeId: DEMO_STORE_ID, storefrontKey: 'sfpk_wrong', fetch: mock.fetch });
    const error = await rejection(catalog.listCategories(wrong));
    expect(error.status).to.equal(404);
    expect(error.message).to.match(/store not found/i);
  });

  it('order creation with invalid fields gives 422 field errors under their names', async () => {
    const error = await rejection(
      checkout.createOrder(http, {
        items: [{ type: 'variant', variant_id: (await firstVariant(http)).variantId, quantity: 1 }],
        customer_name: '',
        customer_email: 'not-an-email',
        payment_method: 'bank_transfer',
      }),
    );
    expect(error.status).to.equal(422);
    expect(error.hasFieldErrors).to.equal(true);
    expect(Object.keys(error.fieldErrors)).to.include('customer_email');
  });

  it('a text/plain 429 reads as a message; a GET waits for the reset and succeeds', async () => {
    const reset = Math.floor(Date.now() / 1000) + 1;
    mock.faults.add({
      method: 'GET',
      path: '/public/categories',
      status: 429,
      body: 'Too many requests',
      contentType: 'text/plain',
      headers: { 'X-Ratelimit-Limit': '60', 'X-Ratelimit-Remaining': '0', 'X-Ratelimit-Reset': String(reset) },
    });
    const categories = await catalog.listCategories(http);
    expect(categories.length).to.be.greaterThan(0);
    const attempts = mock.requests.filter((r) => r.path.endsWith('/public/categories'));
    expect(attempts).to.have.length(2);
    expect(attempts[0]!.fault).to.equal('http');
    expect(attempts[1]!.at).to.be.at.least(Math.max(reset * 1000, attempts[0]!.at + 250) - 20);
  });

  it('a 429 on order creation is not retried and its plain text is the message', async () => {
    mock.faults.add({ method: 'POST', path: '/public/checkout', status: 429, body: 'Too many requests', headers: { 'X-Ratelimit-Reset': '0' } });
    const error = await rejection(
      checkout.createOrder(http, { customer_name: 'Budi', customer_email: 'budi@example.com', payment_method: 'bank_transfer' }),
    );
    expect(error.status).to.equal(429);
    expect(error.message).to.equal('Too many requests');
    expect(mock.requests.filter((r) => r.path.endsWith('/public/checkout'))).to.have.length(1);
  });

  it('timeout, offline, malformed JSON and abort each have their kind', async () => {
    const quick = connect(mock, tokenStore(), 80);
    mock.faults.add({ path: '/public/categories', kind: 'timeout' });
    expect((await rejection(catalog.listCategories(quick))).kind).to.equal('timeout');

    mock.faults.add({ path: '/public/categories', kind: 'offline' });
    expect((await rejection(catalog.listCategories(http))).kind).to.equal('network');

    mock.faults.add({ path: '/public/categories', kind: 'malformed' });
    expect((await rejection(catalog.listCategories(http))).kind).to.equal('parse');

    mock.faults.add({ path: '/public/categories', kind: 'delay', delayMs: 2_000 });
    const controller = new AbortController();
    const pending = catalog.listCategories(http, controller.signal);
    setTimeout(() => controller.abort(), 20);
    expect((await rejection(pending)).kind).to.equal('aborted');
  });

  it('identical GETs in flight share one request', async () => {
    mock.faults.add({ path: '/public/categories', kind: 'delay', delayMs: 50 });
    const [a, b] = await Promise.all([catalog.listCategories(http), catalog.listCategories(http)]);
    expect(b).to.equal(a);
    expect(mock.requests.filter((r) => r.path.endsWith('/public/categories'))).to.have.length(1);
  });

  it('a 401 on a customer route renews once and retries once', async () => {
    const signedIn = connect(mock);
    const access = await signIn(signedIn);
    const renewals: string[] = [];
    const provider: CustomerAuthProvider = {
      getAccessToken: async () => 'expired-or-revoked',
      renewAfterUnauthorized: async (rejected) => {
        renewals.push(rejected);
        return access;
      },
    };
    signedIn.customerAuth = provider;
    const me = await account.getProfile(signedIn);
    expect(me.customer.email).to.equal(DEMO_CUSTOMER.email);
    expect(renewals).to.deep.equal(['expired-or-revoked']);
    const calls = mock.requests.filter((r) => r.path.endsWith('/customers/me'));
    expect(calls.map((r) => r.headers['authorization'])).to.deep.equal(['Bearer expired-or-revoked', `Bearer ${access}`]);
  });

  it('a second 401 after the renewal is final', async () => {
    const renewals: string[] = [];
    http.customerAuth = {
      getAccessToken: async () => 'bad-1',
      renewAfterUnauthorized: async (rejected) => {
        renewals.push(rejected);
        return 'bad-2';
      },
    };
    const error = await rejection(customerOrders.listOrders(http));
    expect(error.status).to.equal(401);
    expect(renewals).to.have.length(1);
    expect(mock.requests.filter((r) => r.path.endsWith('/customers/me/orders'))).to.have.length(2);
  });
});
