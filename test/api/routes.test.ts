/**
 * Layer 1: the exact request of every storefront and customer route of CONTRACT.md (§2–§15 and
 * the prefill read), checked on the wire through a recording fetch.
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
import { ScalevHttp } from '../../src/api/http.js';
import * as intents from '../../src/api/intents.js';
import * as locations from '../../src/api/locations.js';
import * as orders from '../../src/api/orders.js';
import * as subscriptions from '../../src/api/subscriptions.js';
import type { CartItemRequest, CustomerProfileUpdateRequest, PublicCheckoutRequest } from '../../src/api/types.js';
import * as f from './fixtures.js';
import { json, noContent, recordingFetch, type RecordedRequest } from './recording-fetch.js';

/** Every storefront + customer operationId of CONTRACT.md's operation index, minus the page routes 32, 33, 72–83. */
const CONTRACT_OPERATIONS = [
  'listStorefrontItems', 'countStorefrontItems', 'getStorefrontProduct', 'getStorefrontBundlePriceOption',
  'listStorefrontCategories', 'listStorefrontPaymentMethods', 'getStorefrontVariantPricing',
  'getStorefrontVariantAvailability', 'searchStorefrontLocations', 'listStorefrontLocationProvinces',
  'listStorefrontLocationCities', 'listStorefrontLocationSubdistricts', 'listStorefrontLocationPostalCodes',
  'getGuestCart', 'addGuestCartItem', 'updateGuestCartItem', 'removeGuestCartItem', 'mergeGuestCart',
  'listPublicCheckoutShippingOptions', 'getPublicCheckoutSummary', 'checkDiscountCode', 'createPublicCheckout',
  'getStorefrontPublicOrder', 'updateStorefrontPublicOrder', 'createStorefrontPublicOrderPayment',
  'createStorefrontPublicOrderTransferProofUpload', 'sendStorefrontMetaConversionEvent',
  'sendStorefrontTiktokConversionEvent', 'sendStorefrontSnackVideoConversionEvent', 'createStorefrontCheckoutIntent',
  'updateStorefrontCheckoutIntent', 'getCheckoutIntentPrefill', 'loginCustomer', 'verifyCustomerOtp',
  'refreshCustomerJwt', 'blacklistCustomerJwt', 'startCustomerPasswordReset', 'saveCustomerPassword', 'getCustomerMe',
  'updateCustomerMe', 'setCustomerPassword', 'listCustomerMeAddresses', 'createCustomerMeAddress',
  'getCustomerMeAddress', 'updateCustomerMeAddress', 'deleteCustomerMeAddress', 'getCustomerCart',
  'addCustomerCartItem', 'updateCustomerCartItem', 'removeCustomerCartItem', 'listCheckoutAddresses',
  'listCheckoutPaymentMethods', 'listCheckoutShippingOptions', 'getCheckoutSummary', 'createCustomerCheckout',
  'listCustomerOrders', 'getCustomerOrder', 'listCustomerSubscriptions', 'getCustomerSubscription',
  'cancelCustomerSubscription', 'resumeCustomerSubscription', 'listSubscriptionUpgradeOptions',
  'upgradeSubscriptionItem', 'listSubscriptionDowngradeOptions', 'downgradeSubscriptionItem',
  'getCustomerVariantCourse', 'getCustomerCourseSection', 'getCustomerCourseContent',
  'updateCustomerCourseContentProgress',
];

/** Which identity headers a request must carry, and nothing more. */
type Identity = 'key' | 'key+guest' | 'key+guest+bearer' | 'bearer' | 'key+intent' | 'none';

const IDENTITY_HEADERS: Record<Identity, Record<string, string>> = {
  key: { 'x-scalev-storefront-api-key': f.STOREFRONT_KEY },
  'key+guest': { 'x-scalev-storefront-api-key': f.STOREFRONT_KEY, 'x-scalev-guest-token': f.GUEST_TOKEN },
  'key+guest+bearer': {
    'x-scalev-storefront-api-key': f.STOREFRONT_KEY,
    'x-scalev-guest-token': f.GUEST_TOKEN,
    authorization: `Bearer ${f.ACCESS_TOKEN}`,
  },
  bearer: { authorization: `Bearer ${f.ACCESS_TOKEN}` },
  'key+intent': { 'x-scalev-storefront-api-key': f.STOREFRONT_KEY, 'x-scalev-checkout-intent-token': f.INTENT_TOKEN },
  none: {},
};

interface RouteCase {
  op: string;
  /** Tells apart several cases of one operation. */
  label?: string;
  call: (http: ScalevHttp) => Promise<unknown>;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path below `/v3/stores/{store_id}`, or from `/v3` on when `absolute`. */
  path: string;
  absolute?: boolean;
  query?: Record<string, string>;
  /** The exact JSON body; absent means no body at all. */
  body?: unknown;
  identity: Identity;
  status: number;
  /** JSON answer; absent means an empty body. */
  response?: unknown;
  /** What the function must resolve to. */
  result: unknown;
}

const variantItemInput = { type: 'variant' as const, variant_id: '11' as unknown as number, quantity: 1 };
const bundleItemInput = { type: 'bundle_price_option' as const, bundle_price_option_id: 31925, quantity: 2 };
const checkoutItemsWire = [
  { type: 'variant', variant_id: 11, quantity: 1 },
  { type: 'bundle_price_option', bundle_price_option_id: 31925, quantity: 2 },
];
const destination = { location_id: 9089, postal_code: '10510' };

const guestOrderInput = {
  items: [variantItemInput, bundleItemInput],
  customer_name: 'Budi',
  customer_email: 'budi@example.com',
  customer_phone: '6281234567890',
  shipping_address: 'Jl. Demo 3',
  shipping_province: 'DKI Jakarta',
  shipping_city: 'Kota Jakarta Pusat',
  shipping_subdistrict: 'Cempaka Putih',
  shipping_postal_code: '10510',
  shipping_location_id: 9089,
  payment_method: 'bank_transfer',
  courier_service_id: '12' as unknown as number,
  warehouse_unique_id: 'wh_1',
  courier_aggregator_code: null,
  discount_code_code: 'SAVE10',
  notes: undefined,
  checkout_intent_token: f.INTENT_TOKEN,
  // Not in the contract: must never reach the wire.
  cart_token: 'leak',
} as PublicCheckoutRequest;

const guestOrderWire = {
  items: checkoutItemsWire,
  customer_name: 'Budi',
  customer_email: 'budi@example.com',
  customer_phone: '6281234567890',
  shipping_address: 'Jl. Demo 3',
  shipping_province: 'DKI Jakarta',
  shipping_city: 'Kota Jakarta Pusat',
  shipping_subdistrict: 'Cempaka Putih',
  shipping_postal_code: '10510',
  shipping_location_id: 9089,
  payment_method: 'bank_transfer',
  courier_service_id: 12,
  warehouse_unique_id: 'wh_1',
  courier_aggregator_code: null,
  discount_code_code: 'SAVE10',
  checkout_intent_token: f.INTENT_TOKEN,
};

const metaEvent = {
  event_source_url: 'https://shop.example/produk/kopi',
  referrer_url: null,
  user_data: { em: 'budi@example.com', fbp: 'fb.1.1700000000000.123', country: 'id' },
  events: [{ event_id: 'atc_1', event_name: 'AddToCart', parameters: { value: 125000, currency: 'IDR' } }],
  variants: [{ variant_unique_id: 'var_11', quantity: 1 }],
};
const tiktokEvent = {
  event_source_url: 'https://shop.example/produk/kopi',
  user: { email: 'budi@example.com', ttclid: 'tt-1' },
  events: [{ event_id: 'atc_1', event: 'AddToCart' }],
};
const snackEvent = {
  click_id: 'kwai-1',
  event_source_url: 'https://shop.example/checkout',
  events: [{ event_name: 'purchase', properties: { value: 147000, currency: 'IDR' } }],
  bundle_price_options: [{ bundle_price_option_unique_id: 'bpo_1', quantity: 1 }],
};

const intentFields = {
  customer_name: 'Budi',
  customer_email: 'budi@example.com',
  shipping_location_id: 9089,
  notes: null,
  custom_fields: [{ key: 'size', label: 'Ukuran', value: 'L' }],
};

const cases: RouteCase[] = [
  // §2 Catalog
  {
    op: 'listStorefrontItems',
    call: (http) => catalog.listItems(http, { page_size: 2, next_cursor: 'cursor-1' }),
    method: 'GET', path: '/public/items', query: { page_size: '2', next_cursor: 'cursor-1' },
    identity: 'key', status: 200, response: f.itemsEnvelope,
    result: {
      items: [f.productCard, f.bundleCard], hasNext: true, hasPrevious: false,
      nextCursor: 'cursor-2', previousCursor: null, pageSize: 2,
    },
  },
  {
    op: 'countStorefrontItems', call: (http) => catalog.countItems(http),
    method: 'GET', path: '/public/items/count', identity: 'key', status: 200, response: { total: 7 }, result: 7,
  },
  {
    op: 'getStorefrontProduct', call: (http) => catalog.getProduct(http, 'kopi gayo/1'),
    method: 'GET', path: '/public/products/kopi%20gayo%2F1', identity: 'key', status: 200,
    response: f.productDetail, result: f.productDetail,
  },
  {
    op: 'getStorefrontBundlePriceOption', call: (http) => catalog.getBundlePriceOption(http, 'paket-hemat'),
    method: 'GET', path: '/public/bundle-price-options/paket-hemat', identity: 'key', status: 200,
    response: f.bundleDetail, result: f.bundleDetail,
  },
  {
    op: 'listStorefrontCategories', call: (http) => catalog.listCategories(http),
    method: 'GET', path: '/public/categories', identity: 'key', status: 200,
    response: { data: [{ id: 1, name: 'Kopi', full_path: 'Minuman/Kopi' }], is_paginated: false },
    result: [{ id: 1, name: 'Kopi', full_path: 'Minuman/Kopi' }],
  },
  {
    op: 'listStorefrontPaymentMethods', call: (http) => catalog.listPaymentMethods(http),
    method: 'GET', path: '/public/payment-methods', identity: 'key', status: 200,
    response: { data: [{ code: 'qris', label: 'QRIS', enabled: true, requires_redirect: false }], is_paginated: false },
    result: [{ code: 'qris', label: 'QRIS', enabled: true, requires_redirect: false }],
  },
  {
    op: 'getStorefrontVariantPricing', call: (http) => catalog.getVariantPricing(http, [11, '12']),
    method: 'GET', path: '/public/variants/pricing', query: { ids: '11,12' }, identity: 'key', status: 200,
    response: { data: [{ variant_id: 11, price: '125000.00', currency: 'IDR', available: true, available_qty: null }], is_paginated: false },
    result: [{ variant_id: 11, price: '125000.00', currency: 'IDR', available: true, available_qty: null }],
  },
  {
    op: 'getStorefrontVariantAvailability', call: (http) => catalog.getVariantAvailability(http, 11),
    method: 'GET', path: '/public/variants/11/availability', identity: 'key', status: 200,
    response: { variant_id: 11, available: true, available_qty: 4, stock_status: 'low_stock' },
    result: { variant_id: 11, available: true, available_qty: 4, stock_status: 'low_stock' },
  },
  // §3 Locations
  {
    op: 'searchStorefrontLocations',
    call: (http) => locations.searchLocations(http, { search: 'cempaka', page_size: 20, next_cursor: 'n1', previous_cursor: 'p0' }),
    method: 'GET', path: '/public/locations', query: { search: 'cempaka', page_size: '20', next_cursor: 'n1' },
    identity: 'key', status: 200,
    response: { data: [f.location], is_paginated: true, has_next: false, has_previous: true, next_cursor: null, previous_cursor: 'p1', page_size: 20 },
    result: { items: [f.location], hasNext: false, hasPrevious: true, nextCursor: null, previousCursor: 'p1', pageSize: 20 },
  },
  {
    op: 'listStorefrontLocationProvinces', call: (http) => locations.listProvinces(http, { search: 'jawa' }),
    method: 'GET', path: '/public/locations/provinces', query: { search: 'jawa' }, identity: 'key', status: 200,
    response: { data: [{ province_id: 6, province_name: 'DKI Jakarta' }], is_paginated: false },
    result: [{ province_id: 6, province_name: 'DKI Jakarta' }],
  },
  {
    op: 'listStorefrontLocationCities', call: (http) => locations.listCities(http, { province_id: 6 }),
    method: 'GET', path: '/public/locations/cities', query: { province_id: '6' }, identity: 'key', status: 200,
    response: { data: [{ city_id: 152, city_name: 'Kota Jakarta Pusat' }], is_paginated: false },
    result: [{ city_id: 152, city_name: 'Kota Jakarta Pusat' }],
  },
  {
    op: 'listStorefrontLocationSubdistricts', call: (http) => locations.listSubdistricts(http, { city_id: 152, search: 'cem' }),
    method: 'GET', path: '/public/locations/subdistricts', query: { city_id: '152', search: 'cem' },
    identity: 'key', status: 200, response: { data: [f.location], is_paginated: false }, result: [f.location],
  },
  {
    op: 'listStorefrontLocationPostalCodes', call: (http) => locations.listPostalCodes(http, 9089),
    method: 'GET', path: '/public/locations/9089/postal-codes', identity: 'key', status: 200,
    response: { data: [{ postal_code: '10510' }], is_paginated: false }, result: [{ postal_code: '10510' }],
  },
  // §4 Guest cart and merge
  {
    op: 'getGuestCart', call: (http) => cart.getCart(http),
    method: 'GET', path: '/public/cart', identity: 'key+guest', status: 200,
    response: f.guestCart, result: f.guestCart,
  },
  {
    op: 'addGuestCartItem',
    call: (http) => cart.addItem(http, { type: 'variant', variant_id: '11', quantity: 2, price: 1 } as CartItemRequest),
    method: 'POST', path: '/public/cart/items', body: { type: 'variant', variant_id: '11', quantity: 2 },
    identity: 'key+guest', status: 201, response: f.guestCart, result: f.guestCart,
  },
  {
    op: 'updateGuestCartItem', call: (http) => cart.updateItem(http, 31, 3),
    method: 'PATCH', path: '/public/cart/items/31', body: { quantity: 3 },
    identity: 'key+guest', status: 200, response: f.guestCart, result: f.guestCart,
  },
  {
    op: 'removeGuestCartItem', call: (http) => cart.removeItem(http, 31),
    method: 'DELETE', path: '/public/cart/items/31', identity: 'key+guest', status: 200,
    response: f.guestCart, result: f.guestCart,
  },
  {
    op: 'mergeGuestCart', call: (http) => cart.mergeCart(http),
    method: 'POST', path: '/public/cart/merge', identity: 'key+guest+bearer', status: 200,
    response: f.guestCart, result: f.guestCart,
  },
  // §5 Guest checkout
  {
    op: 'listPublicCheckoutShippingOptions',
    call: (http) =>
      checkout.listShippingOptions(http, {
        items: [variantItemInput, bundleItemInput],
        destination: { ...destination, extra: 1 } as typeof destination,
        payment_method: 'bank_transfer',
      }),
    method: 'POST', path: '/public/checkout/shipping-options',
    body: { items: checkoutItemsWire, destination, payment_method: 'bank_transfer' },
    identity: 'key+guest', status: 200, response: { data: [f.shippingOption], is_paginated: false }, result: [f.shippingOption],
  },
  {
    op: 'getPublicCheckoutSummary',
    call: (http) =>
      checkout.getSummary(http, {
        destination,
        ...checkout.shippingSelection(f.shippingOption),
        payment_method: 'bank_transfer',
        discount_code_code: 'SAVE10',
      }),
    method: 'POST', path: '/public/checkout/summary',
    body: {
      destination, courier_service_id: 12, warehouse_unique_id: 'wh_1', courier_aggregator_code: null,
      payment_method: 'bank_transfer', discount_code_code: 'SAVE10',
    },
    identity: 'key+guest', status: 200, response: f.summary, result: f.summary,
  },
  {
    op: 'checkDiscountCode', label: 'guest cart as the item source',
    call: (http) => checkout.checkDiscountCode(http, { code: 'SAVE10', destination, payment_method: 'bank_transfer' }),
    method: 'POST', path: '/public/discount-codes/check',
    body: { code: 'SAVE10', destination, payment_method: 'bank_transfer' },
    identity: 'key+guest', status: 200, response: f.discountCheck, result: f.discountCheck,
  },
  {
    op: 'checkDiscountCode', label: 'direct items as the only item source (no guest token)',
    call: (http) => checkout.checkDiscountCode(http, { code: 'SAVE10', items: [variantItemInput], net_product_price: '125000' }),
    method: 'POST', path: '/public/discount-codes/check',
    body: { code: 'SAVE10', items: [checkoutItemsWire[0]], net_product_price: '125000' },
    identity: 'key', status: 200,
    response: { discount_code: null, eligibility_details: {}, is_eligible: false, discount_code_discount: '0' },
    result: { discount_code: null, eligibility_details: {}, is_eligible: false, discount_code_discount: '0' },
  },
  {
    op: 'createPublicCheckout', label: 'from the guest cart context',
    call: (http) => checkout.createOrder(http, guestOrderInput),
    method: 'POST', path: '/public/checkout', body: guestOrderWire,
    identity: 'key+guest', status: 201, response: f.publicOrder, result: f.publicOrder,
  },
  {
    op: 'createPublicCheckout', label: 'buy now: direct items, guest cart untouched',
    call: (http) =>
      checkout.createOrderFromItems(http, {
        items: [bundleItemInput], customer_name: 'Budi', customer_email: 'budi@example.com', payment_method: 'qris',
        sub_payment_method: 'BCA',
      }),
    method: 'POST', path: '/public/checkout',
    body: {
      items: [checkoutItemsWire[1]], customer_name: 'Budi', customer_email: 'budi@example.com', payment_method: 'qris',
      sub_payment_method: 'BCA',
    },
    identity: 'key', status: 201, response: f.publicOrder, result: f.publicOrder,
  },
  // §6 Public order
  {
    op: 'getStorefrontPublicOrder', call: (http) => orders.getOrder(http, f.SECRET_SLUG),
    method: 'GET', path: `/public/orders/${f.SECRET_SLUG}`, identity: 'key', status: 200,
    response: f.publicOrder, result: f.publicOrder,
  },
  {
    op: 'updateStorefrontPublicOrder',
    call: (http) =>
      orders.updateOrder(http, f.SECRET_SLUG, {
        transferproof_url: f.transferProofUpload.file_url,
        transfer_time: '2026-01-01T10:00:00Z',
        financial_entity_id: 2,
        payment_account_holder: 'Budi',
        payment_account_number: undefined,
      }),
    method: 'PATCH', path: `/public/orders/${f.SECRET_SLUG}`,
    body: {
      transferproof_url: f.transferProofUpload.file_url, transfer_time: '2026-01-01T10:00:00Z',
      financial_entity_id: 2, payment_account_holder: 'Budi',
    },
    identity: 'key', status: 200, response: f.publicOrder, result: f.publicOrder,
  },
  {
    op: 'createStorefrontPublicOrderPayment', call: (http) => orders.createPayment(http, f.SECRET_SLUG),
    method: 'POST', path: `/public/orders/${f.SECRET_SLUG}/payment`, identity: 'key', status: 200,
    response: { ...f.publicOrder, pg_payment_info: { qr_string: 'QR' } },
    result: { ...f.publicOrder, pg_payment_info: { qr_string: 'QR' } },
  },
  {
    op: 'createStorefrontPublicOrderTransferProofUpload',
    call: (http) =>
      orders.createTransferProofUpload(
        http, f.SECRET_SLUG,
        orders.transferProofUploadRequest(new File([new Uint8Array(2048)], 'bukti.png', { type: 'image/png' })),
      ),
    method: 'POST', path: `/public/orders/${f.SECRET_SLUG}/transfer-proof-upload`,
    body: { filename: 'bukti.png', content_type: 'image/png', content_length: 2048 },
    identity: 'key', status: 200, response: f.transferProofUpload, result: f.transferProofUpload,
  },
  // §7 Conversion relays
  {
    op: 'sendStorefrontMetaConversionEvent', call: (http) => analytics.sendMetaEvents(http, metaEvent),
    method: 'POST', path: '/public/analytics/meta/events', body: metaEvent,
    identity: 'key', status: 204, result: undefined,
  },
  {
    op: 'sendStorefrontTiktokConversionEvent', call: (http) => analytics.sendTiktokEvents(http, tiktokEvent),
    method: 'POST', path: '/public/analytics/tiktok/events', body: tiktokEvent,
    identity: 'key', status: 204, result: undefined,
  },
  {
    op: 'sendStorefrontSnackVideoConversionEvent', call: (http) => analytics.sendSnackVideoEvents(http, snackEvent),
    method: 'POST', path: '/public/analytics/snackvideo/events', body: snackEvent,
    identity: 'key', status: 204, result: undefined,
  },
  // §8 Checkout intents
  {
    op: 'createStorefrontCheckoutIntent',
    call: (http) =>
      intents.startIntent(http, {
        recaptcha_token: 'recaptcha-1',
        client_session_id: '5f0c6f1e-1111-4222-8333-944455556666',
        form_widget_id: 'storefront-checkout',
        fields: intentFields,
        items: [variantItemInput],
        attribution: { utm_source: 'ig', fbclid: 'nope' } as never,
        source_url: 'https://shop.example/checkout',
      }),
    method: 'POST', path: '/public/checkout-intents',
    body: {
      recaptcha_token: 'recaptcha-1', client_session_id: '5f0c6f1e-1111-4222-8333-944455556666',
      form_widget_id: 'storefront-checkout', fields: intentFields, items: [checkoutItemsWire[0]],
      attribution: { utm_source: 'ig' }, source_url: 'https://shop.example/checkout',
    },
    identity: 'key', status: 201, response: f.intentCapture, result: f.intentCapture,
  },
  {
    op: 'updateStorefrontCheckoutIntent',
    call: (http) => intents.saveIntentSnapshot(http, f.INTENT_ID, f.INTENT_TOKEN, { sequence: 2, fields: { customer_phone: null }, items: [] }),
    method: 'PATCH', path: `/public/checkout-intents/${f.INTENT_ID}`,
    body: { sequence: 2, fields: { customer_phone: null }, items: [] },
    identity: 'key+intent', status: 204, result: undefined,
  },
  {
    op: 'getCheckoutIntentPrefill', call: (http) => intents.getIntentPrefill(http, f.PREFILL_TOKEN),
    method: 'GET', path: '/v3/checkout-intents/prefill', absolute: true,
    query: { checkout_intent_prefill_token: f.PREFILL_TOKEN },
    identity: 'none', status: 200, response: f.prefill, result: f.prefill.data,
  },
  // §9 Customer auth
  {
    op: 'loginCustomer', call: (http) => auth.login(http, 'budi@example.com', 'rahasia'),
    method: 'POST', path: '/public/auth/login', body: { email: 'budi@example.com', password: 'rahasia' },
    identity: 'key', status: 200, response: f.tokens, result: { kind: 'tokens', tokens: f.tokens },
  },
  {
    op: 'verifyCustomerOtp', call: (http) => auth.verifyOtp(http, 'budi@example.com', '123456'),
    method: 'POST', path: '/public/auth/otp/verify', body: { email: 'budi@example.com', otp: '123456' },
    identity: 'key', status: 200, response: f.tokens, result: f.tokens,
  },
  {
    op: 'refreshCustomerJwt', call: (http) => auth.refreshTokens(http, 'refresh.old'),
    method: 'POST', path: '/public/auth/jwt/refresh', body: { refresh: 'refresh.old' },
    identity: 'key', status: 200, response: f.tokens, result: f.tokens,
  },
  {
    op: 'blacklistCustomerJwt', call: (http) => auth.blacklistTokens(http, ['a', 'r']),
    method: 'POST', path: '/public/auth/jwt/blacklist', body: { tokens: ['a', 'r'] },
    identity: 'key', status: 204, result: undefined,
  },
  {
    op: 'startCustomerPasswordReset', call: (http) => auth.forgetPassword(http, 'budi@example.com'),
    method: 'POST', path: '/public/auth/forget-password', body: { email: 'budi@example.com' },
    identity: 'key', status: 204, result: undefined,
  },
  {
    op: 'saveCustomerPassword', call: (http) => auth.savePassword(http, 'reset-token', 'baru123'),
    method: 'POST', path: '/public/auth/save-password', body: { token: 'reset-token', password: 'baru123' },
    identity: 'key', status: 204, result: undefined,
  },
  // §10 Customer account
  {
    op: 'getCustomerMe', call: (http) => account.getProfile(http),
    method: 'GET', path: '/customers/me', identity: 'bearer', status: 200, response: f.profile, result: f.profile,
  },
  {
    op: 'updateCustomerMe',
    call: (http) =>
      account.updateProfile(http, { name: 'Budi S', email: 'x@example.com', phone: '6281', sex: undefined } as CustomerProfileUpdateRequest),
    method: 'PATCH', path: '/customers/me', body: { name: 'Budi S', phone: '6281' },
    identity: 'bearer', status: 200, response: f.profile, result: f.profile,
  },
  {
    op: 'setCustomerPassword', call: (http) => account.setNewPassword(http, 'baru123'),
    method: 'POST', path: '/customers/me/set-new-password', body: { password: 'baru123' },
    identity: 'bearer', status: 200, response: f.profile, result: f.profile,
  },
  {
    op: 'listCustomerMeAddresses', call: (http) => account.listAddresses(http),
    method: 'GET', path: '/customers/me/addresses', identity: 'bearer', status: 200, response: f.addressesEnvelope,
    result: { items: [f.address], hasNext: false, hasPrevious: false, nextCursor: null, previousCursor: null, pageSize: 25 },
  },
  {
    op: 'createCustomerMeAddress',
    call: (http) =>
      account.createAddress(http, { name: 'Budi', phone: '6281', location_id: 9089, address: 'Jl. Demo 3', postal_code: '10510', id: 9 } as never),
    method: 'POST', path: '/customers/me/addresses',
    body: { name: 'Budi', phone: '6281', location_id: 9089, address: 'Jl. Demo 3', postal_code: '10510' },
    identity: 'bearer', status: 200, response: f.address, result: f.address,
  },
  {
    op: 'getCustomerMeAddress', call: (http) => account.getAddress(http, 3),
    method: 'GET', path: '/customers/me/addresses/3', identity: 'bearer', status: 200, response: f.address, result: f.address,
  },
  {
    op: 'updateCustomerMeAddress', call: (http) => account.updateAddress(http, 3, { notes: 'Pagar hijau' }),
    method: 'PATCH', path: '/customers/me/addresses/3', body: { notes: 'Pagar hijau' },
    identity: 'bearer', status: 200, response: f.address, result: f.address,
  },
  {
    op: 'deleteCustomerMeAddress', call: (http) => account.deleteAddress(http, 3),
    method: 'DELETE', path: '/customers/me/addresses/3', identity: 'bearer', status: 204, result: undefined,
  },
  // §11 Customer cart
  {
    op: 'getCustomerCart', call: (http) => customerCart.getCart(http),
    method: 'GET', path: '/customers/me/cart', identity: 'bearer', status: 200, response: f.guestCart, result: f.guestCart,
  },
  {
    op: 'addCustomerCartItem',
    call: (http) => customerCart.addItem(http, { type: 'bundle_price_option', bundle_price_option_id: 31925 }),
    method: 'POST', path: '/customers/me/cart/items', body: { type: 'bundle_price_option', bundle_price_option_id: 31925 },
    identity: 'bearer', status: 201, response: f.guestCart, result: f.guestCart,
  },
  {
    op: 'updateCustomerCartItem', call: (http) => customerCart.updateItem(http, '32', 4),
    method: 'PATCH', path: '/customers/me/cart/items/32', body: { quantity: 4 },
    identity: 'bearer', status: 200, response: f.guestCart, result: f.guestCart,
  },
  {
    op: 'removeCustomerCartItem', call: (http) => customerCart.removeItem(http, 32),
    method: 'DELETE', path: '/customers/me/cart/items/32', identity: 'bearer', status: 200,
    response: f.guestCart, result: f.guestCart,
  },
  // §12 Customer checkout
  {
    op: 'listCheckoutAddresses', call: (http) => customerCheckout.listAddresses(http),
    method: 'GET', path: '/customers/me/checkout/addresses', identity: 'bearer', status: 200,
    response: { data: [f.address], is_paginated: false }, result: [f.address],
  },
  {
    op: 'listCheckoutPaymentMethods', call: (http) => customerCheckout.listPaymentMethods(http),
    method: 'GET', path: '/customers/me/checkout/payment-methods', identity: 'bearer', status: 200,
    response: { ...f.customerPaymentMethods, xendit_va_bank_codes: { va_bca: 'BCA' } },
    result: { ...f.customerPaymentMethods, xendit_va_bank_codes: { va_bca: 'BCA' } },
  },
  {
    op: 'listCheckoutShippingOptions',
    call: (http) =>
      customerCheckout.listShippingOptions(http, { cart_id: 5, location_id: 9089, postal_code: '10510', payment_method: 'cod' }),
    method: 'POST', path: '/customers/me/checkout/shipping-options',
    body: { cart_id: 5, location_id: 9089, postal_code: '10510', payment_method: 'cod' },
    identity: 'bearer', status: 200, response: { data: [], is_paginated: false }, result: [],
  },
  {
    op: 'getCheckoutSummary',
    call: (http) =>
      customerCheckout.getSummary(http, {
        items: [bundleItemInput], location_id: 9089, postal_code: '10510',
        selected_shipping_option: { courier_service_id: 12, warehouse_unique_id: 'wh_1', courier_aggregator_code: null },
        payment_method: 'va_bca', discount_code_code: null,
      }),
    method: 'POST', path: '/customers/me/checkout/summary',
    body: {
      items: [checkoutItemsWire[1]], location_id: 9089, postal_code: '10510',
      selected_shipping_option: { courier_service_id: 12, warehouse_unique_id: 'wh_1', courier_aggregator_code: null },
      payment_method: 'va_bca', discount_code_code: null,
    },
    identity: 'bearer', status: 200, response: f.summary, result: f.summary,
  },
  {
    op: 'createCustomerCheckout',
    call: (http) =>
      customerCheckout.createOrder(http, {
        cart_id: 5, address_id: 3, location_id: 9089, postal_code: '10510', payment_method: 'va_bca',
        courier_service_id: 12, warehouse_unique_id: 'wh_1', courier_aggregator_code: null, notes: 'Titip satpam',
        sub_payment_method: '', customer_email: 'x' } as never),
    method: 'POST', path: '/customers/me/checkout',
    body: {
      cart_id: 5, address_id: 3, location_id: 9089, postal_code: '10510', payment_method: 'va_bca',
      courier_service_id: 12, warehouse_unique_id: 'wh_1', courier_aggregator_code: null, notes: 'Titip satpam',
    },
    identity: 'bearer', status: 201, response: f.publicOrder, result: f.publicOrder,
  },
  // §13 Customer orders
  {
    op: 'listCustomerOrders', call: (http) => customerOrders.listOrders(http, { next_cursor: 'orders-2' }),
    method: 'GET', path: '/customers/me/orders', query: { next_cursor: 'orders-2' }, identity: 'bearer', status: 200,
    response: f.ordersEnvelope,
    result: {
      items: [f.customerOrder], hasNext: true, hasPrevious: true, nextCursor: 'orders-3', previousCursor: 'orders-1', pageSize: 1,
    },
  },
  {
    op: 'getCustomerOrder', call: (http) => customerOrders.getOrder(http, f.ORDER_UUID),
    method: 'GET', path: `/customers/me/orders/${f.ORDER_UUID}`, identity: 'bearer', status: 200,
    response: f.customerOrder, result: f.customerOrder,
  },
  // §14 Subscriptions
  {
    op: 'listCustomerSubscriptions',
    call: (http) => subscriptions.listSubscriptions(http, { page_size: 50, status: 'active', previous_cursor: 'subs-0' }),
    method: 'GET', path: '/customers/me/subscriptions', query: { page_size: '25', previous_cursor: 'subs-0', status: 'active' },
    identity: 'bearer', status: 200, response: f.subscriptionsEnvelope,
    result: { items: [f.subscription], hasNext: false, hasPrevious: false, nextCursor: null, previousCursor: null, pageSize: 10 },
  },
  {
    op: 'getCustomerSubscription', call: (http) => subscriptions.getSubscription(http, 'sub-1'),
    method: 'GET', path: '/customers/me/subscriptions/sub-1', identity: 'bearer', status: 200,
    response: f.subscriptionDetail, result: f.subscriptionDetail,
  },
  {
    op: 'cancelCustomerSubscription', call: (http) => subscriptions.cancelSubscription(http, 'sub-1'),
    method: 'POST', path: '/customers/me/subscriptions/sub-1/cancel', identity: 'bearer', status: 200,
    response: f.subscriptionDetail, result: f.subscriptionDetail,
  },
  {
    op: 'resumeCustomerSubscription', call: (http) => subscriptions.resumeSubscription(http, 'sub-1'),
    method: 'POST', path: '/customers/me/subscriptions/sub-1/resume', identity: 'bearer', status: 200,
    response: f.subscriptionDetail, result: f.subscriptionDetail,
  },
  {
    op: 'listSubscriptionUpgradeOptions', call: (http) => subscriptions.listUpgradeOptions(http, 'item-1'),
    method: 'GET', path: '/customers/me/subscription-items/item-1/upgrade', identity: 'bearer', status: 200,
    response: { data: f.variantOptions, is_paginated: false }, result: f.variantOptions,
  },
  {
    op: 'upgradeSubscriptionItem', call: (http) => subscriptions.upgradeItem(http, 'item-1', '21'),
    method: 'POST', path: '/customers/me/subscription-items/item-1/upgrade', body: { variant_id: 21 },
    identity: 'bearer', status: 200, response: f.subscriptionDetail, result: f.subscriptionDetail,
  },
  {
    op: 'listSubscriptionDowngradeOptions', call: (http) => subscriptions.listDowngradeOptions(http, 'item-1'),
    method: 'GET', path: '/customers/me/subscription-items/item-1/downgrade', identity: 'bearer', status: 200,
    response: { data: [], is_paginated: false }, result: [],
  },
  {
    op: 'downgradeSubscriptionItem', call: (http) => subscriptions.downgradeItem(http, 'item-1', 20),
    method: 'POST', path: '/customers/me/subscription-items/item-1/downgrade', body: { variant_id: 20 },
    identity: 'bearer', status: 200, response: f.subscriptionDetail, result: f.subscriptionDetail,
  },
  // §15 Courses
  {
    op: 'getCustomerVariantCourse', call: (http) => courses.getVariantCourse(http, 'var-uuid-1'),
    method: 'GET', path: '/customers/me/variants/var-uuid-1/course', identity: 'bearer', status: 200,
    response: f.courseAccess, result: f.courseAccess,
  },
  {
    op: 'getCustomerCourseSection', call: (http) => courses.getCourseSection(http, 'section-1'),
    method: 'GET', path: '/customers/me/course-sections/section-1', identity: 'bearer', status: 200,
    response: f.courseSection, result: f.courseSection,
  },
  {
    op: 'getCustomerCourseContent', call: (http) => courses.getCourseContent(http, 'content-1'),
    method: 'GET', path: '/customers/me/course-contents/content-1', identity: 'bearer', status: 200,
    response: f.courseContent, result: f.courseContent,
  },
  {
    op: 'updateCustomerCourseContentProgress', call: (http) => courses.updateContentProgress(http, 'content-1', 100.4),
    method: 'PATCH', path: '/customers/me/course-contents/content-1', body: { progress: 100 },
    identity: 'bearer', status: 200, response: f.courseContent, result: f.courseContent,
  },
];

/** A client wired to a recording fetch, with a stored guest token and a signed-in customer. */
function wiredHttp(answer: (request: RecordedRequest) => Response) {
  const recorder = recordingFetch(answer);
  const http = new ScalevHttp({ apiBase: f.API_BASE, storeId: f.STORE_ID, storefrontKey: f.STOREFRONT_KEY, fetch: recorder.fetch });
  let guestToken: string | null = f.GUEST_TOKEN;
  http.guestTokens = { get: () => guestToken, set: (token) => (guestToken = token) };
  http.customerAuth = { getAccessToken: async () => f.ACCESS_TOKEN, renewAfterUnauthorized: async () => null };
  return { http, recorder, guestToken: () => guestToken };
}

describe('every contract route, on the wire', () => {
  it('covers each storefront and customer operation of the contract (page routes excluded)', () => {
    const covered = [...new Set(cases.map((c) => c.op))].sort();
    expect(covered).to.deep.equal([...CONTRACT_OPERATIONS].sort());
    expect(CONTRACT_OPERATIONS).to.have.length(69);
  });

  for (const route of cases) {
    it(`${route.op}${route.label ? ` (${route.label})` : ''}: ${route.method} ${route.path}`, async () => {
      const { http, recorder, guestToken } = wiredHttp(() => {
        // Every answer carries a fresh guest token: only guest and merge routes may keep it.
        const headers = { 'X-Scalev-Guest-Token': f.ROTATED_GUEST_TOKEN };
        if (route.response === undefined) {
          return route.status === 204 ? noContent(headers) : new Response('', { status: route.status, headers });
        }
        return json(route.status, route.response, headers);
      });

      const result = await route.call(http);

      expect(recorder.requests, 'exactly one request').to.have.length(1);
      const sent = recorder.requests[0]!;
      expect(sent.method).to.equal(route.method);
      expect(sent.url.origin).to.equal(f.API_BASE);
      expect(sent.url.pathname).to.equal(route.absolute ? route.path : `/v3/stores/${f.STORE_ID}${route.path}`);
      expect(Object.fromEntries(sent.url.searchParams)).to.deep.equal(route.query ?? {});
      expect(sent.credentials).to.equal('omit');

      const expectedHeaders: Record<string, string> = { accept: 'application/json', ...IDENTITY_HEADERS[route.identity] };
      if (route.body !== undefined) expectedHeaders['content-type'] = 'application/json';
      expect(sent.headers).to.deep.equal(expectedHeaders);

      if (route.body === undefined) expect(sent.rawBody, 'no body').to.equal(undefined);
      else expect(sent.body).to.deep.equal(route.body);

      expect(result).to.deep.equal(route.result);
      // A guest token in the answer is kept exactly when the route sent one (guest routes and merge).
      const sendsGuestToken = 'x-scalev-guest-token' in IDENTITY_HEADERS[route.identity];
      expect(guestToken()).to.equal(sendsGuestToken ? f.ROTATED_GUEST_TOKEN : f.GUEST_TOKEN);
    });
  }
});
