/**
 * Request bodies the route modules build: closed bodies carry only declared fields, ids become the
 * integers checkout requires, and a caller bug fails before anything is sent.
 */
import { expect } from '@open-wc/testing';
import * as cart from '../../src/api/cart.js';
import * as checkout from '../../src/api/checkout.js';
import * as courses from '../../src/api/courses.js';
import * as customerCart from '../../src/api/customer-cart.js';
import * as customerCheckout from '../../src/api/customer-checkout.js';
import { ScalevHttp } from '../../src/api/http.js';
import * as intents from '../../src/api/intents.js';
import * as locations from '../../src/api/locations.js';
import * as subscriptions from '../../src/api/subscriptions.js';
import type { StorefrontCheckoutItem } from '../../src/api/types.js';
import * as f from './fixtures.js';
import { json, noContent, recordingFetch } from './recording-fetch.js';

/** Resolves to the rejection reason; fails when the promise resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

function wired(answer: unknown = {}) {
  const recorder = recordingFetch(() => (answer === null ? noContent() : json(200, answer)));
  const http = new ScalevHttp({ apiBase: f.API_BASE, storeId: f.STORE_ID, storefrontKey: f.STOREFRONT_KEY, fetch: recorder.fetch });
  http.guestTokens = { get: () => f.GUEST_TOKEN, set: () => {} };
  http.customerAuth = { getAccessToken: async () => f.ACCESS_TOKEN, renewAfterUnauthorized: async () => null };
  return { http, requests: recorder.requests };
}

const order = { customer_name: 'Budi', customer_email: 'budi@example.com', payment_method: 'bank_transfer' };

describe('checkout bodies', () => {
  it('always sends payment_method on order creation (D4), guest and customer', async () => {
    const { http, requests } = wired(f.publicOrder);
    await checkout.createOrder(http, order);
    await customerCheckout.createOrder(http, { cart_id: 5, payment_method: 'payment_link' });
    expect(requests[0]!.body).to.deep.equal(order);
    expect(requests[1]!.body).to.deep.equal({ cart_id: 5, payment_method: 'payment_link' });
  });

  it('sends sub_payment_method only when one is given (GUIDES §13)', async () => {
    const { http, requests } = wired(f.publicOrder);
    await checkout.createOrder(http, { ...order, sub_payment_method: null });
    await checkout.createOrder(http, { ...order, sub_payment_method: '' });
    await checkout.createOrder(http, { ...order, sub_payment_method: 'BCA' });
    await customerCheckout.createOrder(http, { payment_method: 'va_bca', sub_payment_method: null });
    expect(requests.map((r) => (r.body as Record<string, unknown>)['sub_payment_method'])).to.deep.equal([
      undefined,
      undefined,
      'BCA',
      undefined,
    ]);
    expect(Object.keys(requests[0]!.body as object)).to.not.include('sub_payment_method');
  });

  it('sends checkout items as the closed union with integer ids', async () => {
    const { http, requests } = wired({ data: [], is_paginated: false });
    await checkout.listShippingOptions(http, {
      items: [
        { type: 'variant', variant_id: '494535', quantity: '2', bundle_price_option_id: null } as unknown as StorefrontCheckoutItem,
        { type: 'bundle_price_option', bundle_price_option_id: 31925, variant_id: null, quantity: 1, id: 32 } as unknown as StorefrontCheckoutItem,
      ],
    });
    expect((requests[0]!.body as { items: unknown }).items).to.deep.equal([
      { type: 'variant', variant_id: 494535, quantity: 2 },
      { type: 'bundle_price_option', bundle_price_option_id: 31925, quantity: 1 },
    ]);
  });

  it('refuses ids that are not positive integers before sending anything', async () => {
    const { http, requests } = wired(f.publicOrder);
    for (const bad of [
      { type: 'variant', variant_id: 'abc', quantity: 1 },
      { type: 'variant', variant_id: 0, quantity: 1 },
      { type: 'variant', variant_id: 1.5, quantity: 1 },
      { type: 'variant', variant_id: 7, quantity: 0 },
      { type: 'bundle_price_option', quantity: 1 },
      { type: 'product', variant_id: 7, quantity: 1 },
    ]) {
      const error = await rejectionOf(checkout.createOrder(http, { ...order, items: [bad as unknown as StorefrontCheckoutItem] }));
      expect(error, JSON.stringify(bad)).to.be.instanceOf(TypeError);
    }
    expect(requests).to.have.length(0);
  });

  it('turns every cart line into a checkout item', () => {
    expect(checkout.checkoutItemsFromCart(f.guestCart)).to.deep.equal([
      { type: 'variant', variant_id: 11, quantity: 1 },
      { type: 'bundle_price_option', bundle_price_option_id: 31925, quantity: 2 },
    ]);
    expect(checkout.checkoutItemsFromCart(null)).to.deep.equal([]);
    expect(checkout.checkoutItemsFromCart({ id: 1 })).to.deep.equal([]);
  });

  it('takes the flat courier fields from a shipping option', () => {
    expect(checkout.shippingSelection({ ...f.shippingOption, courier_aggregator_code: 'agg' })).to.deep.equal({
      courier_service_id: 12,
      warehouse_unique_id: 'wh_1',
      courier_aggregator_code: 'agg',
    });
  });

  it('keeps the shipping-options body empty when nothing is given (the guest cart is the source)', async () => {
    const { http, requests } = wired({ data: [f.shippingOption], is_paginated: false });
    expect(await checkout.listShippingOptions(http)).to.deep.equal([f.shippingOption]);
    expect(requests[0]!.body).to.deep.equal({});
  });

  it('reads a missing or odd list envelope as an empty list', async () => {
    const { http } = wired({ data: null });
    expect(await checkout.listShippingOptions(http)).to.deep.equal([]);
    expect(await locations.listProvinces(http)).to.deep.equal([]);
    const page = await locations.searchLocations(http);
    expect(page.items).to.deep.equal([]);
    expect(page.hasNext).to.equal(false);
  });

  it('fills a customer payment-methods answer that lacks its lists', async () => {
    const { http } = wired({ payment_methods: ['cod'] });
    expect(await customerCheckout.listPaymentMethods(http)).to.deep.equal({ payment_methods: ['cod'], payment_accounts: [] });
  });
});

describe('cart bodies', () => {
  it('sends only type, id and quantity, and rejects an untyped item without sending it', async () => {
    const { http, requests } = wired(f.guestCart);
    await cart.addItem(http, { type: 'bundle_price_option', bundle_price_option_id: '31925', quantity: 1, variant_id: 3 } as never);
    expect(requests[0]!.body).to.deep.equal({ type: 'bundle_price_option', bundle_price_option_id: '31925', quantity: 1 });
    expect(await rejectionOf(customerCart.addItem(http, { variant_id: 11 } as never))).to.be.instanceOf(TypeError);
    expect(requests).to.have.length(1);
  });
});

describe('checkout intent bodies', () => {
  it('drops fields, attribution keys and custom-field keys the closed schemas do not declare', async () => {
    const { http, requests } = wired(null);
    await intents.saveIntentSnapshot(http, f.INTENT_ID, f.INTENT_TOKEN, {
      sequence: 3,
      fields: {
        customer_name: 'Budi',
        password: 'secret',
        custom_fields: [{ key: 'k', label: 'L', value: true, extra: 1 }],
      } as never,
      attribution: { utm_campaign: 'promo', random: 'x' } as never,
      cart_id: null,
      recaptcha_token: 'must-not-go',
    } as never);
    expect(requests[0]!.body).to.deep.equal({
      sequence: 3,
      fields: { customer_name: 'Budi', custom_fields: [{ key: 'k', label: 'L', value: true }] },
      attribution: { utm_campaign: 'promo' },
      cart_id: null,
    });
  });

  it('rejects a prefill answer without data as unreadable', async () => {
    const { http } = wired({ nope: true });
    const error = await rejectionOf(intents.getIntentPrefill(http, f.PREFILL_TOKEN));
    expect((error as { kind?: string }).kind).to.equal('parse');
  });
});

describe('subscription and course bodies', () => {
  it('keeps page_size within 1–25 and sends only one cursor', async () => {
    const { http, requests } = wired({ data: [], is_paginated: true });
    await subscriptions.listSubscriptions(http, { page_size: 0, next_cursor: 'n', previous_cursor: 'p' });
    await subscriptions.listSubscriptions(http, { page_size: 10.7 });
    await subscriptions.listSubscriptions(http, {});
    expect(requests.map((r) => Object.fromEntries(r.url.searchParams))).to.deep.equal([
      { page_size: '1', next_cursor: 'n' },
      { page_size: '10' },
      {},
    ]);
  });

  it('refuses a variant id that is not a positive integer', async () => {
    const { http, requests } = wired(f.subscriptionDetail);
    expect(await rejectionOf(subscriptions.upgradeItem(http, 'item-1', 'pro'))).to.be.instanceOf(TypeError);
    expect(await rejectionOf(subscriptions.downgradeItem(http, 'item-1', -3))).to.be.instanceOf(TypeError);
    expect(requests).to.have.length(0);
  });

  it('clamps course progress to 0–100 and refuses NaN', async () => {
    const { http, requests } = wired(f.courseContent);
    await courses.updateContentProgress(http, 'c', -5);
    await courses.updateContentProgress(http, 'c', 42.5);
    expect(await rejectionOf(courses.updateContentProgress(http, 'c', Number.NaN))).to.be.instanceOf(TypeError);
    expect(requests.map((r) => r.body)).to.deep.equal([{ progress: 0 }, { progress: 42.5 }]);
  });
});
