import * as account from './account.js';
import * as analytics from './analytics.js';
import * as auth from './auth.js';
import * as cart from './cart.js';
import * as catalog from './catalog.js';
import * as checkout from './checkout.js';
import * as courses from './courses.js';
import * as customerCart from './customer-cart.js';
import * as customerCheckout from './customer-checkout.js';
import * as customerOrders from './customer-orders.js';
import { ScalevApiError } from './errors.js';
import { ScalevHttp, type CustomerAuthProvider, type GuestTokenStore, type HttpConfig } from './http.js';
import * as intents from './intents.js';
import * as locations from './locations.js';
import * as orders from './orders.js';
import * as subscriptions from './subscriptions.js';

/** A route function with its `http` argument filled in. */
export type WithoutHttp<F> = F extends (http: ScalevHttp, ...args: infer A) => infer R ? (...args: A) => R : never;

type Bound<M, K extends keyof M> = { readonly [P in K]: WithoutHttp<M[P]> };

function bind<M, K extends keyof M>(http: ScalevHttp, module: M, names: readonly K[]): Bound<M, K> {
  const out = {} as Record<K, unknown>;
  for (const name of names) {
    const fn = module[name] as unknown as (http: ScalevHttp, ...args: unknown[]) => unknown;
    out[name] = (...args: unknown[]) => fn(http, ...args);
  }
  return Object.freeze(out) as Bound<M, K>;
}

export interface ScalevClientConfig extends Partial<Omit<HttpConfig, 'storeId' | 'storefrontKey'>> {
  /** The store's public `unique_id` (`store_…`). */
  storeId: string;
  /** The publishable storefront key (`sfpk_…`). Never a business key. */
  storefrontKey: string;
  /** Where the guest cart token lives. Default: in memory, so the cart lasts as long as the page. */
  guestTokens?: GuestTokenStore;
  /** Supplies and renews the customer's bearer token for `/customers/me*` and the cart merge. */
  customerAuth?: CustomerAuthProvider;
}

/** A guest-token store that forgets on reload; pass a persistent one to keep the cart. */
export function memoryGuestTokens(initial: string | null = null): GuestTokenStore {
  let token = initial;
  return {
    get: () => token,
    set: (next) => {
      token = next;
    },
  };
}

/**
 * All of Scalev's Storefront API v3 from one object, for apps that use the client without the
 * elements: `client.catalog.listItems()`, `client.cart.addItem({ type: 'variant', variant_id, quantity })`,
 * `client.auth.login(email, password)`, … Each method is the route function of the same name in
 * its module, with the client's `ScalevHttp` filled in. The elements import the modules directly
 * instead, so each loads only the routes it uses.
 */
export class ScalevClient {
  /** The fetch wrapper every call goes through (headers per route family, retries, errors). */
  readonly http: ScalevHttp;

  readonly catalog;
  readonly locations;
  /** Guest cart (`/public/cart*`) and the merge into a customer's cart. */
  readonly cart;
  /** Guest checkout: shipping options, summary, discount check, order creation. */
  readonly checkout;
  /** Public order by `secret_slug`: read, update, payment, transfer proof. */
  readonly orders;
  readonly analytics;
  readonly intents;
  readonly auth;
  /** Signed-in profile, password and addresses. */
  readonly account;
  readonly customerCart;
  readonly customerCheckout;
  readonly customerOrders;
  readonly subscriptions;
  readonly courses;

  /** Takes a configuration, or an existing `ScalevHttp` to share its tokens and in-flight reads. */
  constructor(config: ScalevClientConfig | ScalevHttp) {
    let http: ScalevHttp;
    if (config instanceof ScalevHttp) {
      http = config;
    } else {
      assertConfig(config);
      http = new ScalevHttp({ ...config, apiBase: config.apiBase ?? 'https://api.scalev.com' });
      http.guestTokens = config.guestTokens ?? memoryGuestTokens();
      http.customerAuth = config.customerAuth ?? null;
    }
    this.http = http;
    this.catalog = bind(http, catalog, [
      'listItems',
      'countItems',
      'getProduct',
      'getBundlePriceOption',
      'listCategories',
      'listPaymentMethods',
      'getVariantPricing',
      'getVariantAvailability',
    ] as const);
    this.locations = bind(http, locations, [
      'searchLocations',
      'listProvinces',
      'listCities',
      'listSubdistricts',
      'listPostalCodes',
    ] as const);
    this.cart = bind(http, cart, ['getCart', 'addItem', 'updateItem', 'removeItem', 'mergeCart'] as const);
    this.checkout = {
      ...bind(http, checkout, [
        'listShippingOptions',
        'getSummary',
        'checkDiscountCode',
        'createOrder',
        'createOrderFromItems',
      ] as const),
      checkoutItemsFromCart: checkout.checkoutItemsFromCart,
      shippingSelection: checkout.shippingSelection,
    };
    this.orders = {
      ...bind(http, orders, [
        'getOrder',
        'updateOrder',
        'createPayment',
        'createTransferProofUpload',
        'submitTransferProof',
      ] as const),
      uploadTransferProof: orders.uploadTransferProof,
      checkTransferProofFile: orders.checkTransferProofFile,
      transferProofUploadRequest: orders.transferProofUploadRequest,
    };
    this.analytics = bind(http, analytics, ['sendMetaEvents', 'sendTiktokEvents', 'sendSnackVideoEvents'] as const);
    this.intents = bind(http, intents, ['startIntent', 'saveIntentSnapshot', 'getIntentPrefill'] as const);
    this.auth = bind(http, auth, [
      'login',
      'verifyOtp',
      'refreshTokens',
      'blacklistTokens',
      'forgetPassword',
      'savePassword',
    ] as const);
    this.account = bind(http, account, [
      'getProfile',
      'updateProfile',
      'setNewPassword',
      'listAddresses',
      'getAddress',
      'createAddress',
      'updateAddress',
      'deleteAddress',
    ] as const);
    this.customerCart = bind(http, customerCart, ['getCart', 'addItem', 'updateItem', 'removeItem'] as const);
    this.customerCheckout = bind(http, customerCheckout, [
      'listAddresses',
      'listPaymentMethods',
      'listShippingOptions',
      'getSummary',
      'createOrder',
    ] as const);
    this.customerOrders = bind(http, customerOrders, ['listOrders', 'getOrder'] as const);
    this.subscriptions = bind(http, subscriptions, [
      'listSubscriptions',
      'getSubscription',
      'cancelSubscription',
      'resumeSubscription',
      'listUpgradeOptions',
      'upgradeItem',
      'listDowngradeOptions',
      'downgradeItem',
    ] as const);
    this.courses = bind(http, courses, [
      'getVariantCourse',
      'getCourseSection',
      'getCourseContent',
      'updateContentProgress',
    ] as const);
  }
}

/** Fails before any request on the mistakes that would otherwise end in a puzzling 404 or a leaked secret. */
function assertConfig(config: ScalevClientConfig): void {
  const problem = !config.storeId?.trim()
    ? 'storeId is missing (the store unique_id, "store_…").'
    : !config.storefrontKey?.trim()
      ? 'storefrontKey is missing (the publishable key, "sfpk_…").'
      : /^sk_/i.test(config.storefrontKey.trim())
        ? 'storefrontKey is a secret business key ("sk_…"): never put it in a browser. Use the publishable storefront key ("sfpk_…").'
        : null;
  if (problem) throw new ScalevApiError({ kind: 'config', message: problem });
}
